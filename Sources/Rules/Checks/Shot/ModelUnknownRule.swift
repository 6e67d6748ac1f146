import SeedanceDiagnostics
import SeedanceSpec

/// `model` names a model the API has (the capability table, SPEC.md section 5).
public struct ModelUnknownRule: Rule {
    public static let description = RuleDescription(
        id: "model-unknown", severity: .error,
        summary: "`model` is not a Seedance 2.0 model",
        description: """
        The API accepts only the models of the capability table in schema/seedance-api.yaml \
        (seedance_2_0, seedance_2_0_fast, seedance_2_0_pro, seedance_2_0_fast_pro), plus any \
        model the project's .seedance.yaml adds. The help suggests the closest name.
        """,
        triggering: [
            Example("model: ↓seedance_2_pro\nprompt: a cat\n"),
            Example("model: ↓Seedance-2.0-Pro\nprompt: a cat\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_fast_pro\nprompt: a cat\n"),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        guard field.key == "model", let scalar = field.value.scalar, scalar.value == .string else { return }
        let names = context.facts.models.map(\.name)
        guard !names.contains(scalar.text) else { return }
        let suggestion = Suggest.closest(to: scalar.text, among: names)
            ?? Suggest.closest(to: scalar.text.replacingDots(), among: names)
        let help = suggestion.map { "did you mean `\($0)`?" }
            ?? "the models are " + names.map { "`\($0)`" }.joined(separator: ", ")
        context.report(value: field, at: site, "unknown model `\(MessageText.excerpt(scalar.text))`", help: help)
    }
}

extension String {
    /// `Seedance-2.0-Pro` → `Seedance-2_0-Pro`: version dots written as the API's underscores.
    func replacingDots() -> String { String(map { $0 == "." ? "_" : $0 }) }
}
