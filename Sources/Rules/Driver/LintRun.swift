import Dispatch
import SeedanceDiagnostics
import SeedanceSpec
import SeedanceYAML

/// What linting one file gave.
public struct FileReport<Product>: Sendable where Product: Sendable {
    public let path: String
    public let diagnostics: [Diagnostic]
    /// The source, kept only when there are diagnostics to show with it, so that memory
    /// stays bounded by the largest file rather than the total.
    public let source: SourceFile?
    /// What the caller's `process` made of the linted file (for example request bodies).
    public let product: Product?
}

/// A path the tool could not read: exit code 2, and the other files are still linted.
public struct PathProblem: Error, Sendable {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// Lints files and folders in parallel on all cores, results in a stable order.
public struct LintRun {
    public let linter: Linter

    public init(linter: Linter) {
        self.linter = linter
    }

    /// An input: a path on disk, or text read from standard input under a name.
    public enum Input: Sendable {
        case path(String)
        case text(name: String, bytes: [UInt8])
    }

    /// Expands folders into their spec files; paths that do not exist become problems.
    public static func expand(_ paths: [String]) -> (files: [String], problems: [PathProblem]) {
        var files: [String] = [], problems: [PathProblem] = []
        for path in paths {
            switch FileSystem.kind(of: path) {
            case .directory: files += FileSystem.specFiles(under: path)
            case .file: files.append(path)
            case .missing: problems.append(PathProblem(path: path, reason: FileSystem.errorText()))
            case .other: problems.append(PathProblem(path: path, reason: "not a regular file or folder"))
            }
        }
        var seen = Set<String>()
        return (files.filter { seen.insert($0).inserted }, problems)
    }

    public func run<Product: Sendable>(_ inputs: [Input], process: @Sendable (LintResult) -> Product? = { _ in nil as Never? })
        -> (reports: [FileReport<Product>], problems: [PathProblem]) {
        var reports = [FileReport<Product>?](repeating: nil, count: inputs.count)
        var problems = [PathProblem?](repeating: nil, count: inputs.count)
        let linter = self.linter
        reports.withUnsafeMutableBufferPointer { reportSlots in
            problems.withUnsafeMutableBufferPointer { problemSlots in
                nonisolated(unsafe) let reportOut = reportSlots
                nonisolated(unsafe) let problemOut = problemSlots
                DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
                    switch LintRun.lintOne(inputs[i], linter, process) {
                    case .success(let report): reportOut[i] = report
                    case .failure(let problem): problemOut[i] = problem
                    }
                }
            }
        }
        let sorted = reports.compactMap { $0 }.sorted { $0.path < $1.path }
        return (sorted, problems.compactMap { $0 })
    }

    private static func lintOne<Product>(_ input: Input, _ linter: Linter, _ process: (LintResult) -> Product?)
        -> Result<FileReport<Product>, PathProblem> {
        let path: String, bytes: [UInt8]
        switch input {
        case .text(let name, let text):
            path = name
            bytes = text
        case .path(let p):
            path = p
            switch FileSystem.readFile(p) {
            case .bytes(let b): bytes = b
            case .failed(let reason): return .failure(PathProblem(path: p, reason: reason))
            case .tooLarge(let size): return .success(tooLarge(path, size: size))
            }
        }
        let result = linter.lint(SourceFile(path: path, bytes: bytes))
        let keep = result.diagnostics.isEmpty ? nil : result.file.source
        return .success(FileReport(path: path, diagnostics: result.diagnostics, source: keep, product: process(result)))
    }

    private static func tooLarge<Product>(_ path: String, size: Int) -> FileReport<Product> {
        let mib = Double(size) / 1_048_576
        let shown = (mib * 10).rounded() / 10
        let diagnostic = Diagnostic(
            ruleID: FrontEndRuleID.fileTooLarge, severity: .error,
            message: "file is \(shown) MiB, over the \(YAMLLimits.maxFileBytes / 1_048_576) MiB limit for a spec file",
            path: path, span: Span(at: .start), help: "split it into several spec files")
        return FileReport(path: path, diagnostics: [diagnostic], source: nil, product: nil)
    }
}
