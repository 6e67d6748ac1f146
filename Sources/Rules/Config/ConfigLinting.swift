import SeedanceDiagnostics
import SeedanceSpec
import SeedanceYAML

extension Linter {
    /// `seedance lint .seedance.yaml` checks the file as a config, with exactly the
    /// diagnostics that make commands refuse it (no suppression: a config error cannot be
    /// waved away, since the setting it is about would not take effect).
    func lintConfigFile(_ source: SourceFile) -> LintResult {
        var stream = YAMLParser.parse(source)
        let (_, diagnostics) = ConfigReader.read(source)
        // A model without shots: a config file has nothing to build.
        stream.documents = []
        return LintResult(file: SpecFile(source: source, stream: stream), diagnostics: diagnostics)
    }
}
