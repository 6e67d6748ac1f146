import SeedanceDiagnostics

/// The default output: a compiler-style header (`PATH:LINE:COLUMN: SEVERITY: MESSAGE
/// [RULE-ID]`, which editors and CI log parsers read), the source line with the span
/// underlined, the help, and a summary line.
public struct HumanFormatter: DiagnosticFormatter {
    public let color: Bool

    public init(color: Bool) {
        self.color = color
    }

    public func render(_ report: DiagnosticReport) -> String {
        var out = ""
        for d in report.diagnostics {
            renderOne(d, source: report.sources[d.path], into: &out)
        }
        out += summaryLine(report)
        return out
    }

    func renderOne(_ d: Diagnostic, source: SourceFile?, into out: inout String) {
        out += paint(bold, "\(d.path):\(d.span.start.line):\(d.span.start.column):") + " "
        out += paint(colour(of: d.severity), "\(d.severity.rawValue):") + " "
        out += paint(bold, d.message) + " " + paint(dim, "[\(d.ruleID)]") + "\n"
        if let source, d.span.start.line <= source.lineCount {
            snippet(d, source, into: &out)
        }
        if let help = d.help {
            let pad = source == nil ? "" : String(repeating: " ", count: gutterWidth(d) + 1)
            out += pad + paint(blue, "=") + " " + paint(bold, "help:") + " " + help + "\n"
        }
        if let fix = d.fix {
            let pad = source == nil ? "" : String(repeating: " ", count: gutterWidth(d) + 1)
            out += pad + paint(blue, "=") + " " + paint(bold, "fix:") + (fix.replacement.isEmpty ? " remove it" : " replace with `\(fix.replacement)`") + " (`seedance lint --fix`)\n"
        }
    }

    private func gutterWidth(_ d: Diagnostic) -> Int { String(d.span.start.line).count }

    private func snippet(_ d: Diagnostic, _ source: SourceFile, into out: inout String) {
        let line = d.span.start.line
        let number = String(line)
        let pad = String(repeating: " ", count: number.count)
        let text = source.lineText(line)
        let scalars = Array(text.unicodeScalars)
        let startIndex = min(max(d.span.start.column - 1, 0), scalars.count)
        let endColumn = d.span.end.line == line ? d.span.end.column : scalars.count + 1
        let endIndex = min(max(endColumn - 1, startIndex), scalars.count)
        let lead = scalars[..<startIndex].reduce(0) { $0 + DisplayWidth.of($1) }
        var width = scalars[startIndex..<endIndex].reduce(0) { $0 + DisplayWidth.of($1) }
        if width == 0 { width = 1 }
        out += pad + " " + paint(blue, "|") + "\n"
        out += paint(blue, number + " |") + " " + DisplayWidth.displayed(Substring(text).unicodeScalars) + "\n"
        out += pad + " " + paint(blue, "|") + " " + String(repeating: " ", count: lead)
            + paint(colour(of: d.severity), String(repeating: "^", count: width)) + "\n"
    }

    func summaryLine(_ report: DiagnosticReport) -> String {
        let s = report.summary
        let files = report.fileCount == 1 ? "1 file" : "\(report.fileCount) files"
        var parts: [String] = []
        if s.errors > 0 { parts.append(plural(s.errors, "error")) }
        if s.warnings > 0 { parts.append(plural(s.warnings, "warning")) }
        if s.notes > 0 { parts.append(plural(s.notes, "note")) }
        let unreadable = report.unreadablePaths == 0 ? ""
            : report.unreadablePaths == 1 ? "; 1 path could not be read" : "; \(report.unreadablePaths) paths could not be read"
        if parts.isEmpty { return "no problems in \(files)\(unreadable)\n" }
        return parts.joined(separator: ", ") + " in \(files)\(unreadable)\n"
    }

    private func plural(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }

    // MARK: Colour (only when `color` is set: a terminal without NO_COLOR)

    private let bold = "1", dim = "2", blue = "1;34"

    private func colour(of severity: Severity) -> String {
        switch severity {
        case .error: return "1;31"
        case .warning: return "1;33"
        case .note: return "1;36"
        }
    }

    private func paint(_ code: String, _ text: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
