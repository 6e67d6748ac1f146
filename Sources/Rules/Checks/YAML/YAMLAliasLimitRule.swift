import SeedanceYAML

/// Checked by the YAML front end while it reads the file (Sources/YAML).
public struct YAMLAliasLimitRule: FrontEndRule {
    public static let description = RuleDescription(
        id: FrontEndRuleID.aliasLimit, severity: .error,
        summary: "More than 10 000 alias expansions in one document",
        description: """
        Every dereference of an alias while a document is expanded counts, nested ones \
        included, so a "billion laughs" file (aliases of aliases of aliases) is rejected \
        within its first levels, in microseconds, at the alias that crosses the limit.
        """,
        triggering: [
            Example(YAMLAliasLimitRule.laughs),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n"),
        ])

    public init() {}
}

extension YAMLAliasLimitRule {
    /// Nine levels of ten aliases each: 10^9 strings once expanded.
    static let laughs: String = {
        var text = "a: &a [lol]\n"
        let names = ["b", "c", "d", "e", "f", "g", "h", "i", "j"]
        var previous = "a"
        for (level, name) in names.enumerated() {
            let refs = Array(repeating: "*\(previous)", count: 10)
            // The limit is crossed in level 5 (10 + 100 + 1000 + 10000 > 10000), at its
            // first alias whose running total passes it.
            text += "\(name): &\(name) [" + refs.enumerated().map { i, r in
                level == 3 && i == 7 ? "↓" + r : r
            }.joined(separator: ", ") + "]\n"
            previous = name
        }
        return text
    }()
}
