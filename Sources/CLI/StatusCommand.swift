import ArgumentParser
import SeedanceApply

struct StatusCommand: ParsableCommand, StatusReturning {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show each submitted shot's task, refreshed from the API; --wait resumes waiting and downloading.",
        discussion: "With no path, every shot in .seedance/state.json. Exit 2 while a shot's outcome is unknown, 3 when a task failed."
    )

    @Argument(help: "Spec files or folders whose shots to show (default: all).")
    var paths: [String] = []

    @OptionGroup var api: APIOptions
    @OptionGroup var config: ConfigOptions

    func run() throws {}

    mutating func runWithStatus() -> ExitStatus {
        var options = api.applyOptions
        switch config.resolve(format: .human, diagnosticsTo: 2) {
        case .stop(let status): return status
        case .proceed(let c): options.use(c)
        }
        let code = StatusEngine.status(paths: paths, options: options, console: Console())
        return ExitStatus(rawValue: code) ?? .toolFailure
    }
}
