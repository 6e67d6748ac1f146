/// Checked by the config reader (Sources/Rules/Config/ConfigReader.swift).
public struct ConfigInvalidValueRule: Rule {
    public static let description = RuleDescription(
        id: ConfigRuleID.invalidValue, severity: .error,
        summary: "A setting in `.seedance.yaml` has a value it cannot take",
        description: """
        Severities in `rules:` are `off`, `note`, `warning` or `error`; `include` and \
        `exclude` are glob patterns (a string or a list of strings; `*`, `**`, `?` and \
        `[a-z]`); `baseURL` is an http:// or https:// URL; `output` is a folder path. A \
        config with a bad value is refused (exit 2): linting with a setting other than the \
        one written would mislead.
        """,
        triggering: [
            Example("rules:\n  unquoted-ratio: ↓ignore\n", file: ".seedance.yaml"),
            Example("exclude: [\"drafts/**\", ↓\"[a-\"]\n", file: ".seedance.yaml"),
            Example("baseURL: ↓api.example.com\n", file: ".seedance.yaml"),
            Example("output: ↓[renders]\n", file: ".seedance.yaml"),
        ],
        nonTriggering: [
            Example("rules:\n  unquoted-ratio: off\nexclude: drafts/\nbaseURL: http://127.0.0.1:8080/api\n", file: ".seedance.yaml"),
        ])

    public init() {}
}
