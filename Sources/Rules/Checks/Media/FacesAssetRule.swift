import SeedanceSpec

/// Images that show faces must come from the provider's asset library (SPEC.md section 4).
public struct FacesAssetRule: Rule {
    public static let description = RuleDescription(
        id: "faces-asset", severity: .error,
        summary: "An image marked `faces: true` is not an `asset://` ID",
        description: """
        The provider reviews images that show faces or virtual avatars before they can be \
        used: such an image must be uploaded to its asset library, and the spec refers to it \
        by `asset://<id>`. A URL for an image marked `faces: true` is rejected, so the \
        error points at the URL. `faces` describes images only; on a video or audio it is \
        an error too, since it would suggest a review that does not happen.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image:\n  url: ↓https://cdn.example.com/host.png\n  faces: true\n"),
            Example("defaults:\n  model: seedance_2_0_pro\n  referenceImages:\n    - url: ↓https://cdn.example.com/host.png\n      faces: true\nshots:\n  - prompt: a\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceVideos:\n  - url: https://cdn.example.com/a.mp4\n    ↓faces: true\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image:\n  url: asset://host-42\n  faces: true\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image:\n  url: https://cdn.example.com/tree.png\n  faces: false\n"),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        for media in field.mediaItems {
            guard let faces = media.facesNode else { continue }
            if media.kind != .image {
                let key = media.node.mapping?.first { $0.key == "faces" }?.keyNode.span ?? faces.span
                context.report(media: key, in: site, "`faces` applies to images only, not to \(field.describe(media)) (a \(media.kind.rawValue))",
                               help: "remove `faces:`: the provider reviews faces in images only")
                continue
            }
            guard media.showsFaces, let text = media.url, let urlNode = media.urlNode else { continue }
            // An asset is what is wanted; a URL the API cannot fetch at all is media-url's.
            guard case .web = MediaURL.parse(text) else { continue }
            context.report(media: urlNode.span, in: site,
                           "\(field.describe(media)) shows faces (`faces: true`), so it must be an `asset://` ID, not a URL",
                           help: "upload the image to the provider's asset library for review, then write `url: asset://<id>`")
        }
    }
}
