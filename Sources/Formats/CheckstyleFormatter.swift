import SeedanceDiagnostics

/// `--format checkstyle`: Checkstyle's XML report, which Jenkins (Warnings NG), GitLab
/// plug-ins, reviewdog and many CI dashboards read. One `<file>` per file with findings.
public struct CheckstyleFormatter: DiagnosticFormatter {
    public init() {}

    public func render(_ report: DiagnosticReport) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        var currentPath: String?
        for d in report.diagnostics {
            if d.path != currentPath {
                if currentPath != nil { out += "  </file>\n" }
                out += "  <file name=\"\(Self.escape(d.path))\">\n"
                currentPath = d.path
            }
            var message = d.message
            if let help = d.help { message += "\nhelp: " + help }
            out += "    <error line=\"\(d.span.start.line)\" column=\"\(d.span.start.column)\""
            out += " severity=\"\(severity(d.severity))\" message=\"\(Self.escape(message))\""
            out += " source=\"seedance.\(Self.escape(d.ruleID))\"/>\n"
        }
        if currentPath != nil { out += "  </file>\n" }
        return out + "</checkstyle>\n"
    }

    private func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "info"
        }
    }

    /// Text for an XML 1.0 attribute value: markup characters and white space that an
    /// attribute would normalise become character references; characters XML 1.0 cannot
    /// carry at all (other C0 controls, lone surrogates cannot occur in a String) become
    /// U+FFFD.
    static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
