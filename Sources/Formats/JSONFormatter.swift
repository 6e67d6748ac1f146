import SeedanceDiagnostics
import SeedanceEmitter

/// `--format json`, exactly as CLI.md defines it.
public struct JSONFormatter: DiagnosticFormatter {
    public init() {}

    public func render(_ report: DiagnosticReport) -> String {
        let summary = report.summary
        let value = JSONValue.object([
            ("version", .int(1)),
            ("files", .int(report.fileCount)),
            ("diagnostics", .array(report.diagnostics.map(JSONFormatter.encode))),
            ("summary", .object([("errors", .int(summary.errors)), ("warnings", .int(summary.warnings)),
                                 ("notes", .int(summary.notes))])),
        ])
        return value.serialized() + "\n"
    }

    static func encode(_ d: Diagnostic) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("rule", .string(d.ruleID)),
            ("severity", .string(d.severity.rawValue)),
            ("message", .string(d.message)),
            ("path", .string(d.path)),
            ("start", position(d.span.start)),
            ("end", position(d.span.end)),
        ]
        if let help = d.help { pairs.append(("help", .string(help))) }
        if let fix = d.fix {
            pairs.append(("fix", .object([
                ("range", .object([("start", position(fix.span.start)), ("end", position(fix.span.end))])),
                ("replacement", .string(fix.replacement)),
            ])))
        }
        return .object(pairs)
    }

    static func position(_ p: Position) -> JSONValue {
        .object([("line", .int(p.line)), ("column", .int(p.column))])
    }
}
