import SeedanceYAML

/// Checked by the YAML front end while it reads the file (Sources/YAML).
public struct FileTooLargeRule: FrontEndRule {
    public static let description = RuleDescription(
        id: FrontEndRuleID.fileTooLarge, severity: .error,
        summary: "A file larger than 10 MiB",
        description: """
        Spec files are small; a file over 10 MiB is rejected at 1:1 without being read.
        """,
        triggering: [

        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n"),
        ])

    public init() {}
}
