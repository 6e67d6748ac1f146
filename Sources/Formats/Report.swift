import SeedanceDiagnostics

/// Everything an output format needs: the diagnostics in their stable order, the source of
/// each file that has any, and how many files were checked.
public struct DiagnosticReport: Sendable {
    public var fileCount: Int
    public var diagnostics: [Diagnostic]
    public var sources: [String: SourceFile]
    /// Named paths that could not be read (reported apart, on standard error).
    public var unreadablePaths = 0

    public init(fileCount: Int, diagnostics: [Diagnostic], sources: [String: SourceFile]) {
        self.fileCount = fileCount
        self.diagnostics = diagnostics.sorted(by: Diagnostic.stableOrder)
        self.sources = sources
    }

    public var summary: Summary { Summary(diagnostics) }
}

/// An output format for diagnostics.
public protocol DiagnosticFormatter {
    func render(_ report: DiagnosticReport) -> String
}
