import SeedanceSpec

/// Each document is a shot or a storyboard: a mapping.
public struct DocumentNotMappingRule: Rule {
    public static let description = RuleDescription(
        id: "document-not-mapping", severity: .error,
        summary: "A document is not a mapping",
        description: """
        Each YAML document of a spec file is a shot (a mapping of task fields) or a \
        storyboard (a mapping with `shots:`). A document that is a list or a single value \
        is not a spec.
        """,
        triggering: [
            Example("↓- model: seedance_2_0_pro\n  prompt: a cat\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\n---\n↓just text\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n"),
        ])

    public init() {}

    public func check(file: SpecFile, _ context: inout RuleContext) {
        for case .notMapping(_, let root) in file.documents {
            let help = root.sequence != nil
                ? "a list of shots goes under `shots:` in a storyboard"
                : "write the shot as `key: value` lines (`model:`, `prompt:`, ...)"
            context.report(root.span, "a spec document must be a mapping, not \(root.kindName)", help: help)
        }
    }
}
