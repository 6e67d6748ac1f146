import SeedanceDiagnostics
import SeedanceSpec
import SeedanceYAML

extension Field {
    /// The media a media-valued field holds as written (in a shot or in `defaults:`): the
    /// value of `first_image`/`last_image`, each item of a reference list. Items that are
    /// neither a string nor a mapping are left out (field-type reports them).
    var mediaItems: [MediaRef] {
        guard let kind = Keys.mediaKind(ofField: key), !isNull else { return [] }
        let nodes = Keys.referenceFields.contains(key) ? (value.sequence ?? []) : [value]
        return nodes.filter { $0.scalar?.value == .string || $0.mapping != nil }.map { MediaRef($0, kind: kind) }
    }

    /// "`first_image`", "item 2 of `referenceImages`": how a message names one media item.
    func describe(_ media: MediaRef) -> String {
        guard Keys.referenceFields.contains(key), let items = value.sequence,
              let index = items.firstIndex(where: { $0 === media.node })
        else { return "`\(key)`" }
        return "item \(index + 1) of `\(key)`"
    }
}

extension RuleContext {
    /// Reports a finding about a media item of a field as written: where it is written,
    /// naming the shots that inherit it when it is in `defaults:`.
    mutating func report(media span: Span, in site: FieldSite, _ message: String, help: String? = nil,
                         fix: TextEdit? = nil) {
        report(span, message, help: help, fix: fix, inheritedBy: site.inheritors)
    }
}

/// What seedance knows of a reference's length.
public struct KnownDuration: Sendable {
    public var seconds: Double
    /// Where the length comes from, where findings about it point: the `file:` value when
    /// read from the local copy's header, else the `duration:` value.
    public var node: YAMLNode
    /// The local copy the length was read from, when it was.
    public var file: String?

    /// " (read from `clip.mp4`)", or nothing for a declared length.
    var source: String { file.map { " (read from `\($0)`)" } ?? "" }
}

extension RuleContext {
    /// The media's length in seconds, when seedance knows it: read from the header of its
    /// local copy (`file:`), which is what the API will measure; else its declared
    /// `duration:`. Nil for a remote item with neither, and for a file whose header gives
    /// no length (media-file reports an unreadable one).
    func knownDuration(of media: MediaRef) -> KnownDuration? {
        if let fileNode = media.fileNode, case .success(let info)? = MediaProbe.result(for: media, specPath: file.path),
           let seconds = info.durationSeconds, seconds.isFinite, seconds > 0 {
            return KnownDuration(seconds: seconds, node: fileNode, file: media.file)
        }
        guard let node = media.durationNode, let seconds = media.declaredSeconds, seconds.isFinite, seconds > 0 else { return nil }
        return KnownDuration(seconds: seconds, node: node, file: nil)
    }
}

/// "15", "7.5": seconds as people write them.
func formatSeconds(_ seconds: Double) -> String {
    if seconds == seconds.rounded(), abs(seconds) < 1e12 { return String(Int(seconds)) }
    return String((seconds * 100).rounded() / 100)
}
