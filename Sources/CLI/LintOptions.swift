import ArgumentParser
import SeedanceDiagnostics
import SeedanceFormats
import SeedanceRules

/// The diagnostic output formats of `--format`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case human, json, sarif, github, checkstyle

    func formatter(colorFor fd: Int32) -> DiagnosticFormatter {
        switch self {
        case .human: return HumanFormatter(color: Terminal.wantsColor(fd))
        case .json: return JSONFormatter()
        case .sarif: return SARIFFormatter(toolVersion: Seedance.configuration.version)
        case .github: return GitHubFormatter()
        case .checkstyle: return CheckstyleFormatter()
        }
    }
}

/// Options every command that lints shares.
struct LintOptions: ParsableArguments {
    @Argument(help: "Spec files or folders (searched for *.yaml and *.yml); `-` reads standard input.")
    var paths: [String] = []

    @Option(help: "How to print diagnostics.")
    var format: OutputFormat = .human

    @Flag(help: "Treat warnings as errors (exit 1).")
    var strict = false

    @Option(help: "The file name to report for standard input (`-`); its extension matters (.json).")
    var stdinFilename: String?

    @OptionGroup var configOptions: ConfigOptions

    func validate() throws {
        if paths.isEmpty, !configOptions.printConfig { throw ValidationError("name at least one spec file or folder, or `-` for standard input") }
        if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("`-` (standard input) can be named only once") }
    }
}

/// The outcome of linting the named paths.
struct LintOutcome<Product: Sendable> {
    var reports: [FileReport<Product>]
    var problems: [PathProblem]
    var report: DiagnosticReport

    /// CLI.md's exit code for lint.
    func status(strict: Bool) -> ExitStatus {
        if !problems.isEmpty { return .toolFailure }
        let summary = report.summary
        if summary.errors > 0 || (strict && summary.warnings > 0) { return .specErrors }
        return .ok
    }

    var hasErrors: Bool { report.summary.errors > 0 }
}

enum LintSession {
    /// Reads the inputs, lints them in parallel and gathers the diagnostics.
    static func run<Product: Sendable>(_ options: LintOptions, config: SeedanceConfig = SeedanceConfig(),
                                       process: @escaping @Sendable (LintResult) -> Product? = { _ in nil as Never? })
        -> LintOutcome<Product> {
        let linter = config.makeLinter()
        var inputs: [LintRun.Input] = []
        var problems: [PathProblem] = []
        let named = options.paths.filter { $0 != "-" }
        let (files, missing) = config.expand(named)
        problems += missing
        inputs += files.map { .path($0) }
        if options.paths.contains("-") {
            switch FileSystem.readAll(0) {
            case .bytes(let bytes): inputs.append(.text(name: options.stdinFilename ?? "<stdin>", bytes: bytes))
            case .tooLarge: problems.append(PathProblem(path: "-", reason: "standard input is over the 10 MiB limit"))
            case .failed(let reason): problems.append(PathProblem(path: "-", reason: reason))
            }
        }
        let run = LintRun(linter: linter).run(inputs, process: process)
        problems += run.problems
        var sources: [String: SourceFile] = [:]
        for r in run.reports { if let s = r.source { sources[r.path] = s } }
        var report = DiagnosticReport(fileCount: run.reports.count, diagnostics: run.reports.flatMap(\.diagnostics),
                                      sources: sources)
        report.unreadablePaths = problems.count
        warnAboutEmptyFolders(named, found: files)
        return LintOutcome(reports: run.reports, problems: problems, report: report)
    }

    /// A folder named on the command line in which no spec was found: likely a wrong path,
    /// which would otherwise pass in silence (ruff warns the same way).
    static func warnAboutEmptyFolders(_ named: [String], found files: [String]) {
        for folder in named where FileSystem.kind(of: folder) == .directory {
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            if !files.contains(where: { $0.hasPrefix(prefix) }) {
                Terminal.error("seedance: warning: \(folder): no spec files (*.yaml, *.yml) found")
            }
        }
    }

    static func reportProblems(_ problems: [PathProblem]) {
        for p in problems { Terminal.error("seedance: error: \(p.path): \(p.reason)") }
    }
}
