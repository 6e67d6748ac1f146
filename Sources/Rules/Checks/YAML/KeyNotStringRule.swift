import SeedanceYAML

/// Checked by the YAML front end while it reads the file (Sources/YAML).
public struct KeyNotStringRule: FrontEndRule {
    public static let description = RuleDescription(
        id: FrontEndRuleID.keyNotString, severity: .error,
        summary: "A mapping key that is not a string",
        description: """
        Spec keys are names. A key that YAML types as a number, boolean or null, or a key that \
        is itself a list or mapping, is an error.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n↓5: five\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\n? ↓[a, b]\n: x\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n"),
        ])

    public init() {}
}
