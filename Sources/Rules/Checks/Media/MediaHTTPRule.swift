import SeedanceSpec

/// `http://` media: fetchable, but not encrypted (SPEC.md section 4).
public struct MediaHTTPRule: Rule {
    public static let description = RuleDescription(
        id: "media-http", severity: .warning,
        summary: "A media URL uses `http://` instead of `https://`",
        description: """
        The API can fetch a plain `http://` URL from a public host, but nothing protects the \
        download: anyone on the path can swap the image or video the paid generation is \
        made from, and some hosts redirect or refuse plain HTTP. Use the `https://` URL. \
        (`http://` to localhost or a private address is a `media-url` error instead.)
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image: ↓http://cdn.example.com/cat.png\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceVideos:\n  - url: ↓HTTP://cdn.example.com/a.mp4\n    duration: 5\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image: https://cdn.example.com/cat.png\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image: http://127.0.0.1/cat.png\n"),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        for media in field.mediaItems {
            guard let text = media.url, let urlNode = media.urlNode,
                  case .web(secure: false, let host, _) = MediaURL.parse(text)
            else { continue }
            context.report(media: urlNode.span, in: site,
                           "\(field.describe(media)) is fetched over plain `http://` from `\(host)`",
                           help: "use `https://` if the host serves it, so the media cannot be altered on the way")
        }
    }
}
