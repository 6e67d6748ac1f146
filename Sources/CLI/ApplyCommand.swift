import ArgumentParser
import SeedanceApply
import SeedanceEmitter
import SeedanceRules
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Options shared by apply and status: how to reach the API and how long to wait.
struct APIOptions: ParsableArguments {
    @Option(help: "The API base URL (else SEEDANCE_BASE_URL, else the config, else the provider's).")
    var baseURL: String?

    @Option(help: ArgumentHelp("A file holding the API key (mode 600). Else SEEDANCE_API_KEY. Never a key on the command line.", valueName: "path"))
    var apiKeyFile: String?

    @Flag(help: "Poll each task until it ends, then download its video.")
    var wait = false

    @Option(help: ArgumentHelp("Seconds between polls of one task (fractions allowed).", valueName: "seconds"))
    var pollInterval: Double = 20

    @Option(help: ArgumentHelp("Give up waiting after this many seconds (default: no limit).", valueName: "seconds"))
    var timeout: Double?

    @Option(help: ArgumentHelp("Seconds one request may take.", valueName: "seconds"))
    var requestTimeout: Double = 60

    func validate() throws {
        guard pollInterval > 0, pollInterval.isFinite else { throw ValidationError("--poll-interval must be a positive number of seconds") }
        guard requestTimeout > 0, requestTimeout.isFinite else { throw ValidationError("--request-timeout must be a positive number of seconds") }
        if let timeout, !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    var applyOptions: ApplyOptions {
        var options = ApplyOptions()
        options.baseURL = baseURL
        options.keyFile = apiKeyFile
        options.wait = wait
        options.pollInterval = pollInterval
        options.timeout = timeout
        options.requestTimeout = requestTimeout
        for name in ["SEEDANCE_API_KEY", "SEEDANCE_BASE_URL"] {
            if let value = getenv(name) { options.environment[name] = String(cString: value) }
        }
        return options
    }
}

struct ApplyCommand: ParsableCommand, StatusReturning {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Lint, plan, and submit the shots that are new or changed.",
        discussion: """
        Any lint error stops apply before anything is sent (exit 1). The plan marks each shot \
        + (new), ~ (changed), blank (unchanged) or ! (unknown: an earlier create's outcome \
        was lost; it is not resent without --force). Submitting needs a typed `yes` on a \
        terminal, or --yes. State: .seedance/state.json. See docs/apply.md.
        """
    )

    @OptionGroup var lint: LintOptions
    @OptionGroup var api: APIOptions

    @Flag(help: "Show the plan and send nothing.")
    var dryRun = false

    @Flag(help: "Submit without asking (needed when there is no terminal).")
    var yes = false

    @Flag(help: "Submit every shot again, unchanged and unknown ones included.")
    var force = false

    func run() throws {}

    mutating func runWithStatus() -> ExitStatus {
        let config: SeedanceConfig
        switch lint.configOptions.resolve(format: lint.format, diagnosticsTo: 2) {
        case .stop(let status): return status
        case .proceed(let c): config = c
        }
        let (status, shots) = LintSession.buildShots(lint, config: config)
        guard status == .ok else {
            if status == .specErrors { Terminal.error("seedance: nothing was sent: fix the errors above first") }
            return status
        }
        var options = api.applyOptions
        options.use(config)
        options.dryRun = dryRun
        options.yes = yes
        options.force = force
        let code = ApplyEngine.apply(shots: shots, options: options, console: Console())
        return ExitStatus(rawValue: code) ?? .toolFailure
    }
}
