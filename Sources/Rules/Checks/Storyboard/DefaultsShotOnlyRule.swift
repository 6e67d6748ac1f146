import SeedanceSpec

/// `name` and `output` belong to one shot each, not to `defaults:` (SPEC.md section 3).
public struct DefaultsShotOnlyRule: Rule {
    public static let description = RuleDescription(
        id: "defaults-shot-only", severity: .error,
        summary: "`name` or `output` in `defaults:`",
        description: """
        `defaults:` holds the task fields (and a `description`) that every shot of the \
        storyboard inherits. `name` identifies one shot and `output` is where one shot's \
        video is saved, so sharing either would make every shot the same shot or overwrite \
        one video with the next; they are not inherited, and writing them in `defaults:` \
        is an error. Set them in each shot.
        """,
        triggering: [
            Example("defaults:\n  model: seedance_2_0_pro\n  ↓name: teaser\nshots:\n  - prompt: a cat\n"),
            Example("defaults:\n  model: seedance_2_0_pro\n  ↓output: renders/teaser.mp4\nshots:\n  - prompt: a cat\n"),
        ],
        nonTriggering: [
            Example("defaults:\n  model: seedance_2_0_pro\n  description: shared\nshots:\n  - prompt: a cat\n    name: teaser\n    output: renders/teaser.mp4\n"),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        guard case .defaults = site, field.key == "name" || field.key == "output" else { return }
        let what = field.key == "name" ? "the name of one shot" : "where one shot's video is saved"
        let storyboardHelp = field.key == "name" ? "; for the storyboard's own name, write `name:` at its top level" : ""
        context.report(field.keyNode.span, "`\(field.key)` is \(what), so it cannot be in `defaults`",
                       help: "set `\(field.key):` in each shot that needs it\(storyboardHelp)")
    }
}
