import SeedanceSpec

/// A storyboard's `shots:` is a non-empty list of shot mappings (SPEC.md section 3).
public struct StoryboardShotsRule: Rule {
    public static let description = RuleDescription(
        id: "storyboard-shots", severity: .error,
        summary: "`shots:` is not a non-empty list of shots",
        description: """
        Any mapping with a `shots` key is a storyboard, and its `shots` must be a list with \
        at least one shot, each a mapping of fields. An empty or missing list generates \
        nothing, and an item that is not a mapping (a string, a list) is not a shot: each \
        is reported, so no shot is dropped silently.
        """,
        triggering: [
            Example("defaults:\n  model: seedance_2_0_pro\nshots: ↓[]\n"),
            Example("defaults:\n  model: seedance_2_0_pro\n↓shots:\n"),
            Example("defaults:\n  model: seedance_2_0_pro\nshots:\n  ↓prompt: a cat\n"),
            Example("defaults:\n  model: seedance_2_0_pro\nshots:\n  - prompt: a cat\n  - ↓a dog\n"),
        ],
        nonTriggering: [
            Example("defaults:\n  model: seedance_2_0_pro\nshots:\n  - prompt: a cat\n"),
        ])

    public init() {}

    public func check(file: SpecFile, _ context: inout RuleContext) {
        for case .storyboard(let storyboard) in file.documents {
            guard let shots = storyboard.shotsNode,
                  let key = storyboard.topLevel.first(where: { $0.key == "shots" })?.keyNode
            else { continue }
            if shots.scalar?.value == .null {
                context.report(key.span, "`shots` is empty", help: "list the shots under it: `- prompt: ...`, one item per shot")
            } else if let items = shots.sequence {
                if items.isEmpty {
                    context.report(shots.span, "`shots` is an empty list", help: "add at least one shot: `- prompt: ...`")
                }
                for item in items where item.mapping == nil {
                    context.report(item.span, "an item of `shots` must be a shot (a mapping of fields), not \(item.kindName)",
                                   help: "write a shot as `- prompt: ...` with its other fields indented under it")
                }
            } else {
                let help = shots.mapping != nil
                    ? "make it a list: put `- ` before the first field of each shot"
                    : "write `shots:` as a list of shots: `- prompt: ...`"
                context.report(shots.span, "`shots` must be a list of shots, not \(shots.kindName)", help: help)
            }
        }
    }
}
