import SeedanceSpec

/// A local reference video is 480p or 720p (SPEC.md section 2, the seed's "Resolution:
/// 480p, 720p").
public struct MediaResolutionRule: Rule {
    public static let description = RuleDescription(
        id: "media-resolution", severity: .error,
        summary: "A local reference video is not 480p or 720p",
        description: """
        The API takes reference videos at 480p or 720p only (schema/seedance-api.yaml, \
        `references.videos.resolutions`). seedance reads the size of the video track from \
        the header of the local copy (`file`) and takes "720p" the way video tools do: the \
        shorter side is 720 pixels, so 1280×720 and a portrait 720×1280 are both 720p, \
        while 1920×1080 (1080p) and 960×540 are neither. Scale the video so that its \
        shorter side is one of these sizes and upload the new version to `url`.
        """,
        triggering: [
            MediaExample.make("""
            model: seedance_2_0
            prompt: the cat of video 1
            referenceVideos:
              - url: https://cdn.example.com/cat.mp4
                file: ↓clip-1080p.mp4
            """),
        ],
        nonTriggering: [
            MediaExample.make("""
            model: seedance_2_0
            prompt: the cat of video 1, the dog of video 2
            referenceVideos:
              - {url: "https://cdn.example.com/cat.mp4", file: clip.mp4}
              - {url: "https://cdn.example.com/dog.mov", file: portrait.mov}
            """),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        let allowed = context.facts.videos.resolutions
        guard !allowed.isEmpty else { return }
        for local in context.localMedia(in: field) where local.kind == .video {
            guard let info = local.info, info.format.kind == .video, let width = info.width, let height = info.height,
                  width > 0, height > 0 else { continue }
            let shorter = min(width, height), longer = max(width, height)
            guard !allowed.contains(shorter) else { continue }
            let names = allowed.map { "\($0)p" }
            let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!
            // Suggest the largest allowed size not above the video's, keeping its shape.
            let target = allowed.filter { $0 <= shorter }.max() ?? allowed.min()!
            let scaledLonger = Int((Double(longer) * Double(target) / Double(shorter) / 2).rounded()) * 2
            let suggestion = width >= height ? "\(scaledLonger)×\(target)" : "\(target)×\(scaledLonger)"
            context.report(local.fileNode.span,
                           "\(local.name) is \(width)×\(height) (\(shorter)p); reference videos must be \(list)",
                           help: "scale it so that its shorter side is \(target) px, e.g. \(suggestion), and upload it again",
                           inheritedBy: site.inheritors)
        }
    }
}
