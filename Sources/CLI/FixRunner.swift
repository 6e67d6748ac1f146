import Dispatch
import SeedanceDiagnostics
import SeedanceFormats
import SeedanceRules
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `seedance lint --fix`: applies every machine-applicable fix in place (atomically),
/// then reports what is left. `--dry-run` prints a unified diff instead of writing;
/// standard input gets its fixed text on standard output. When standard output carries
/// text (a diff, the fixed input), the remaining diagnostics go to standard error.
struct FixRunner {
    let options: LintOptions
    let config: SeedanceConfig
    let dryRun: Bool

    private struct Outcome: Sendable {
        var path: String
        var result: FixResult?
        var problem: PathProblem?
        var isStdin = false
    }

    func run() -> ExitStatus {
        let fixer = Fixer(linter: config.makeLinter())
        let (files, missing) = config.expand(options.paths.filter { $0 != "-" })
        var outcomes = fixAll(files, fixer)
        if options.paths.contains("-") {
            let name = options.stdinFilename ?? "<stdin>"
            switch FileSystem.readAll(0) {
            case .bytes(let bytes):
                outcomes.append(Outcome(path: name, result: fixer.fix(SourceFile(path: name, bytes: bytes)), isStdin: true))
            case .tooLarge: outcomes.append(Outcome(path: "-", problem: PathProblem(path: "-", reason: "standard input is over the 10 MiB limit")))
            case .failed(let reason): outcomes.append(Outcome(path: "-", problem: PathProblem(path: "-", reason: reason)))
            }
        }
        var problems = missing + outcomes.compactMap(\.problem)
        var output: [UInt8] = []
        var fixedFindings = 0, fixedFiles = 0
        for outcome in outcomes {
            guard let result = outcome.result else { continue }
            fixedFindings += result.fixedCount
            if result.changed { fixedFiles += 1 }
            if dryRun {
                output += Array(UnifiedDiff.make(old: result.original, new: result.fixed, path: outcome.path).utf8)
            } else if outcome.isStdin {
                output += result.fixed
            } else if result.changed, let failure = AtomicFile.replace(outcome.path, with: result.fixed) {
                problems.append(PathProblem(path: outcome.path, reason: "could not write the fixed file: \(failure)"))
            }
        }
        let results = outcomes.compactMap(\.result).map(\.remaining)
        var sources: [String: SourceFile] = [:]
        for r in results where !r.diagnostics.isEmpty { sources[r.file.path] = r.file.source }
        let report = DiagnosticReport(fileCount: results.count, diagnostics: results.flatMap(\.diagnostics), sources: sources)
        let textOnStdout = dryRun || options.paths.contains("-")
        if textOnStdout { output.withUnsafeBytes { FileSystem.writeAll(1, $0) } }
        let fd: Int32 = textOnStdout ? 2 : 1
        Terminal.write(options.format.formatter(colorFor: fd).render(report), to: fd)
        let fileCount = fixedFiles == 1 ? "1 file" : "\(fixedFiles) files"
        let findings = fixedFindings == 1 ? "1 finding" : "\(fixedFindings) findings"
        Terminal.error("seedance: \(dryRun ? "would fix" : "fixed") \(findings) in \(fileCount)")
        LintSession.reportProblems(problems)
        return LintOutcome<Never>(reports: [], problems: problems, report: report).status(strict: options.strict)
    }

    /// Fixes the files in parallel; results in the order of `files`.
    private func fixAll(_ files: [String], _ fixer: Fixer) -> [Outcome] {
        var slots = [Outcome?](repeating: nil, count: files.count)
        slots.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: files.count) { i in
                let path = files[i]
                switch FileSystem.readFile(path) {
                case .bytes(let bytes): out[i] = Outcome(path: path, result: fixer.fix(SourceFile(path: path, bytes: bytes)))
                case .failed(let reason): out[i] = Outcome(path: path, problem: PathProblem(path: path, reason: reason))
                case .tooLarge:
                    out[i] = Outcome(path: path, problem: PathProblem(path: path, reason: "over the 10 MiB limit for a spec file; not fixed"))
                }
            }
        }
        return slots.compactMap { $0 }.sorted { $0.path < $1.path }
    }
}
