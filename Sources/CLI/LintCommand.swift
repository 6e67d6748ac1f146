import ArgumentParser
import SeedanceRules

struct LintCommand: ParsableCommand, StatusReturning {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check spec files for every way the Seedance 2.0 API would reject or misread them.",
        discussion: "Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 a path could not be read, bad usage or a config file with errors."
    )

    @OptionGroup var options: LintOptions

    @Flag(help: "Apply every machine-applicable fix in place, then report what is left.")
    var fix = false

    @Flag(help: "With --fix: print a unified diff of the fixes instead of writing them.")
    var dryRun = false

    func validate() throws {
        if dryRun, !fix { throw ValidationError("--dry-run goes with --fix: `seedance lint --fix --dry-run PATH...`") }
    }

    func run() throws {}

    mutating func runWithStatus() -> ExitStatus {
        let config: SeedanceConfig
        switch options.configOptions.resolve(format: options.format, diagnosticsTo: 1) {
        case .stop(let status): return status
        case .proceed(let c): config = c
        }
        if fix { return FixRunner(options: options, config: config, dryRun: dryRun).run() }
        let outcome = LintSession.run(options, config: config)
        LintSession.reportProblems(outcome.problems)
        Terminal.write(options.format.formatter(colorFor: 1).render(outcome.report))
        return outcome.status(strict: options.strict)
    }
}
