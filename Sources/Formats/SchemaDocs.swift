import SeedanceSpec

/// The hover texts of the JSON Schema: what each key means, from SPEC.md. Kept apart from
/// the generator so that the structure stays readable.
enum SchemaDocs {
    static let document = """
        A seedance spec document: a shot (the fields of one Seedance 2.0 create-task request, \
        plus name, description and output) or a storyboard (shots sharing defaults). \
        `seedance lint` checks much more than this schema can say: run it before you apply.
        """
    static let shot = "A shot: one video. Its task fields are exactly the API's create-task request body."
    static let storyboardShot = """
        A shot of the storyboard: the storyboard's `defaults:` with this shot's own fields laid over \
        them, key by key (a list replaces the default list; `null` removes the default).
        """
    static let storyboard = """
        A storyboard: shots that share `defaults:`. Task fields belong under `defaults:` or in a \
        shot, never at the top level.
        """
    static let shots = "The storyboard's shots (at least one). Each takes the fields of `defaults:` it does not set itself."
    static let shotsMakeStoryboard = "Makes this document a storyboard: a list of shots that share `defaults:`."
    static let defaults = """
        Task fields (and `description`) every shot of the storyboard starts from. `name` and \
        `output` are per shot, so they are not allowed here.
        """
    static let storyboardName = "The storyboard's own name, for people; shots do not inherit it."
    static let storyboardDescription = "The storyboard's own description; shots do not inherit it."
    static let nullUnsets = "A key with no value (null) counts as not set; in a storyboard shot it removes the value of `defaults:`."

    static let mediaURL = """
        A public `https://` URL (the API fetches the media itself, so never a local, private or \
        loopback address) or an asset ID `asset://<id>` from the provider's asset library.
        """
    static let mediaForms = "a URL string, or a mapping with `url` and optional `file`, `duration` and `faces`."
    static let mediaFile = """
        A local copy of the same media, relative to the spec file: the linter reads its header \
        and checks format, size, resolution and duration.
        """
    static let mediaDuration = "Seconds, declared for a remote video or audio with no `file`, so that the totals can be checked."
    static let faces = """
        The image shows faces or virtual avatars. The provider requires such images in its asset \
        library first, so `url` must then be `asset://`.
        """

    static func media(_ kind: MediaKind) -> String {
        switch kind {
        case .image: return "An image"
        case .video: return "A video"
        case .audio: return "An audio clip"
        }
    }

    /// What a key of a shot means (SPEC.md section 2).
    static func field(_ key: String) -> String {
        switch key {
        case "model": return "The Seedance 2.0 model (required)."
        case "prompt": return "What the video shows (required, not empty). Refer to references by position: `image 1`, `video 2`, `audio 1`."
        case "duration": return "Length of the video in whole seconds."
        case "aspect_ratio": return "Aspect ratio of the video; quote ratios (`\"16:9\"`): YAML 1.1 readers take 16:9 for the number 969."
        case "generateAudio": return "Generate a soundtrack with the video (`true` or `false`; `yes` and `no` are strings)."
        case "first_image": return "The video's first frame (needs a Pro model; excludes reference lists)."
        case "last_image": return "The video's last frame; only together with `first_image`."
        case "referenceImages": return "Reference images (multimodal reference scenario; excludes `first_image`/`last_image`)."
        case "referenceVideos": return "Reference videos, each 2–15 s, together at most 15 s, 480p or 720p (required by the non-Pro models)."
        case "referenceAudios": return "Reference audio clips (wav or mp3), each 2–15 s, together at most 15 s, each at most 15 MB."
        case "name": return "The shot's identity for `seedance apply`, unique in its file (default: the file's stem, or `<stem>-<n>`)."
        case "description": return "Free text for people; never sent to the API."
        case "output": return "Where `seedance apply --wait` saves the video, relative to the spec file (default `renders/<name>.mp4`)."
        default: return key
        }
    }
}
