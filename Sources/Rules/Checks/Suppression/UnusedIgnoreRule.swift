/// Reported by the linter's suppression pass (Sources/Rules/Engine/Suppression.swift).
public struct UnusedIgnoreRule: Rule {
    public static let description = RuleDescription(
        id: "unused-ignore", severity: .warning,
        summary: "A `# seedance-ignore:` comment suppresses nothing",
        description: """
        `# seedance-ignore: RULE[, RULE]` suppresses those rules' findings that start on \
        its line; a comment on a line of its own also covers the line below. Once the \
        finding is fixed, the comment only hides the next real problem on that line, so \
        an ignore that suppresses nothing is reported, and `--fix` removes it (ruff's \
        RUF100). An ignore for a rule the config turns off is not reported.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nduration: 5  # seedance-ignore: ↓duration-range\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\n# seedance-ignore: unquoted-ratio, ↓duration-range\naspect_ratio: 16:9\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nduration: 20  # seedance-ignore: duration-range\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\n# seedance-ignore: unquoted-ratio\naspect_ratio: 16:9\n"),
        ])

    public init() {}
}
