import SeedanceSpec

/// Standard models generate only from reference videos (SPEC.md section 5).
public struct ReferenceVideoRequiredRule: Rule {
    public static let description = RuleDescription(
        id: "reference-video-required", severity: .error,
        summary: "The model needs at least one reference video",
        description: """
        seedance_2_0 and seedance_2_0_fast generate only from reference videos, so \
        text-to-video and first/last-frame shots need a Pro model (seedance_2_0_pro or \
        seedance_2_0_fast_pro). With `first_image`, adding reference videos is no way out \
        either (frames and references exclude each other): switching to a Pro model is the \
        one change that fixes both. Which models need reference videos is data \
        (schema/seedance-api.yaml, extendable in .seedance.yaml).
        """,
        triggering: [
            Example("model: ↓seedance_2_0\nprompt: a cat\n"),
            Example("model: ↓seedance_2_0_fast\nprompt: a cat\nfirst_image: https://a.example/x.png\n"),
            Example("defaults:\n  model: seedance_2_0\nshots:\n  - prompt: a cat\n    ↓first_image: https://a.example/x.png\n"),
            Example("defaults:\n  model: seedance_2_0\nshots:\n  - prompt: a cat\n    referenceImages: [https://a.example/y.png]\n    ↓first_image: https://a.example/x.png\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0\nprompt: a cat\nreferenceVideos: [https://a.example/x.mp4]\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image: https://a.example/x.png\n"),
        ])

    public init() {}

    public func check(shot: Shot, _ context: inout RuleContext) {
        guard let model = shot["model"], let name = shot.string("model"),
              let capability = context.facts.model(named: name), capability.requiresReferenceVideos,
              (shot["referenceVideos"]?.value.sequence ?? []).isEmpty
        else { return }
        let pro = context.facts.modelsWithoutRequiredVideos.map { "`\($0)`" }.joined(separator: " or ")
        let frames = Keys.frameFields.filter { shot[$0] != nil }
        var message: String, help: String
        if let frame = frames.first {
            message = "`\(name)` generates only from reference videos, and reference videos cannot be combined with `\(frame)`"
            help = "switch `model` to \(pro): one change that fixes both, since a Pro model starts from `\(frame)` without reference videos"
        } else {
            message = "`\(name)` needs at least one reference video"
            help = "add `referenceVideos:` (1 to \(context.facts.videos.count.upperBound) videos), or for text-to-video or references without video switch `model` to \(pro)"
        }
        guard model.origin == .defaults else {
            context.report(field: model, of: shot, message, help: help)
            return
        }
        // The model is inherited: point at the shot's own key that makes it a problem.
        // The frame the message names when there is one, else any reference list.
        let own = shot.ownFields.filter { !$0.isNull }
        let ownKey = frames.first.flatMap { frame in own.first { $0.key == frame } }
            ?? own.first { Keys.frameFields.contains($0.key) || Keys.referenceFields.contains($0.key) }
        if let ownKey {
            help += " (`model` is set in `defaults` at line \(model.keyNode.span.start.line))"
            context.report(ownKey.keyNode.span, message, help: help)
        } else {
            context.report(field: model, of: shot, message, help: help)
        }
    }
}
