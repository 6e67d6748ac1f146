import SeedanceSpec

/// `model` and `prompt` must be set, in the shot or its storyboard's `defaults:`.
public struct RequiredFieldRule: Rule {
    public static let description = RuleDescription(
        id: "required-field", severity: .error,
        summary: "A shot has no `model` or no `prompt`",
        description: """
        The create-task request requires `model` and `prompt`. A shot of a storyboard may \
        take either from the storyboard's `defaults:`. A key written with no value (or \
        `null`) counts as missing: in a storyboard shot it removes the inherited value.
        """,
        triggering: [
            Example("↓prompt: a cat dancing in the rain\n"),
            Example("↓model: seedance_2_0_pro\n"),
            Example("defaults:\n  model: seedance_2_0_pro\nshots:\n  - ↓name: a\n  - prompt: a dog\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n"),
            Example("defaults:\n  model: seedance_2_0_pro\n  prompt: a cat\nshots:\n  - name: a\n"),
        ])

    public init() {}

    public func check(shot: Shot, _ context: inout RuleContext) {
        let missing = ["model", "prompt"].filter { shot[$0] == nil }
        guard !missing.isEmpty else { return }
        let names = missing.map { "`\($0)`" }.joined(separator: " and ")
        let unset = missing.filter { key in shot.ownFields.contains { $0.key == key && $0.isNull } }
        var help = "add " + missing.map { $0 == "model" ? "`model: seedance_2_0_pro`" : "`prompt: <what the video shows>`" }
            .joined(separator: " and ")
        if shot.storyboard != nil { help += ", here or in the storyboard's `defaults:`" }
        if !unset.isEmpty { help += "; a key with no value unsets it" }
        context.report(shot.anchorSpan, "shot `\(shot.name)` has no \(names)", help: help)
    }
}
