import SeedanceYAML

/// Checked by the YAML front end while it reads the file (Sources/YAML).
public struct YAMLEncodingRule: FrontEndRule {
    public static let description = RuleDescription(
        id: FrontEndRuleID.encoding, severity: .error,
        summary: "The file is not valid UTF-8 text",
        description: """
        Spec files are UTF-8. A NUL byte, an invalid UTF-8 sequence or a control character \
        (other than tab and line breaks) usually means a binary file or a file saved in \
        another encoding, such as UTF-16. The error is at the first such byte.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a ↓\u{0}cat\n"),
            Example("model: seedance_2_0_pro\nprompt: a ↓\u{7}cat\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n"),
        ])

    public init() {}
}
