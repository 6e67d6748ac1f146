import SeedanceYAML

/// Checked by the YAML front end while it reads the file (Sources/YAML).
public struct YAMLUnknownAnchorRule: FrontEndRule {
    public static let description = RuleDescription(
        id: FrontEndRuleID.unknownAnchor, severity: .error,
        summary: "An alias refers to no anchor defined before it",
        description: """
        An alias `*name` must refer to an anchor `&name` defined earlier in the same \
        document. libyaml does not check this; seedance does.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: ↓*text\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n"),
        ])

    public init() {}
}
