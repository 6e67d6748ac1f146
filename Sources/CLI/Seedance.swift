import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The root command. `seedance` (the executable) only calls `Seedance.run()`.
public struct Seedance: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "seedance",
        abstract: "Video generation as code: lint, build and apply Seedance 2.0 video specs.",
        version: "0.1.0",
        subcommands: [LintCommand.self, BuildCommand.self, ApplyCommand.self, StatusCommand.self, RulesCommand.self,
                      ExplainCommand.self, ConfigCommand.self, SchemaCommand.self]
    )

    public init() {}

    /// Parses the arguments, runs the command and exits with CLI.md's codes: usage errors
    /// are 2 (swift-argument-parser's default would be 64).
    public static func run(arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            if var status = command as? StatusReturning {
                terminate(status.runWithStatus().rawValue)
            }
            try command.run()
            terminate(0)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Terminal.write(fullMessage(for: error) + "\n")
                terminate(0)
            }
            Terminal.error(fullMessage(for: error))
            terminate(ExitStatus.toolFailure.rawValue)
        }
    }
}

/// A command that reports its outcome as one of CLI.md's exit codes.
protocol StatusReturning {
    mutating func runWithStatus() -> ExitStatus
}

/// Ends the process (a global function: `exit` inside a command means ArgumentParser's).
func terminate(_ code: Int32) -> Never {
    exit(code)
}
