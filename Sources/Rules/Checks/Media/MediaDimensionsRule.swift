import SeedanceSpec

/// A local image, or each frame of a local reference video, has sides of 300–6000 px and a
/// width/height ratio of 0.4–2.5 (SPEC.md section 4).
public struct MediaDimensionsRule: Rule {
    public static let description = RuleDescription(
        id: "media-dimensions", severity: .error,
        summary: "A local image or video frame is too small, too large or too narrow for the API",
        description: """
        The API takes images (first_image, last_image, referenceImages), and reference \
        videos whose frames are, 300 to 6000 pixels on each side, with a width/height \
        ratio from 0.4 to 2.5 (schema/seedance-api.yaml). seedance reads the size from the \
        header of the media's local copy (`file`); a video's size is its track's, as \
        displayed (a rotated phone video counts turned). Scale or crop the media, export it \
        again, and upload the new version to `url`.
        """,
        triggering: [
            MediaExample.make("""
            model: seedance_2_0_pro
            prompt: a cat
            first_image: {url: "https://cdn.example.com/cat.png", file: ↓small.png}
            """),
            MediaExample.make("""
            model: seedance_2_0_pro
            prompt: the cat of image 1
            referenceImages:
              - url: https://cdn.example.com/cat.png
                file: ↓wide.png
            """),
            MediaExample.make("""
            model: seedance_2_0
            prompt: the cat of video 1
            referenceVideos:
              - url: https://cdn.example.com/cat.mp4
                file: ↓tiny.mp4
            """),
        ],
        nonTriggering: [
            MediaExample.make("""
            model: seedance_2_0_pro
            prompt: a cat
            first_image: {url: "https://cdn.example.com/cat.png", file: photo.png}
            last_image: {url: "https://cdn.example.com/cat.tif", file: photo-mm.tif}
            """),
            MediaExample.make("""
            model: seedance_2_0
            prompt: the cat of image 1 in video 1
            referenceImages:
              - {url: "https://cdn.example.com/a.jpg", file: photo.jpg}
              - {url: "https://cdn.example.com/b.gif", file: photo.gif}
              - {url: "https://cdn.example.com/c.bmp", file: photo.bmp}
              - {url: "https://cdn.example.com/d.tiff", file: photo.tiff}
            referenceVideos:
              - {url: "https://cdn.example.com/cat.mp4", file: clip.mp4}
            """),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        for local in context.localMedia(in: field) {
            guard let info = local.info, info.format.kind == local.kind, local.kind != .audio,
                  let width = info.width, let height = info.height, width > 0, height > 0 else { continue }
            let what = local.kind == .video ? "the frames of \(local.name) are" : "\(local.name) is"
            let sides = context.facts.imageSide
            if !sides.contains(min(width, height)) || !sides.contains(max(width, height)) {
                let help = min(width, height) < sides.lowerBound
                    ? "scale it up so that its shorter side is at least \(sides.lowerBound) px"
                    : "scale it down so that its longer side is at most \(sides.upperBound) px"
                context.report(local.fileNode.span,
                               "\(what) \(width)×\(height) px; each side must be \(sides.lowerBound)–\(sides.upperBound) px",
                               help: help, inheritedBy: site.inheritors)
            }
            let ratio = Double(width) / Double(height), limits = context.facts.imageAspect
            if !limits.contains(ratio) {
                context.report(local.fileNode.span,
                               "\(what) \(width)×\(height) px, a width/height ratio of \(Self.show(ratio)), outside \(Self.show(limits.lowerBound))–\(Self.show(limits.upperBound))",
                               help: "crop it to a ratio from \(Self.show(limits.lowerBound)) to \(Self.show(limits.upperBound)), e.g. 16:9 (1.78) or 9:16 (0.56)",
                               inheritedBy: site.inheritors)
            }
        }
    }

    /// A ratio with at most two decimals, without Foundation's formatting: 3 → "3", 0.4 →
    /// "0.4", 16/9 → "1.78".
    static func show(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        var text = "\(hundredths / 100)"
        let fraction = hundredths % 100
        if fraction != 0 { text += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)") }
        return text
    }
}
