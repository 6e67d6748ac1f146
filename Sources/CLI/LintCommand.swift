import ArgumentParser

struct LintCommand: ParsableCommand, StatusReturning {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check spec files for every way the Seedance 2.0 API would reject or misread them.",
        discussion: "Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 a path could not be read or bad usage."
    )

    @OptionGroup var options: LintOptions

    func run() throws {}

    mutating func runWithStatus() -> ExitStatus {
        let outcome = LintSession.run(options)
        Terminal.write(options.format.formatter(colorFor: 1).render(outcome.report))
        LintSession.reportProblems(outcome.problems)
        return outcome.status(strict: options.strict)
    }
}
