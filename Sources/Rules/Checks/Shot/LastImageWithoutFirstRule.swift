import SeedanceSpec

/// `last_image` needs `first_image` (SPEC.md section 6).
public struct LastImageWithoutFirstRule: Rule {
    public static let description = RuleDescription(
        id: "last-image-without-first", severity: .error,
        summary: "`last_image` without `first_image`",
        description: """
        The last frame is only used together with a first frame: the API rejects \
        `last_image` alone. Add `first_image`, or use the image as `first_image` instead.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n↓last_image: https://a.example/b.png\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image: https://a.example/a.png\nlast_image: https://a.example/b.png\n"),
        ])

    public init() {}

    public func check(shot: Shot, _ context: inout RuleContext) {
        guard let last = shot["last_image"], shot["first_image"] == nil else { return }
        context.report(field: last, of: shot, "`last_image` is set but `first_image` is not",
                       help: "add `first_image`, or rename `last_image` to `first_image` for a first-frame shot",
                       onKey: true)
    }
}
