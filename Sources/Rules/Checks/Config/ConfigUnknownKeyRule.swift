/// Checked by the config reader (Sources/Rules/Config/ConfigReader.swift).
public struct ConfigUnknownKeyRule: Rule {
    public static let description = RuleDescription(
        id: ConfigRuleID.unknownKey, severity: .error,
        summary: "A key `.seedance.yaml` does not define",
        description: """
        The config file knows `rules`, `include`, `exclude`, `baseURL`, `output` and \
        `models`, and a model entry knows `referenceVideos`, `speed` and `quality`. Any \
        other key is a typo that would silently leave a setting at its default, so the \
        config is refused (exit 2) until it is fixed. When a known key is close the help \
        names it and `seedance lint --fix .seedance.yaml` renames it.
        """,
        triggering: [
            Example("↓base_url: https://api.example.com\n", file: ".seedance.yaml"),
            Example("models:\n  seedance_3_0:\n    referenceVideos: optional\n    ↓sped: fast\n", file: ".seedance.yaml"),
        ],
        nonTriggering: [
            Example("baseURL: https://api.example.com\noutput: renders\n", file: ".seedance.yaml"),
        ])

    public init() {}
}
