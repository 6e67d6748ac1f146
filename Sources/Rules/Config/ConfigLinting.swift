import SeedanceDiagnostics
import SeedanceSpec
import SeedanceYAML

extension Linter {
    /// `seedance lint .seedance.yaml` checks the file as a config, with the config
    /// reader's diagnostics (and inline suppressions, as in specs), not as a spec.
    func lintConfigFile(_ source: SourceFile) -> LintResult {
        var stream = YAMLParser.parse(source)
        let (_, diagnostics) = ConfigReader.read(source)
        // A model without shots: a config file has nothing to build.
        let roots = stream.documents
        stream.documents = []
        let file = SpecFile(source: source, stream: stream)
        var found = Suppression.apply(diagnostics, in: file, roots: roots.compactMap(\.root), severities: severities)
        found = found.filter { severities[$0.ruleID] != .some(nil) }
        return LintResult(file: file, diagnostics: found.sorted(by: Diagnostic.stableOrder))
    }
}
