import SeedanceYAML

/// Checked by the YAML front end while it reads the file (Sources/YAML).
public struct YAMLMergeKeyRule: FrontEndRule {
    public static let description = RuleDescription(
        id: FrontEndRuleID.mergeKey, severity: .error,
        summary: "A merge key whose value is not a mapping",
        description: """
        A merge key `<<` takes a mapping (`<<: *base`) or a list of mappings \
        (`<<: [*a, *b]`); keys written in the mapping win over merged ones, and among \
        merged mappings the earlier one wins.
        """,
        triggering: [
            Example("base: &b 5\nmodel: seedance_2_0_pro\nprompt: a cat\n<<: ↓*b\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n"),
        ])

    public init() {}
}
