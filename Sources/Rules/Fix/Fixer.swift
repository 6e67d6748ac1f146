import SeedanceDiagnostics
import SeedanceYAML

/// What `--fix` made of one file.
public struct FixResult: Sendable {
    public let original: [UInt8]
    public let fixed: [UInt8]
    /// How many findings were fixed, over all passes.
    public let fixedCount: Int
    /// The file linted after the last pass: what is left to report.
    public let remaining: LintResult

    public var changed: Bool { original != fixed }
}

/// Applies every machine-applicable fix, lints again and repeats while fixes apply (a fix
/// can uncover another, and overlapping fixes wait for the next pass), at most a few
/// passes, so that re-linting the result does not report what was fixed.
public struct Fixer: Sendable {
    public let linter: Linter
    public static let maxPasses = 4

    public init(linter: Linter) {
        self.linter = linter
    }

    public func fix(_ source: SourceFile) -> FixResult {
        var current = linter.lint(source)
        var bytes = source.bytes
        var count = 0
        for _ in 0..<Fixer.maxPasses {
            let edits = current.diagnostics.compactMap(\.fix)
            guard !edits.isEmpty else { break }
            let (next, applied) = FixApplier.apply(edits, to: bytes)
            guard applied > 0, next != bytes else { break }
            let relinted = linter.lint(SourceFile(path: source.path, bytes: next))
            // A fix must never break the YAML: keep the last good text if one did.
            if Fixer.hasSyntaxError(relinted), !Fixer.hasSyntaxError(current) { break }
            bytes = next
            count += applied
            current = relinted
        }
        return FixResult(original: source.bytes, fixed: bytes, fixedCount: count, remaining: current)
    }

    private static func hasSyntaxError(_ result: LintResult) -> Bool {
        result.diagnostics.contains { $0.ruleID == FrontEndRuleID.syntax }
    }
}
