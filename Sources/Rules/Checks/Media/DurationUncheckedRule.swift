import SeedanceSpec

/// Says, once per list, when the lengths of reference videos or audios cannot be checked
/// (SPEC.md section 4): a silent pass would look like a checked one.
public struct DurationUncheckedRule: Rule {
    public static let description = RuleDescription(
        id: "duration-unchecked", severity: .note,
        summary: "The length of reference videos or audios cannot be checked",
        description: """
        The API takes reference videos and audios of 2 to 15 seconds each and 15 seconds \
        together. seedance cannot measure a remote file; it knows a reference's length from \
        the header of its local copy (`file:`) or the `duration:` of its media mapping. \
        When an item of a list has neither, the totals \
        cannot be checked, and this note says so once per list, at the list's key. Write \
        the item as a mapping with `url:` and `duration:` (or `file:`) to have it checked. (When the \
        known lengths alone are over the limit, `duration-total` reports that instead.)
        """,
        triggering: [
            Example("model: seedance_2_0\nprompt: a cat\n↓referenceVideos:\n  - https://a.example/a.mp4\n  - url: https://a.example/b.mp4\n    duration: 5\n"),
            Example("defaults:\n  model: seedance_2_0\n  ↓referenceVideos: [https://a.example/a.mp4]\nshots:\n  - prompt: a\n  - prompt: b\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0\nprompt: a cat\nreferenceVideos:\n  - url: https://a.example/a.mp4\n    duration: 5\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceImages: [https://a.example/a.png]\n"),
            MediaExample.make("model: seedance_2_0\nprompt: a cat\nreferenceVideos:\n  - {url: https://cdn.example.com/a.mp4, file: clip.mp4}\n"),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        guard Keys.referenceFields.contains(field.key), let kind = Keys.mediaKind(ofField: field.key) else { return }
        let limits = context.facts.limits(for: kind)
        guard let max = limits.maxTotalSeconds else { return }
        let items = field.mediaItems
        let unknown = items.filter { context.knownDuration(of: $0) == nil }
        guard let first = unknown.first else { return }
        let total = items.compactMap { context.knownDuration(of: $0) }.reduce(0) { $0 + $1.seconds }
        guard total <= max else { return }  // duration-total already says it is too long
        let which = unknown.count == 1
            ? "item \((field.value.sequence ?? []).firstIndex { $0 === first.node }.map { $0 + 1 } ?? 1) (line \(first.node.span.start.line)) has no `duration`"
            : "\(unknown.count) of its \(items.count) items have no `duration`"
        context.report(media: field.keyNode.span, in: site,
                       "the length of `\(field.key)` cannot be checked: \(which)",
                       help: "write each \(kind.rawValue) as \(context.file.isJSON ? "`{\"url\": ..., \"duration\": <seconds>}`" : "`- url: ...` with `duration: <seconds>` or a local copy in `file:`") so that seedance can check \(limits.seconds.map { "\(formatSeconds($0.lowerBound))–\(formatSeconds($0.upperBound)) s each and " } ?? "")\(formatSeconds(max)) s in total")
    }
}
