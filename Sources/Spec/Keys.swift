/// The keys of the spec language (SPEC.md sections 2-4).
public enum Keys {
    /// Task fields in the order of SPEC.md's table: the order `build` writes them.
    public static let taskFields = [
        "model", "prompt", "duration", "aspect_ratio", "generateAudio",
        "first_image", "last_image", "referenceImages", "referenceVideos", "referenceAudios",
    ]
    /// Fields of a shot that are never sent to the API.
    public static let specOnlyFields = ["name", "description", "output"]
    /// Every key a shot may have.
    public static let shotKeys = taskFields + specOnlyFields
    /// Keys a storyboard may have at its top level.
    public static let storyboardKeys = ["shots", "defaults", "name", "description"]
    /// Keys `defaults:` may have: task fields and `description`.
    public static let defaultsKeys = taskFields + ["description"]
    /// Keys of a media mapping.
    public static let mediaKeys = ["url", "file", "duration", "faces"]
    /// Task fields that take one image.
    public static let frameFields = ["first_image", "last_image"]
    /// Task fields that take a list of media.
    public static let referenceFields = ["referenceImages", "referenceVideos", "referenceAudios"]

    /// What kind of media a media-valued field holds.
    public static func mediaKind(ofField key: String) -> MediaKind? {
        switch key {
        case "first_image", "last_image", "referenceImages": return .image
        case "referenceVideos": return .video
        case "referenceAudios": return .audio
        default: return nil
        }
    }

    /// The reference list that holds a kind of media (what "image 2" in a prompt counts in).
    public static func referenceField(of kind: MediaKind) -> String {
        switch kind {
        case .image: return "referenceImages"
        case .video: return "referenceVideos"
        case .audio: return "referenceAudios"
        }
    }
}

public enum MediaKind: String, Sendable {
    case image, video, audio

    public var plural: String { rawValue + "s" }
}
