import SeedanceSpec
import SeedanceYAML

/// A media mapping's `file` is a readable local copy in a format the field takes, and not
/// larger than the API accepts (SPEC.md section 4).
public struct MediaFileRule: Rule {
    public static let description = RuleDescription(
        id: "media-file", severity: .error,
        summary: "A media `file` is missing, unreadable, of a format the field does not take, or too large",
        description: """
        `file` names a local copy of the media at `url`, so that seedance can check what \
        the API will check when it fetches the URL. The path is relative to the folder of \
        the spec file (a spec read from standard input without `--stdin-filename` has no \
        folder: its paths are relative to the current folder). The format is read from the \
        file's first bytes, not from its name: images must be jpeg, png, webp, bmp, tiff or \
        gif, reference videos mp4 or mov (with a video track), reference audios wav or mp3 \
        and at most 15 MB each (schema/seedance-api.yaml). A file that cannot be read, or \
        whose header is broken, is reported too: fix the path, or remove `file` to lint \
        without the local checks. Pixel size, resolution and duration have their own rules.
        """,
        triggering: [
            MediaExample.make("""
            model: seedance_2_0_pro
            prompt: a cat
            first_image:
              url: https://cdn.example.com/cat.png
              file: ↓missing.png
            """),
            MediaExample.make("""
            model: seedance_2_0_pro
            prompt: a cat
            referenceImages:
              - url: https://cdn.example.com/cat.png
                file: ↓notes.txt
            """),
            MediaExample.make("""
            model: seedance_2_0
            prompt: the cat of video 1
            referenceVideos:
              - {url: "https://cdn.example.com/cat.mp4", file: ↓photo.png}
            """),
            MediaExample.make("""
            defaults:
              model: seedance_2_0_pro
              referenceAudios:
                - url: https://cdn.example.com/theme.wav
                  file: ↓clip.mp4
            shots:
              - prompt: a cat
              - prompt: a dog
            """),
        ],
        nonTriggering: [
            MediaExample.make("""
            model: seedance_2_0_pro
            prompt: a cat
            first_image:
              url: https://cdn.example.com/cat.jpg
              file: really-png.jpg
            """),
            MediaExample.make("""
            model: seedance_2_0
            prompt: the cat of image 1 moves like video 1, to audio 1
            referenceImages:
              - {url: "https://cdn.example.com/cat.webp", file: photo.webp}
            referenceVideos:
              - {url: "https://cdn.example.com/walk.mov", file: portrait.mov}
            referenceAudios:
              - {url: "https://cdn.example.com/theme.mp3", file: voice.mp3}
            """),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        for media in context.mediaRefs(in: field) {
            guard let node = media.fileNode, media.file.map({ !$0.isEmpty }) != true else { continue }
            let what = node.scalar?.value == .string ? "an empty string" : node.kindName
            context.report(node.span, "`file` must be the path of a local copy of the \(media.kind.rawValue), not \(what)",
                           help: "write the path relative to the spec file's folder, or remove `file`",
                           inheritedBy: site.inheritors)
        }
        for local in context.localMedia(in: field) {
            guard let (message, help) = problem(local, context) else { continue }
            context.report(local.fileNode.span, message, help: help, inheritedBy: site.inheritors)
        }
    }

    private func problem(_ local: LocalMedia, _ context: RuleContext) -> (String, String)? {
        let kind = local.kind
        let accepted = context.acceptedFormats(kind).filter { MediaFormat(rawValue: $0) != nil }
        let list = accepted.joined(separator: ", ")
        let info: MediaInfo
        switch local.result {
        case .success(let i): info = i
        case .failure(let failure): return describe(failure, local, list)
        }
        guard info.format.kind == kind, accepted.contains(info.format.rawValue) else {
            return ("\(local.name) is \(info.format.phrase), but `\(local.fieldKey)` takes \(kind.plural) (\(list))",
                    "point `file` at the local copy of the \(kind.rawValue) at `url` (the format is read from the file's bytes, not its name)")
        }
        if kind == .video, info.width == nil {
            return ("\(local.name) is \(info.format.phrase) with no video track",
                    "a reference video needs pictures; point `file` at the local copy of the video at `url`")
        }
        if let limit = context.referenceLimits(kind).maxBytes, info.byteSize > limit {
            let help = kind == .audio ? "shorten it, or encode it as mp3 at a lower bit rate"
                                      : "make it smaller: the API takes at most \(limit.megabytes) per \(kind.rawValue)"
            return ("\(local.name) is \(info.byteSize.megabytes), over the \(limit.megabytes) limit for one reference \(kind.rawValue)", help)
        }
        return nil
    }

    private func describe(_ failure: ProbeFailure, _ local: LocalMedia, _ list: String) -> (String, String) {
        let path = local.resolved == local.written ? local.name : "\(local.name) (`\(local.resolved)`)"
        switch failure {
        case .unreadable(let reason):
            return ("cannot read \(path): \(reason)",
                    "`file` is relative to the spec file's folder; correct the path, or remove `file` to lint without the local checks")
        case .notRegularFile:
            return ("\(path) is not a regular file", "point `file` at the local copy of the \(local.kind.rawValue) at `url`")
        case .empty:
            return ("\(path) is empty", "copy the \(local.kind.rawValue) again, or point `file` at the right copy")
        case .unrecognized:
            return ("\(path) is not a media file that seedance recognizes",
                    "`\(local.fieldKey)` takes \(local.kind.plural) (\(list)); the format is read from the file's bytes, not its name")
        case .malformed(let format, let reason):
            return ("\(path) starts like \(format.phrase) but its header is broken: \(reason)",
                    "export or copy the file again: the API would likely reject it too")
        }
    }
}
