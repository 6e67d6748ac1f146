import SeedanceSpec

/// A media format as read from a file's bytes (SPEC.md section 4: "With a `file`, the
/// format is read from the file's bytes, not its name"). The raw values are the names
/// `schema/seedance-api.yaml` lists under `formats:`.
public enum MediaFormat: String, Sendable, CaseIterable {
    case jpeg, png, webp, bmp, tiff, gif
    case mp4, mov
    case wav, mp3

    public var kind: MediaKind {
        switch self {
        case .jpeg, .png, .webp, .bmp, .tiff, .gif: return .image
        case .mp4, .mov: return .video
        case .wav, .mp3: return .audio
        }
    }

    /// How a message names the format: "a PNG image", "an MP4 video".
    public var phrase: String {
        let name = self == .mov ? "QuickTime (MOV)" : self == .webp ? "WebP" : rawValue.uppercased()
        let article = [.mp4, .mp3].contains(self) ? "an" : "a"
        return "\(article) \(name) \(kind == .audio ? "audio file" : kind.rawValue)"
    }
}

/// What a file's header says about the media in it.
public struct MediaInfo: Sendable, Equatable {
    public var format: MediaFormat
    /// Pixel size: of the image, or of the video track as displayed (a 90° rotation in the
    /// track header swaps them). Nil for audio, and for a movie with no video track.
    public var width: Int?
    public var height: Int?
    /// Nil for images, and when the header does not say.
    public var durationSeconds: Double?
    /// The file's size in bytes.
    public var byteSize: Int

    public init(format: MediaFormat, width: Int? = nil, height: Int? = nil, durationSeconds: Double? = nil,
                byteSize: Int) {
        self.format = format
        self.width = width
        self.height = height
        self.durationSeconds = durationSeconds
        self.byteSize = byteSize
    }
}

/// Why a file could not be probed. Every broken file ends here, never in a crash.
public enum ProbeFailure: Error, Sendable, Equatable {
    /// open(2) or stat(2) failed; the text is strerror's.
    case unreadable(String)
    /// A folder, a device, a pipe: something that is not a regular file.
    case notRegularFile
    case empty
    /// The bytes start like none of the formats seedance knows.
    case unrecognized
    /// The bytes start like `format` but its header is broken or cut short.
    case malformed(MediaFormat, String)
}

/// A header reader's verdict before the file's size is added: the parts of `MediaInfo`
/// the header gives.
struct HeaderFacts {
    var format: MediaFormat
    var width: Int?
    var height: Int?
    var durationSeconds: Double?
}
