/// Waits for submitted tasks: queries each at the poll interval until it ends, then
/// downloads its video at once (the URL is valid for one day only). Every change goes
/// to the state as it happens, so an interrupted wait loses nothing: `status --wait`
/// or `apply --wait` picks up the same task ids.
struct Poller: Sendable {
    let client: APIClient
    let store: StateStore
    let downloader: Downloader
    let progress: Progress
    let console: Console
    let report: RunReport
    var pollInterval: Double
    /// Seconds for the whole wait; nil waits as long as it takes.
    var timeout: Double?
    /// Query failures in a row after which one task is given up (for this run).
    var failureLimit = 5

    /// Whether a record still needs the network: a task not ended, or a video not saved.
    static func needsWork(_ record: ShotRecord, store: StateStore) -> Bool {
        guard record.phase == .submitted, record.taskID != nil else { return false }
        switch record.taskStatus {
        case .failed?: return false
        case .completed?: return !isSaved(record, store: store)
        default: return true
        }
    }

    static func isSaved(_ record: ShotRecord, store: StateStore) -> Bool {
        guard let sha = record.sha256 else { return false }
        return FileIO.sha256(of: store.resolve(record.output)) == sha
    }

    func wait(for keys: [(spec: String, name: String)]) {
        let start = SystemClock.monotonic()
        var pending = keys.filter { key in store.record(spec: key.spec, name: key.name).map { Poller.needsWork($0, store: store) } ?? false }
        var failures: [String: Int] = [:]
        var reportedStatuses: Set<String> = []
        while !pending.isEmpty && !report.stopped {
            var stillPending: [(spec: String, name: String)] = []
            for key in pending {
                guard let record = store.record(spec: key.spec, name: key.name), let id = record.taskID else { continue }
                switch client.query(id: id) {
                case .success(let task):
                    failures[id] = 0
                    if handle(task, of: record, reported: &reportedStatuses) { stillPending.append(key) }
                case .failure(.unauthorized(let message)):
                    console.err("error: \(message)")
                    report.stop()
                    return
                case .failure(.notFound(let message)):
                    progress.note("\(record.name): \(message)")
                    report.problem()
                case .failure(.failed(let message)):
                    failures[id, default: 0] += 1
                    if failures[id]! >= failureLimit {
                        progress.note("\(record.name): giving up for now after \(failureLimit) failed queries: \(message); `seedance status --wait` resumes")
                        report.problem()
                    } else {
                        progress.note("\(record.name): \(message); will query again")
                        stillPending.append(key)
                    }
                }
                if report.stopped { return }
            }
            pending = stillPending
            if pending.isEmpty { break }
            if let timeout, SystemClock.monotonic() - start + pollInterval > timeout {
                let names = pending.map(\.name).joined(separator: ", ")
                progress.note("timed out after \(formatSeconds(timeout)) with \(pending.count) task(s) still running (\(names)); they go on at the provider: `seedance status --wait` resumes")
                report.problem()
                break
            }
            sleepRedrawing(pollInterval, pending: pending)
        }
        progress.finish()
    }

    /// Records a query's answer; returns whether the task needs more polling.
    private func handle(_ task: TaskInfo, of record: ShotRecord, reported: inout Set<String>) -> Bool {
        let now = SystemClock.now()
        let saved = try? store.update(spec: record.spec, name: record.name) { $0?.take(task, at: now) }
        if saved == nil {
            console.err("error: could not save the state (task \(task.id) is \(task.status))")
            report.stop()
            return false
        }
        let elapsed = record.submittedAt.flatMap(SystemClock.parseISO8601).map { now - $0 }
        switch task.status {
        case .completed:
            guard let url = task.videoURL else {
                progress.update(task: record.name, status: "completed", elapsed: elapsed, detail: "but without a video_url")
                report.problem()
                return false
            }
            progress.update(task: record.name, status: "completed", elapsed: elapsed, detail: "downloading")
            download(url: url, for: record, elapsed: elapsed)
            return false
        case .failed:
            progress.update(task: record.name, status: "failed", elapsed: elapsed, detail: "— \(task.error ?? "the provider gave no reason")")
            report.taskFailed()
            return false
        case .other(let word):
            if reported.insert(word).inserted {
                progress.note("\(record.name): the provider reports status \"\(word)\", unknown to seedance; still waiting")
            }
            progress.update(task: record.name, status: word, elapsed: elapsed)
            return true
        default:
            progress.update(task: record.name, status: task.status.description, elapsed: elapsed)
            return true
        }
    }

    private func download(url: String, for record: ShotRecord, elapsed: Double?) {
        let path = store.resolve(record.output)
        switch downloader.download(url: url, to: path) {
        case .success(let sha):
            let saved = try? store.update(spec: record.spec, name: record.name) { r in
                r?.sha256 = sha
                r?.downloadedAt = SystemClock.iso8601(SystemClock.now())
            }
            if saved == nil { console.err("error: could not save the state after downloading \(record.output)"); report.stop() }
            progress.update(task: record.name, status: "completed", elapsed: elapsed, detail: "saved \(record.output)")
        case .failure(let problem):
            progress.update(task: record.name, status: "completed", elapsed: elapsed, detail: "download failed")
            progress.note("\(record.name): could not download the video: \(problem); `seedance status --wait` tries again")
            report.problem()
        }
    }

    /// Sleeps the poll interval; on a terminal, refreshes the elapsed times each second.
    private func sleepRedrawing(_ seconds: Double, pending: [(spec: String, name: String)]) {
        var left = seconds
        while left > 0 {
            let step = progress.isLive ? min(1, left) : left
            SystemClock.sleep(step)
            left -= step
            if progress.isLive && left > 0 {
                for key in pending {
                    guard let r = store.record(spec: key.spec, name: key.name) else { continue }
                    let elapsed = r.submittedAt.flatMap(SystemClock.parseISO8601).map { SystemClock.now() - $0 }
                    progress.update(task: r.name, status: r.status ?? "submitted", elapsed: elapsed)
                }
            }
        }
    }
}
