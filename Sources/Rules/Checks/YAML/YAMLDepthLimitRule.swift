import SeedanceYAML

/// Checked by the YAML front end while it reads the file (Sources/YAML).
public struct YAMLDepthLimitRule: FrontEndRule {
    public static let description = RuleDescription(
        id: FrontEndRuleID.depthLimit, severity: .error,
        summary: "Nesting deeper than 256 levels",
        description: """
        A document nested deeper than 256 levels (the root is level 1) is rejected at the first \
        node of level 257, without reading it into memory: no spec needs it, and a hostile \
        file could exhaust the stack of other tools.
        """,
        triggering: [
            Example(String(repeating: "[", count: 256) + "↓[1" + String(repeating: "]", count: 257) + "\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n"),
        ])

    public init() {}
}
