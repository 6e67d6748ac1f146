import SeedanceDiagnostics
import SeedanceSpec

/// A prompt that names a reference the shot does not have (SPEC.md section 6).
public struct PromptReferenceRule: Rule {
    public static let description = RuleDescription(
        id: "prompt-reference", severity: .warning,
        summary: "The prompt names a reference the shot does not have",
        description: """
        Seedance prompts refer to references by their position in each list: "image 2" is \
        the second item of `referenceImages`, "video 1" the first of `referenceVideos`, \
        "audio 1" the first of `referenceAudios`; also written `@image2`, ignoring case \
        (`@image10` is image 10). A number past the end of its list, or a list the shot does \
        not have, means the prompt describes something the model will not see. Only the \
        reference lists are numbered: `first_image` is not "image 1". The warning points at \
        the words in the prompt (or at the prompt when folding or escapes make their \
        position unknowable), once per missing reference: one written twice, even in two \
        ways (`image 10` and `@image10`), is reported at its first mention only.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: The dancer of video 1 in the studio of ↓image 3\nreferenceImages: [https://a.example/1.png, https://a.example/2.png]\nreferenceVideos: [https://a.example/1.mp4]\n"),
            Example("model: seedance_2_0_pro\nprompt: \"Café ☕ — ↓@IMAGE3 and ↓Audio 1\"\nreferenceImages: [https://a.example/1.png]\n"),
            Example("model: seedance_2_0_pro\nprompt: >-\n  The cat walks in,\n  then ↓@image10 appears\nreferenceImages: [https://a.example/1.png]\n"),
            Example("model: seedance_2_0_pro\nprompt: |\n  Line one.\n    Indented: ↓video 2 here.\nreferenceVideos: [https://a.example/1.mp4]\n"),
            Example("model: seedance_2_0_pro\nprompt: The frame of ↓image 1 comes alive\nfirst_image: https://a.example/1.png\n"),
            Example("model: seedance_2_0_pro\nprompt: ↓image 10 walks in; then @image10 waves and ↓@Image11 too\nreferenceImages: [https://a.example/1.png]\n"),
            Example("model: seedance_2_0_pro\nprompt: ↓\"caf\\u00e9 image\\t2\"\nreferenceImages: [https://a.example/1.png]\n"),
            Example("defaults:\n  model: seedance_2_0_pro\n  prompt: the cat of ↓image 2\nshots:\n  - referenceImages: [https://a.example/1.png]\n  - referenceImages: [https://a.example/1.png, https://a.example/2.png]\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: The dancer of @video1 in the studio of image 2, in 3D, image 3D\nreferenceImages: [https://a.example/1.png, https://a.example/2.png]\nreferenceVideos: [https://a.example/1.mp4]\n"),
            Example("model: seedance_2_0_pro\nprompt: a myimage 3 and image3 are not references\n"),
        ])

    public init() {}

    /// At most this many warnings per prompt: a prompt of thousands of bad references
    /// needs the first few, not a flood (and each is located by a scan of the prompt).
    static let limit = 10

    public func check(shot: Shot, _ context: inout RuleContext) {
        guard let prompt = shot["prompt"], let text = shot.string("prompt") else { return }
        var seen: Set<PromptReference.Target> = []
        var reported = 0
        for reference in PromptReference.find(in: text) where reported < PromptReferenceRule.limit {
            guard seen.insert(reference.target).inserted else { continue }
            let listKey = Keys.referenceField(of: reference.kind)
            guard let count = itemCount(shot, listKey), count == 0 || !(1...count).contains(reference.number) else { continue }
            reported += 1
            let written = String(decoding: Array(text.utf8)[reference.range], as: UTF8.self)
            let span = context.file.source.span(ofScalarBytes: reference.range, in: prompt.value) ?? prompt.value.span
            let has = count == 0 ? "the shot has no `\(listKey)`" : "`\(listKey)` has \(count) item\(count == 1 ? "" : "s")"
            context.report(span, "the prompt names `\(written)`, but \(has)",
                           help: help(reference, listKey: listKey, count: count, shot: shot),
                           inheritedBy: prompt.origin == .defaults ? [shot.name] : [])
        }
    }

    /// Items in the shot's reference list of that name: 0 when absent, nil when not a list.
    private func itemCount(_ shot: Shot, _ key: String) -> Int? {
        guard let field = shot[key] else { return 0 }
        return field.value.sequence?.count
    }

    private func help(_ reference: PromptReference, listKey: String, count: Int, shot: Shot) -> String {
        let kind = reference.kind.rawValue
        if count == 0, reference.kind == .image, let frame = Keys.frameFields.first(where: { shot[$0] != nil }) {
            return "only items of `referenceImages` are numbered: `\(frame)` is not image 1; describe the frame in words instead"
        }
        if count == 0 { return "add the \(kind) under `\(listKey):`, or take its mention out of the prompt" }
        let range = count == 1 ? "\(kind) 1" : "\(kind) 1 to \(kind) \(count)"
        return "the prompt can name \(range): fix the number, or add the \(kind) to `\(listKey)`"
    }
}
