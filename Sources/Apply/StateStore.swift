#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SeedanceEmitter

/// `.seedance/state.json`: every shot's last submission. Each change is written to disk
/// at once (atomically), so an interrupted run loses nothing. Shared between the
/// submitting and polling threads; a mutex guards the records and the file.
public final class StateStore: @unchecked Sendable {
    public static let version = 1

    /// The folder the state belongs to (where `.seedance` lives); paths in records are
    /// relative to it.
    public let root: String
    public var folder: String { root + "/.seedance" }
    public var path: String { folder + "/state.json" }

    private var records: [ShotRecord]
    private var mutex = pthread_mutex_t()

    /// Reads the state of `root` (an empty state when there is none yet). A state file
    /// that can't be read is an error, never silently replaced: it may be the only
    /// record of paid tasks.
    public init(root: String) throws(ApplyError) {
        self.root = root
        records = []
        pthread_mutex_init(&mutex, nil)
        let file = root + "/.seedance/state.json"
        guard FileIO.exists(file) else { return }
        guard let bytes = FileIO.readFile(file) else { throw .state("cannot read \(file): \(FileIO.lastError())") }
        guard let json = JSONReading.parse(bytes, name: file), case .array(let items)? = json["shots"] else {
            throw .state("\(file) is not a seedance state file (fix or move it; it may list paid tasks)")
        }
        if let version = json["version"]?.intValue, version > StateStore.version {
            throw .state("\(file) was written by a newer seedance (state version \(version))")
        }
        for item in items {
            guard let record = ShotRecord(json: item) else { throw .state("\(file) has an unreadable shot entry: \(item.serialized())") }
            records.append(record)
        }
    }

    deinit { pthread_mutex_destroy(&mutex) }

    /// The folder a state belongs to: the nearest folder from `start` upwards holding a
    /// `.seedance.yaml` (the config), else `start` itself.
    public static func locateRoot(from given: String? = nil) -> String {
        let start = given ?? FileIO.currentDirectory()
        var folder = FileIO.absolute(start)
        while true {
            if FileIO.exists(folder + "/.seedance.yaml") { return folder }
            if folder == "/" { return FileIO.absolute(start) }
            folder = FileIO.folder(of: folder)
        }
    }

    /// A path as the state stores it: relative to `root`.
    public func relative(_ path: String) -> String { FileIO.relative(path, to: root) }

    /// A stored path as the current folder reaches it.
    public func resolve(_ stored: String) -> String { stored.hasPrefix("/") ? stored : root + "/" + stored }

    public var all: [ShotRecord] { locked { records } }

    public func record(spec: String, name: String) -> ShotRecord? {
        let key = ShotRecord.key(spec: spec, name: name)
        return locked { records.first(where: { $0.key == key }) }
    }

    /// Changes (or adds) the record and writes the file before returning. Throws when
    /// the file can't be written: the caller must not send a create it can't record.
    @discardableResult
    public func update(spec: String, name: String, _ change: (inout ShotRecord?) -> Void) throws(ApplyError) -> ShotRecord? {
        let key = ShotRecord.key(spec: spec, name: name)
        return try lockedThrowing { () throws(ApplyError) -> ShotRecord? in
            let index = records.firstIndex(where: { $0.key == key })
            var record = index.map { records[$0] }
            change(&record)
            switch (index, record) {
            case (let i?, let r?): records[i] = r
            case (let i?, nil): records.remove(at: i)
            case (nil, let r?): records.append(r)
            case (nil, nil): break
            }
            try save()
            return record
        }
    }

    private func save() throws(ApplyError) {
        let sorted = records.sorted { ($0.spec, $0.name) < ($1.spec, $1.name) }
        let json = JSONValue.object([("version", .int(StateStore.version)), ("shots", .array(sorted.map(\.json)))])
        if let problem = FileIO.makeFolders(folder) { throw .state(problem) }
        if let problem = FileIO.writeAtomically(path, Array((json.serialized(pretty: true) + "\n").utf8)) {
            throw .state("could not save the state: \(problem)")
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }

    private func lockedThrowing<T>(_ body: () throws(ApplyError) -> T) throws(ApplyError) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}
