/// Reported by the linter's suppression pass (Sources/Rules/Engine/Suppression.swift).
public struct UnknownIgnoreRuleRule: Rule {
    public static let description = RuleDescription(
        id: "unknown-ignore-rule", severity: .warning,
        summary: "A `# seedance-ignore:` comment names a rule that does not exist",
        description: """
        The ids after `seedance-ignore:` must be rule ids as `seedance rules` lists them, \
        separated by commas; a reason may follow after `--`. A misspelt id suppresses \
        nothing, so the help suggests the closest id. There is no blanket ignore: a \
        comment must name the rules it silences.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\naspect_ratio: 16:9  # seedance-ignore: ↓unquoted-ratios\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nduration: 5  # ↓seedance-ignore\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\naspect_ratio: 16:9  # seedance-ignore: unquoted-ratio -- PyYAML is not in our pipeline\n"),
            Example("model: seedance_2_0_pro\nprompt: \"a # seedance-ignore: nothing\"\n"),
        ])

    public init() {}
}
