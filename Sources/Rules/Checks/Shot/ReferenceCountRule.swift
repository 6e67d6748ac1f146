import SeedanceSpec

/// Reference lists hold at most as many items as the API takes (SPEC.md section 2).
public struct ReferenceCountRule: Rule {
    public static let description = RuleDescription(
        id: "reference-count", severity: .error,
        summary: "A reference list has more items than the API takes",
        description: """
        The API takes 1 to 9 reference images, up to 3 reference videos and up to 3 \
        reference audios (schema/seedance-api.yaml). The error points at the first item past \
        the limit. An empty list is `empty-list`'s error.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceVideos:\n  - https://a.example/1.mp4\n  - https://a.example/2.mp4\n  - https://a.example/3.mp4\n  - ↓https://a.example/4.mp4\n  - https://a.example/5.mp4\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceAudios: [https://a.example/1.mp3, https://a.example/2.mp3, https://a.example/3.mp3, ↓https://a.example/4.mp3]\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceImages: [https://a.example/1.png, https://a.example/2.png, https://a.example/3.png, https://a.example/4.png, https://a.example/5.png, https://a.example/6.png, https://a.example/7.png, https://a.example/8.png, https://a.example/9.png]\n"),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        guard let kind = Keys.mediaKind(ofField: field.key), Keys.referenceFields.contains(field.key),
              let items = field.value.sequence, !items.isEmpty
        else { return }
        let limits = context.facts.limits(for: kind)
        if items.count > limits.count.upperBound {
            let max = limits.count.upperBound
            let extra = items.count - max
            context.report(media: items[max].span, in: site,
                           "`\(field.key)` has \(items.count) \(kind.plural); the API takes at most \(max)",
                           help: "remove \(extra) \(extra == 1 ? kind.rawValue : kind.plural), or split the shot in two")
        } else if items.count < limits.count.lowerBound {
            context.report(media: field.keyNode.span, in: site,
                           "`\(field.key)` has \(items.count) \(items.count == 1 ? kind.rawValue : kind.plural); the API takes at least \(limits.count.lowerBound)",
                           help: "add \(kind.plural) up to \(limits.count.lowerBound), or remove `\(field.key)`")
        }
    }
}

extension APIFacts {
    /// The limits of the reference list of one kind of media.
    func limits(for kind: MediaKind) -> ReferenceLimits {
        switch kind {
        case .image: return images
        case .video: return videos
        case .audio: return audios
        }
    }
}
