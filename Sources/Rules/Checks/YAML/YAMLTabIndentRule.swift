import SeedanceYAML

/// Checked by the YAML front end while it reads the file (Sources/YAML).
public struct YAMLTabIndentRule: FrontEndRule {
    public static let description = RuleDescription(
        id: FrontEndRuleID.tabIndentation, severity: .error,
        summary: "Tabs used for indentation",
        description: """
        YAML indents with spaces only; a tab in indentation is an error (tabs inside quoted \
        strings and flow collections are fine).
        """,
        triggering: [
            Example("model: seedance_2_0_pro\n↓\tprompt: a cat\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n"),
        ])

    public init() {}
}
