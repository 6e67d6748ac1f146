import SeedanceSpec

/// First/last frames and multimodal references exclude each other (SPEC.md section 6).
public struct FrameReferenceExclusiveRule: Rule {
    public static let description = RuleDescription(
        id: "frame-reference-exclusive", severity: .error,
        summary: "Frames (`first_image`, `last_image`) combined with references",
        description: """
        A shot is either a first/last-frame shot (`first_image`, optionally `last_image`) or \
        a multimodal reference shot (`referenceImages`, `referenceVideos`, \
        `referenceAudios`); the API rejects both in one request. The error points at the \
        first key of whichever scenario comes second in the file and names the other.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image: https://a.example/a.png\n↓referenceImages: [https://a.example/b.png]\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceAudios: [https://a.example/a.mp3]\n↓first_image: https://a.example/b.png\n"),
            Example("defaults:\n  model: seedance_2_0_pro\n  first_image: https://a.example/a.png\nshots:\n  - prompt: a cat\n    ↓referenceImages: [https://a.example/b.png]\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image: https://a.example/a.png\nlast_image: https://a.example/b.png\n"),
            Example("defaults:\n  model: seedance_2_0_pro\n  first_image: https://a.example/a.png\nshots:\n  - prompt: a cat\n    first_image: null\n    referenceImages: [https://a.example/b.png]\n"),
        ])

    public init() {}

    public func check(shot: Shot, _ context: inout RuleContext) {
        let frames = Keys.frameFields.compactMap { shot[$0] }
        let references = Keys.referenceFields.compactMap { shot[$0] }
        guard let firstFrame = frames.min(by: earlier), let firstReference = references.min(by: earlier) else { return }
        var (first, second) = earlier(firstFrame, firstReference)
            ? (firstFrame, firstReference) : (firstReference, firstFrame)
        // An inherited value and a shot's own: point at the shot's own key.
        if second.origin == .defaults, first.origin == .own { swap(&first, &second) }
        var help = "a shot uses either first/last frames or references: remove `\(second.key)` or `\(first.key)`"
        if first.origin == .defaults, second.origin == .own {
            help += " (`\(first.key)` is set in `defaults` at line \(first.keyNode.span.start.line))"
        }
        context.report(field: second, of: shot,
                       "`\(second.key)` cannot be combined with `\(first.key)` (line \(first.keyNode.span.start.line))",
                       help: help, onKey: true)
    }

    private func earlier(_ a: Field, _ b: Field) -> Bool { a.keyNode.span.start < b.keyNode.span.start }
}
