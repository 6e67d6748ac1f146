import ArgumentParser
import SeedanceApply
import SeedanceDiagnostics
import SeedanceFormats
import SeedanceRules

/// The config options every command that reads the configuration shares (lint, build,
/// and apply/status).
struct ConfigOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: ArgumentHelp(
        "The config file to use instead of the nearest .seedance.yaml.", valueName: "file"))
    var configPath: String?

    @Flag(help: "Print the effective configuration, each setting with its source, and exit.")
    var printConfig = false

    func load() -> ConfigLoad {
        ConfigLoader.load(explicit: configPath)
    }

    /// What a command does next after the configuration is read.
    enum Step {
        case proceed(SeedanceConfig)
        /// Stop with this status: `--print-config` (0), or a config that cannot be used (2).
        case stop(ExitStatus)
    }

    /// Loads the configuration; a config with errors prints its diagnostics in `format`
    /// (on `fd`: where the command prints diagnostics) and stops with exit code 2.
    func resolve(format: OutputFormat, diagnosticsTo fd: Int32) -> Step {
        let loaded = load()
        if let problem = loaded.problem {
            Terminal.error("seedance: error: \(problem.path): \(problem.reason)")
            return .stop(.toolFailure)
        }
        if !loaded.isUsable {
            let sources = loaded.source.map { [$0.path: $0] } ?? [:]
            let report = DiagnosticReport(fileCount: 1, diagnostics: loaded.diagnostics, sources: sources)
            Terminal.write(format.formatter(colorFor: fd).render(report), to: fd)
            Terminal.error("seedance: error: \(loaded.config.path ?? "the config file") has errors; fix them first (nothing was checked)")
            return .stop(.toolFailure)
        }
        if printConfig {
            Terminal.write(ConfigDescription.text(loaded.config, origin: configPath == nil ? .discovered : .named))
            return .stop(.ok)
        }
        return .proceed(loaded.config)
    }
}

struct ConfigCommand: ParsableCommand, StatusReturning {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the effective configuration: where it was found and each setting with its source.",
        discussion: "The output is YAML that can start a .seedance.yaml. A config with errors prints them and exits 2."
    )

    @Option(name: .customLong("config"), help: ArgumentHelp(
        "The config file to use instead of the nearest .seedance.yaml.", valueName: "file"))
    var configPath: String?

    func run() throws {}

    mutating func runWithStatus() -> ExitStatus {
        let arguments = ["--print-config"] + (configPath.map { ["--config", $0] } ?? [])
        guard let options = try? ConfigOptions.parse(arguments) else { return .toolFailure }
        if case .stop(let status) = options.resolve(format: .human, diagnosticsTo: 2) { return status }
        return .ok
    }
}

extension ApplyOptions {
    /// Takes the config's base URL (when the file sets one: the flag and the environment
    /// still win) and keeps the state next to the config file.
    mutating func use(_ config: SeedanceConfig) {
        if case .file = config.baseURL.source { configBaseURL = config.baseURL.value }
        if config.path != nil, stateRoot == nil { stateRoot = config.directory.isEmpty ? "." : config.directory }
    }
}
