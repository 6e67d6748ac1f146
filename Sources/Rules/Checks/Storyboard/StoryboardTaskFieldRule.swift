import SeedanceSpec

/// Task fields at a storyboard's top level are not shared with its shots (SPEC.md
/// section 3).
public struct StoryboardTaskFieldRule: Rule {
    public static let description = RuleDescription(
        id: "storyboard-task-field", severity: .error,
        summary: "A task field at a storyboard's top level instead of under `defaults:`",
        description: """
        A storyboard's top level holds `shots`, `defaults`, and the storyboard's own `name` \
        and `description`. A task field such as `model` or `duration` written there does \
        nothing: it is not sent and not inherited. To share it with every shot, move it \
        under `defaults:`.
        """,
        triggering: [
            Example("↓model: seedance_2_0_pro\nshots:\n  - prompt: a cat\n"),
            Example("defaults:\n  model: seedance_2_0_pro\n↓duration: 8\nshots:\n  - prompt: a cat\n"),
        ],
        nonTriggering: [
            Example("name: teaser\ndescription: the teaser\ndefaults:\n  model: seedance_2_0_pro\nshots:\n  - prompt: a cat\n"),
        ])

    public init() {}

    public func check(file: SpecFile, _ context: inout RuleContext) {
        for case .storyboard(let storyboard) in file.documents {
            for pair in storyboard.topLevel where Keys.taskFields.contains(pair.key) {
                let defaultsKey = storyboard.topLevel.first { $0.key == "defaults" }?.keyNode
                let help = defaultsKey.map {
                    "move `\(pair.key)` under `defaults:` (line \($0.span.start.line)) to set it for every shot, or into the shots that need it"
                } ?? "move it under a `defaults:` mapping to set it for every shot, or into the shots that need it"
                context.report(pair.keyNode.span, "`\(pair.key)` at a storyboard's top level applies to no shot", help: help)
            }
        }
    }
}
