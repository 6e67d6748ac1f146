import SeedanceYAML

/// Checked by the YAML front end while it reads the file (Sources/YAML).
public struct DuplicateKeyRule: FrontEndRule {
    public static let description = RuleDescription(
        id: FrontEndRuleID.duplicateKey, severity: .error,
        summary: "The same key twice in one mapping",
        description: """
        YAML forbids duplicate keys, but libyaml and many tools silently keep the last one, so \
        one of the two values is lost without a word. Keys brought in by a merge key (`<<`) \
        may be overridden; keys written twice may not.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n↓prompt: a dog\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n"),
        ])

    public init() {}
}
