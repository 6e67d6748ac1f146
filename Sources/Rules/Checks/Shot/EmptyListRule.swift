import SeedanceSpec

/// `referenceImages: []` is an error, not a way to say "none" (SPEC.md section 6).
public struct EmptyListRule: Rule {
    public static let description = RuleDescription(
        id: "empty-list", severity: .error,
        summary: "A reference list is empty",
        description: """
        The API rejects an empty `referenceImages`, `referenceVideos` or `referenceAudios` \
        (each takes at least one item), and an empty list usually means an item was \
        forgotten. Remove the key or add an item. In a storyboard shot, `null` (a key with \
        no value) removes a list inherited from `defaults:`; `[]` does not.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceImages: ↓[]\n"),
            Example("defaults:\n  model: seedance_2_0_pro\n  referenceAudios: [https://a.example/a.mp3]\nshots:\n  - prompt: a\n    referenceAudios: ↓[]\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceImages: [https://a.example/a.png]\n"),
            Example("defaults:\n  model: seedance_2_0_pro\n  referenceAudios: [https://a.example/a.mp3]\nshots:\n  - prompt: a\n    referenceAudios:\n"),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        guard Keys.referenceFields.contains(field.key), let items = field.value.sequence, items.isEmpty else { return }
        var help = "remove `\(field.key)`, or add an item"
        if case .shot(let shot) = site, shot.storyboard?.defaults.contains(where: { $0.key == field.key }) == true {
            help = "to drop the list inherited from `defaults`, write `\(field.key): null`; or add an item"
        }
        context.report(value: field, at: site, "`\(field.key)` is an empty list", help: help)
    }
}
