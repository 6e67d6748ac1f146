/// Checked by the config reader (Sources/Rules/Config/ConfigReader.swift).
public struct ConfigInvalidModelRule: Rule {
    public static let description = RuleDescription(
        id: ConfigRuleID.invalidModel, severity: .error,
        summary: "A model entry in `.seedance.yaml` is malformed",
        description: """
        `models:` adds models to (or overrides models of) the capability table of \
        schema/seedance-api.yaml, in the same shape: each model is a mapping with \
        `referenceVideos: required` (it generates only from reference videos) or \
        `referenceVideos: optional`, and optionally `speed` and `quality`. An entry without \
        `referenceVideos` cannot be checked, so the config is refused (exit 2).
        """,
        triggering: [
            Example("models:\n  ↓seedance_3_0:\n    speed: fast\n", file: ".seedance.yaml"),
            Example("models:\n  seedance_3_0:\n    referenceVideos: ↓yes\n", file: ".seedance.yaml"),
            Example("models:\n  seedance_3_0: ↓optional\n", file: ".seedance.yaml"),
        ],
        nonTriggering: [
            Example("models:\n  seedance_3_0:\n    referenceVideos: required\n    speed: fast\n", file: ".seedance.yaml"),
        ])

    public init() {}
}
