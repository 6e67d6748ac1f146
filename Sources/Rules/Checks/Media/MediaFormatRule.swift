import SeedanceSpec

/// The URL's extension names a format the API accepts for that kind of media (SPEC.md
/// section 4).
public struct MediaFormatRule: Rule {
    public static let description = RuleDescription(
        id: "media-format", severity: .error,
        summary: "A media URL's extension is not a format the API accepts",
        description: """
        The API accepts images as jpeg, jpg, png, webp, bmp, tiff, tif or gif, videos as mp4 \
        or mov, and audio as wav or mp3 (schema/seedance-api.yaml). seedance reads the \
        format from the extension of the URL's path, ignoring case, the query string and the \
        fragment; a URL whose path has no extension, and an `asset://` ID, are not checked. \
        A media mapping with `file:` is not checked by its URL: the format of the local copy \
        is read from its bytes.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image: ↓https://cdn.example.com/cat.svg\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceAudios:\n  - url: ↓https://cdn.example.com/beat.aac?v=2\n    duration: 4\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceVideos:\n  - ↓https://cdn.example.com/clip.png\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image: https://cdn.example.com/cat.JPG?w=1200#top\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceImages:\n  - https://cdn.example.com/images/1234\n  - asset://cat.raw\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceVideos:\n  - url: https://cdn.example.com/v.mov\n    duration: 5\n"),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        for media in field.mediaItems where media.fileNode == nil {
            guard let text = media.url, let urlNode = media.urlNode, let ext = MediaURL.parse(text).pathExtension else { continue }
            let accepted = formats(media.kind, context.facts)
            guard !accepted.isEmpty, !accepted.contains(ext) else { continue }
            context.report(media: urlNode.span, in: site,
                           "\(field.describe(media)) is a `.\(ext)` file, not \(article(media.kind)) format the API accepts",
                           help: "convert it to one of: \(accepted.joined(separator: ", "))")
        }
    }

    private func formats(_ kind: MediaKind, _ facts: APIFacts) -> [String] {
        switch kind {
        case .image: return facts.imageFormats
        case .video: return facts.videoFormats
        case .audio: return facts.audioFormats
        }
    }

    private func article(_ kind: MediaKind) -> String {
        kind == .image ? "an image" : kind == .video ? "a video" : "an audio"
    }
}
