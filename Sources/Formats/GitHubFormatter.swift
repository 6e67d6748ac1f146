import SeedanceDiagnostics

/// `--format github`: GitHub Actions workflow commands, which the runner turns into
/// annotations on the pull request's changed lines:
/// `::error file=PATH,line=L,col=C,endLine=L,endColumn=C,title=RULE::MESSAGE`.
public struct GitHubFormatter: DiagnosticFormatter {
    public init() {}

    public func render(_ report: DiagnosticReport) -> String {
        var out = ""
        for d in report.diagnostics {
            let properties = [
                ("file", d.path), ("line", String(d.span.start.line)), ("col", String(d.span.start.column)),
                ("endLine", String(d.span.end.line)), ("endColumn", String(d.span.end.column)), ("title", d.ruleID),
            ]
            var message = d.message
            if let help = d.help { message += "\nhelp: " + help }
            out += "::" + command(d.severity) + " "
            out += properties.map { $0.0 + "=" + Self.escapeProperty($0.1) }.joined(separator: ",")
            out += "::" + Self.escapeData(message) + "\n"
        }
        return out
    }

    private func command(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "notice"
        }
    }

    /// The runner's escaping of a command's message (actions/toolkit `escapeData`).
    static func escapeData(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The escaping of a property value (actions/toolkit `escapeProperty`): the data
    /// escapes plus `:` and `,`, which would end the value.
    static func escapeProperty(_ s: String) -> String {
        var out = ""
        for scalar in escapeData(s).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
