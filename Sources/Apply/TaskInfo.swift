import SeedanceEmitter

/// A task's status as the provider reports it. Unknown words are kept, not rejected:
/// the provider may add states (API.md).
public enum TaskStatus: Equatable, Sendable, CustomStringConvertible {
    case queued, processing, completed, failed
    case other(String)

    public init(_ text: String) {
        switch text {
        case "queued": self = .queued
        case "processing": self = .processing
        case "completed": self = .completed
        case "failed": self = .failed
        default: self = .other(text)
        }
    }

    public var description: String {
        switch self {
        case .queued: return "queued"
        case .processing: return "processing"
        case .completed: return "completed"
        case .failed: return "failed"
        case .other(let s): return s
        }
    }

    public var isFinal: Bool { self == .completed || self == .failed }
}

/// What the create and query endpoints answer, read leniently: unknown fields are
/// ignored, and only `id` and `status` are required.
public struct TaskInfo: Equatable, Sendable {
    public var id: String
    public var status: TaskStatus
    public var videoURL: String?
    public var error: String?
    public var actualDuration: Double?
    public var totalTokens: Int?

    public init(id: String, status: TaskStatus, videoURL: String? = nil, error: String? = nil,
                actualDuration: Double? = nil, totalTokens: Int? = nil) {
        self.id = id
        self.status = status
        self.videoURL = videoURL
        self.error = error
        self.actualDuration = actualDuration
        self.totalTokens = totalTokens
    }

    init?(json: JSONValue) {
        guard let id = json.string("id"), !id.isEmpty, let status = json.string("status") else { return nil }
        self.init(id: id, status: TaskStatus(status), videoURL: json.string("video_url"),
                  error: TaskInfo.errorText(json["error"]),
                  actualDuration: json["actualDuration"]?.doubleValue, totalTokens: json["totalTokens"]?.intValue)
    }

    /// The provider's `error`: a string, or an object with a message.
    static func errorText(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        if let s = value.stringValue { return s.isEmpty ? nil : s }
        for key in ["message", "msg", "error"] { if let s = value.string(key) { return s } }
        if case .object = value { return value.serialized() }
        return nil
    }
}

/// The message of an error answer: JSON `error`, `message` or `msg`, else the first
/// bytes of the text; control characters flattened, the key removed.
func errorMessage(of response: HTTPResponse, key: APIKey) -> String {
    var text: String
    if let json = JSONReading.parse(response.body), let message = TaskInfo.errorText(json["error"]) ?? json.string("message") ?? json.string("msg") {
        text = message
    } else {
        text = String(decoding: response.body.prefix(200), as: UTF8.self)
    }
    text = String(text.unicodeScalars.map { $0.value < 0x20 ? " " : Character($0) }).trimmingWhitespace()
    if text.count > 300 { text = String(text.prefix(300)) + "…" }
    return key.redact(text.isEmpty ? "(no message)" : text)
}
