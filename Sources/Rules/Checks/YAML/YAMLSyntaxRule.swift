import SeedanceYAML

/// Checked by the YAML front end while it reads the file (Sources/YAML).
public struct YAMLSyntaxRule: FrontEndRule {
    public static let description = RuleDescription(
        id: FrontEndRuleID.syntax, severity: .error,
        summary: "The file is not valid YAML",
        description: """
        libyaml could not read the file; the message is libyaml's own, at the position where it gave up, \
        with what it was reading when it did. Nothing after that point is checked.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: \"a cat\n↓"),
            Example("model: seedance_2_0_pro\nprompt: [a, cat\n↓"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n"),
        ])

    public init() {}
}
