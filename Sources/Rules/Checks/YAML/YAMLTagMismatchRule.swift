import SeedanceYAML

/// Checked by the YAML front end while it reads the file (Sources/YAML).
public struct YAMLTagMismatchRule: FrontEndRule {
    public static let description = RuleDescription(
        id: FrontEndRuleID.tagMismatch, severity: .error,
        summary: "A value that does not fit its explicit tag",
        description: """
        An explicit tag such as `!!int` or `!!bool` must fit the value it is written on.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nduration: ↓!!int five\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n"),
        ])

    public init() {}
}
