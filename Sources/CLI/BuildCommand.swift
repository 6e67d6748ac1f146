import ArgumentParser
import SeedanceEmitter
import SeedanceRules
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct BuildCommand: ParsableCommand, StatusReturning {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Lint, then print each shot's exact API request body, one JSON object a line.",
        discussion: "Diagnostics go to standard error. While any error stands nothing is printed and the exit code is 1."
    )

    @OptionGroup var options: LintOptions

    @Flag(help: "Indent the JSON.")
    var pretty = false

    @Option(help: "Write DIR/<name>.json for each shot instead of printing.")
    var out: String?

    func run() throws {}

    mutating func runWithStatus() -> ExitStatus {
        let config: SeedanceConfig
        switch options.configOptions.resolve(format: options.format, diagnosticsTo: 2) {
        case .stop(let status): return status
        case .proceed(let c): config = c
        }
        let (status, shots) = LintSession.buildShots(options, config: config)
        guard status == .ok else {
            if status == .specErrors { Terminal.error("seedance: no request body was written: fix the errors above first") }
            return status
        }
        let pretty = self.pretty
        let text: (BuiltShot) -> String = { shot in
            pretty ? (shot.json?.serialized(pretty: true) ?? shot.body) : shot.body
        }
        guard let out else {
            Terminal.write(shots.map { text($0) + "\n" }.joined())
            return .ok
        }
        return write(shots, to: out, text)
    }

    private func write(_ shots: [BuiltShot], to folder: String, _ text: (BuiltShot) -> String) -> ExitStatus {
        var seen: [String: String] = [:]
        for shot in shots {
            if let other = seen[shot.name] {
                Terminal.error("seedance: error: two shots named `\(shot.name)` (\(other) and \(shot.specPath)) would both write \(folder)/\(shot.name).json; rename one")
                return .toolFailure
            }
            seen[shot.name] = shot.specPath
        }
        if mkdir(folder, 0o755) != 0, errno != EEXIST {
            Terminal.error("seedance: error: \(folder): \(String(cString: strerror(errno)))")
            return .toolFailure
        }
        for shot in shots {
            let path = folder + "/" + shot.name + ".json"
            guard let file = fopen(path, "w") else {
                Terminal.error("seedance: error: \(path): \(String(cString: strerror(errno)))")
                return .toolFailure
            }
            let written = fputs(text(shot) + "\n", file)
            if fclose(file) != 0 || written < 0 {
                Terminal.error("seedance: error: \(path): could not write")
                return .toolFailure
            }
        }
        return .ok
    }
}
