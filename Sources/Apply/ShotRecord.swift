import SeedanceEmitter

/// What the state file remembers about one shot: its last submission (CLI.md, "apply
/// and its state"). Identity is the spec path (relative to the state's folder) and name.
public struct ShotRecord: Equatable, Sendable {
    /// The record's own lifecycle, beside the provider's task status.
    public enum Phase: String, Sendable {
        /// The intent was written and the create sent; no answer recorded yet. Found by
        /// a later run, it means the process died mid-request: the outcome is unknown.
        case submitting
        /// The create was sent and its answer lost or ambiguous: a task may exist.
        case unknown
        /// The provider accepted the create; `status` is the task's status.
        case submitted
    }

    public var spec: String
    public var name: String
    public var requestHash: String
    public var phase: Phase
    public var taskID: String?
    /// The provider's task status as last seen (`queued`, ..., or a word it added).
    public var status: String?
    public var submittedAt: String?
    public var updatedAt: String?
    public var finishedAt: String?
    public var videoURL: String?
    public var error: String?
    /// Where the video goes, relative to the state's folder.
    public var output: String
    public var sha256: String?
    public var downloadedAt: String?

    public init(spec: String, name: String, requestHash: String, phase: Phase, output: String) {
        self.spec = spec
        self.name = name
        self.requestHash = requestHash
        self.phase = phase
        self.output = output
    }

    public var key: String { ShotRecord.key(spec: spec, name: name) }
    static func key(spec: String, name: String) -> String { spec + "\u{0}" + name }

    public var taskStatus: TaskStatus? { status.map(TaskStatus.init) }
    public var isUnknown: Bool { phase != .submitted }
    public var isDownloaded: Bool { sha256 != nil }

    /// Takes in a query's answer.
    mutating func take(_ task: TaskInfo, at now: Double) {
        let time = SystemClock.iso8601(now)
        status = task.status.description
        updatedAt = time
        if let url = task.videoURL { videoURL = url }
        error = task.error
        if task.status.isFinal && finishedAt == nil { finishedAt = time }
    }

    var json: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("spec", .string(spec)), ("name", .string(name)), ("requestHash", .string(requestHash)),
            ("phase", .string(phase.rawValue)),
        ]
        func add(_ key: String, _ value: String?) { if let value { pairs.append((key, .string(value))) } }
        add("taskId", taskID); add("status", status); add("submittedAt", submittedAt); add("updatedAt", updatedAt)
        add("finishedAt", finishedAt); add("videoUrl", videoURL); add("error", error)
        pairs.append(("output", .string(output)))
        add("sha256", sha256); add("downloadedAt", downloadedAt)
        return .object(pairs)
    }

    init?(json: JSONValue) {
        guard let spec = json.string("spec"), let name = json.string("name"), let hash = json.string("requestHash"),
              let phase = json.string("phase").flatMap(Phase.init(rawValue:)), let output = json.string("output") else { return nil }
        self.init(spec: spec, name: name, requestHash: hash, phase: phase, output: output)
        taskID = json.string("taskId"); status = json.string("status"); submittedAt = json.string("submittedAt")
        updatedAt = json.string("updatedAt"); finishedAt = json.string("finishedAt"); videoURL = json.string("videoUrl")
        error = json.string("error"); sha256 = json.string("sha256"); downloadedAt = json.string("downloadedAt")
    }
}
