/// A rule's documentation as `seedance explain` prints it and the README's table lists it.
public enum RuleDocumentation {
    public static func text(for d: RuleDescription) -> String {
        var out = "\(d.id) (\(d.severity.rawValue)): \(d.summary)\n\n\(d.description)\n"
        if let bad = d.triggering.first {
            out += "\nReported (at ↓):\n\n" + indent(bad.text) + "\n"
        }
        if let good = d.nonTriggering.first {
            out += "\nNot reported:\n\n" + indent(good.text) + "\n"
        }
        return out
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
            .replacingTrailingNewlines()
    }

    /// The Markdown table of every rule, as the README carries it.
    public static func markdownTable() -> String {
        var out = "| rule | severity | summary |\n|---|---|---|\n"
        for rule in RuleRegistry.all {
            let d = rule.description
            out += "| `\(d.id)` | \(d.severity.rawValue) | \(d.summary.replacingPipes()) |\n"
        }
        return out
    }
}

extension String {
    fileprivate func replacingTrailingNewlines() -> String {
        var s = self
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }

    fileprivate func replacingPipes() -> String {
        String(flatMap { $0 == "|" ? Array("\\|") : [$0] })
    }
}
