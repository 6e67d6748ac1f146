import SeedanceSpec

/// A prompt is not empty after trimming white space.
public struct PromptEmptyRule: Rule {
    public static let description = RuleDescription(
        id: "prompt-empty", severity: .error,
        summary: "`prompt` is empty or only white space",
        description: """
        The prompt describes the video and the API requires it. A prompt of only spaces or \
        line breaks is sent as an empty string and rejected.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: ↓\"   \"\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n"),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        guard field.key == "prompt", let scalar = field.value.scalar, scalar.value == .string,
              scalar.text.allSatisfy(\.isWhitespace)
        else { return }
        context.report(value: field, at: site, "`prompt` is empty",
                       help: "describe the video: scene, action, style, lighting")
    }
}
