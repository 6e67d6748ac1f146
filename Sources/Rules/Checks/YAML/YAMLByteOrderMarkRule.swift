import SeedanceYAML

/// Checked by the YAML front end while it reads the file (Sources/YAML).
public struct YAMLByteOrderMarkRule: FrontEndRule {
    public static let description = RuleDescription(
        id: FrontEndRuleID.byteOrderMark, severity: .error,
        summary: "A byte-order mark after the start of the file",
        description: """
        A byte-order mark (U+FEFF) is allowed as the very first character of a file, where \
        Windows editors write it, and nowhere else: one in the middle usually comes from \
        concatenating files.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a ↓\u{FEFF}cat\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n"),
        ])

    public init() {}
}
