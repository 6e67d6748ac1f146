import SeedanceEmitter
import SeedanceRules

extension LintSession {
    /// What `build` and `apply` share: lint the paths, print the diagnostics to standard
    /// error, and compile every shot when no error stands.
    static func buildShots(_ options: LintOptions, config: SeedanceConfig) -> (status: ExitStatus, shots: [BuiltShot]) {
        let builder = RequestBuilder(facts: config.facts, outputFolder: config.outputFolder)
        let outcome = run(options, config: config) { result in
            result.diagnostics.contains { $0.severity == .error } ? nil : builder.build(result.file)
        }
        reportProblems(outcome.problems)
        if !outcome.report.diagnostics.isEmpty {
            Terminal.write(options.format.formatter(colorFor: 2).render(outcome.report), to: 2)
        }
        let status = outcome.status(strict: options.strict)
        return (status, status == .ok ? outcome.reports.flatMap { $0.product ?? [] } : [])
    }
}
