import SeedanceYAML

/// Checked by the YAML front end while it reads the file (Sources/YAML).
public struct YAMLSyntaxRule: FrontEndRule {
    public static let description = RuleDescription(
        id: FrontEndRuleID.syntax, severity: .error,
        summary: "The file is not valid YAML",
        description: """
        libyaml could not read the file. The common cases are said plainly at the place to fix \
        them (an unclosed string at its opening quote, an unclosed list with where it opened); \
        the others keep libyaml's own words and say what it was reading. Nothing after that \
        point is checked.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: ↓\"a cat\n"),
            Example("model: seedance_2_0_pro\nprompt: [a, cat\n↓"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n"),
        ])

    public init() {}
}
