import SeedanceSpec

/// Each reference video and audio lasts 2 to 15 seconds (SPEC.md section 2).
public struct MediaDurationRule: Rule {
    public static let description = RuleDescription(
        id: "media-duration", severity: .error,
        summary: "A reference video or audio is too short or too long",
        description: """
        The API takes reference videos and audios of 2 to 15 seconds each \
        (schema/seedance-api.yaml). seedance knows a reference's length from the header of \
        its local copy (`file:`), or else from the `duration:` of its media mapping (a \
        positive number of seconds). An image has no \
        duration, so `duration:` on an image is an error too: it would be ignored.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceVideos:\n  - url: https://a.example/a.mp4\n    duration: ↓20\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceAudios:\n  - url: https://a.example/a.mp3\n    duration: ↓1.5\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceAudios:\n  - url: https://a.example/a.mp3\n    duration: ↓0\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image:\n  url: https://a.example/a.png\n  ↓duration: 5\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceVideos:\n  - url: https://a.example/a.mp4\n    duration: 2\n  - url: https://a.example/b.mp4\n    duration: 12.5\n"),
            // The local copy's header (5 s) is what the API will measure, not a stale `duration:`.
            MediaExample.make("model: seedance_2_0_pro\nprompt: a cat\nreferenceVideos:\n  - {url: https://cdn.example.com/a.mp4, file: clip.mp4, duration: 20}\n"),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        for media in field.mediaItems {
            if media.kind == .image {
                guard let key = media.node.mapping?.first(where: { $0.key == "duration" })?.keyNode else { continue }
                context.report(media: key.span, in: site, "\(field.describe(media)) is an image, which has no duration",
                               help: "remove `duration:`")
                continue
            }
            guard let range = context.facts.limits(for: media.kind).seconds else { continue }
            let bounds = "\(formatSeconds(range.lowerBound)) to \(formatSeconds(range.upperBound))"
            if let node = media.durationNode, let seconds = media.declaredSeconds, !(seconds.isFinite && seconds > 0) {
                context.report(media: node.span, in: site, "the duration of \(field.describe(media)) must be a positive number of seconds",
                               help: "write the \(media.kind.rawValue)'s length in seconds, \(bounds)")
                continue
            }
            guard let known = context.knownDuration(of: media), !range.contains(known.seconds) else { continue }
            context.report(media: known.node.span, in: site,
                           "\(field.describe(media)) lasts \(formatSeconds(known.seconds)) s\(known.source); the API takes \(media.kind.plural) of \(bounds) s",
                           help: known.seconds > range.upperBound
                               ? "trim it to at most \(formatSeconds(range.upperBound)) seconds"
                               : "use a clip of at least \(formatSeconds(range.lowerBound)) seconds")
        }
    }
}
