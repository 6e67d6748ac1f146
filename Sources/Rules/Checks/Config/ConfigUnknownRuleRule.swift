/// Checked by the config reader (Sources/Rules/Config/ConfigReader.swift).
public struct ConfigUnknownRuleRule: Rule {
    public static let description = RuleDescription(
        id: ConfigRuleID.unknownRule, severity: .error,
        summary: "`rules:` in `.seedance.yaml` names a rule that does not exist",
        description: """
        Each key of `rules:` must be a rule id as `seedance rules` lists them. A misspelt \
        id would leave the rule at its default severity without a word, so the config is \
        refused (exit 2); the help suggests the closest id.
        """,
        triggering: [
            Example("rules:\n  ↓unquoted-ratios: off\n", file: ".seedance.yaml"),
        ],
        nonTriggering: [
            Example("rules:\n  unquoted-ratio: off\n  duration-range: warning\n", file: ".seedance.yaml"),
        ])

    public init() {}
}
