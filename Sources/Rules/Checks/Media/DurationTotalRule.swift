import SeedanceSpec

/// Reference videos together, and reference audios together, last at most 15 seconds
/// (SPEC.md section 2).
public struct DurationTotalRule: Rule {
    public static let description = RuleDescription(
        id: "duration-total", severity: .error,
        summary: "Reference videos or audios last too long together",
        description: """
        The API takes at most 15 seconds of reference video and 15 seconds of reference \
        audio per request, summed over each list (schema/seedance-api.yaml). seedance adds \
        up the lengths it knows (read from each `file:`, or the declared `duration:`); when the known \
        ones alone are over the limit this is an error at the list's key. Items of unknown \
        length are `duration-unchecked`'s note.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n↓referenceVideos:\n  - url: https://a.example/a.mp4\n    duration: 8\n  - url: https://a.example/b.mp4\n    duration: 9\n"),
            Example("defaults:\n  model: seedance_2_0_pro\n  ↓referenceAudios:\n    - {url: https://a.example/a.mp3, duration: 10}\n    - {url: https://a.example/b.mp3, duration: 6}\n    - https://a.example/c.mp3\nshots:\n  - prompt: a\n"),
            MediaExample.make("""
            model: seedance_2_0
            prompt: a cat
            ↓referenceVideos:
              - {url: https://cdn.example.com/a.mp4, file: clip.mp4}
              - {url: https://cdn.example.com/b.mp4, file: clip-1080p.mp4}
              - {url: https://cdn.example.com/c.mov, file: portrait.mov}
            """),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceVideos:\n  - url: https://a.example/a.mp4\n    duration: 8\n  - url: https://a.example/b.mp4\n    duration: 7\n"),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        guard Keys.referenceFields.contains(field.key), let kind = Keys.mediaKind(ofField: field.key),
              let max = context.facts.limits(for: kind).maxTotalSeconds
        else { return }
        let known = field.mediaItems.compactMap { context.knownDuration(of: $0) }
        let total = known.reduce(0) { $0 + $1.seconds }
        guard total > max else { return }
        let terms = known.map { "\(formatSeconds($0.seconds)) (line \($0.node.span.start.line))" }.joined(separator: " + ")
        context.report(media: field.keyNode.span, in: site,
                       "the items of `\(field.key)` last \(formatSeconds(total)) s together; the API takes at most \(formatSeconds(max)) s of reference \(kind.plural)",
                       help: "\(terms) = \(formatSeconds(total)) s: trim or drop references to fit \(formatSeconds(max)) s")
    }
}
