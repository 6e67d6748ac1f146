import SeedanceSpec
import SeedanceYAML

/// A media mapping with a local copy (`file:`), as the media rules see it: where to point,
/// and what its header says.
struct LocalMedia {
    let media: MediaRef
    /// The `file:` value: where every finding about the file points.
    let fileNode: YAMLNode
    /// The path as written in the spec.
    let written: String
    /// The path as opened: relative to the spec file's folder.
    let resolved: String
    /// The field the media is in (`first_image`, `referenceVideos`...).
    let fieldKey: String
    let result: Result<MediaInfo, ProbeFailure>

    var kind: MediaKind { media.kind }

    /// The header facts, when the file could be read.
    var info: MediaInfo? {
        if case .success(let info) = result { return info }
        return nil
    }

    /// How a message names the file: as written, so the user finds it in the spec.
    var name: String { "`\(written)`" }
}

extension RuleContext {
    /// The media of a media-valued field (as written, in a shot or in `defaults:`) that
    /// have a `file` path, probed. The probe is cached, so each rule may ask.
    func localMedia(in field: Field) -> [LocalMedia] {
        mediaRefs(in: field).compactMap { media in
            guard let fileNode = media.fileNode, let written = media.file, !written.isEmpty,
                  let result = MediaProbe.result(for: media, specPath: file.path) else { return nil }
            return LocalMedia(media: media, fileNode: fileNode, written: written,
                              resolved: MediaProbe.resolve(written, specPath: file.path), fieldKey: field.key, result: result)
        }
    }

    /// The media mappings of a media-valued field: the value itself for `first_image` and
    /// `last_image`, each item of a reference list.
    func mediaRefs(in field: Field) -> [MediaRef] {
        guard let kind = Keys.mediaKind(ofField: field.key) else { return [] }
        let nodes = Keys.referenceFields.contains(field.key) ? field.value.sequence ?? [] : [field.value]
        return nodes.filter { $0.mapping != nil }.map { MediaRef($0, kind: kind) }
    }

    /// The formats the API takes for a kind of media, from schema/seedance-api.yaml.
    func acceptedFormats(_ kind: MediaKind) -> [String] {
        switch kind {
        case .image: return facts.imageFormats
        case .video: return facts.videoFormats
        case .audio: return facts.audioFormats
        }
    }

    /// The limits of the reference list for a kind of media.
    func referenceLimits(_ kind: MediaKind) -> ReferenceLimits {
        switch kind {
        case .image: return facts.images
        case .video: return facts.videos
        case .audio: return facts.audios
        }
    }
}

/// The media rules' examples name files in Tests/Fixtures/media/ (made by its
/// make_fixtures.py). An example is linted as a spec in that folder, so its relative
/// `file:` paths resolve there when the tests run from the package root, as `swift test`
/// and .ci/run do.
enum MediaExample {
    static let specPath = "Tests/Fixtures/media/example.yaml"

    static func make(_ text: String) -> Example {
        Example(text, file: specPath)
    }
}

extension Int {
    /// Bytes as the provider counts megabytes (15 MB = 15 × 1024 × 1024), one decimal.
    var megabytes: String {
        let tenths = Int((Double(self) / 104_857.6).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
