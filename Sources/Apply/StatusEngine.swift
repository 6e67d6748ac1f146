/// `seedance status [PATH...]`: the recorded tasks, refreshed from the API; with
/// `--wait`, resumes waiting and downloading where an interrupted run stopped.
public enum StatusEngine {
    public static func status(paths: [String], options: ApplyOptions, console: Console) -> Int32 {
        let session: Session
        do { session = try Session.open(options: options, command: "status") } catch {
            console.err("seedance: error: \(error.message)")
            return 2
        }
        defer { session.lock.release() }
        let store = session.store
        InterruptNotice.install()
        let prefixes = paths.map { store.relative($0) }
        let records = store.all.filter { record in
            prefixes.isEmpty || prefixes.contains { record.spec == $0 || record.spec.hasPrefix($0 + "/") || $0 == "." || $0 == FileIO.absolute(store.root) }
        }
        if records.isEmpty {
            console.out(paths.isEmpty ? "No submitted shots in \(store.path)." : "No submitted shots for \(paths.joined(separator: " ")).")
            return 0
        }
        let report = RunReport()
        let active = records.filter { $0.phase == .submitted && $0.taskID != nil && !($0.taskStatus?.isFinal ?? false) }
        let needsClient = !active.isEmpty || (options.wait && records.contains { Poller.needsWork($0, store: store) })
        var client: APIClient?
        if needsClient {
            switch session.makeClient() {
            case .success(let c): client = c
            case .failure(let error):
                console.err("seedance: error: \(error.message) (showing the recorded state only)")
                report.problem()
            }
        }
        if let client {
            if options.wait {
                session.poller(client: client, console: console, report: report)
                    .wait(for: records.map { (spec: $0.spec, name: $0.name) })
            } else {
                refresh(active, client: client, store: store, console: console, report: report)
            }
        }
        for record in records {
            let current = store.record(spec: record.spec, name: record.name) ?? record
            console.out(line(for: current, store: store))
        }
        return summarize(records.compactMap { store.record(spec: $0.spec, name: $0.name) }, store: store, report: report, console: console)
    }

    /// One query per unfinished task, its answer saved.
    static func refresh(_ records: [ShotRecord], client: APIClient, store: StateStore, console: Console, report: RunReport) {
        for record in records {
            guard let id = record.taskID else { continue }
            switch client.query(id: id) {
            case .success(let task):
                do {
                    try store.update(spec: record.spec, name: record.name) { $0?.take(task, at: SystemClock.now()) }
                } catch {
                    console.err("seedance: error: \(error.message)")
                    report.stop()
                    return
                }
                if case .other(let word) = task.status {
                    console.err("\(record.name): the provider reports status \"\(word)\", unknown to seedance")
                }
            case .failure(let failure):
                console.err("\(record.name): \(failure.message)")
                report.problem()
                if case .unauthorized = failure { return }
            }
        }
    }

    static func line(for record: ShotRecord, store: StateStore) -> String {
        var state: String
        switch record.phase {
        case .submitting, .unknown:
            state = "unknown (create sent \(record.submittedAt ?? "?"), outcome not known; `seedance apply --force` submits again)"
        case .submitted:
            state = record.status ?? "submitted"
            if record.taskStatus == .completed {
                state += Poller.isSaved(record, store: store) ? ", saved \(record.output) (sha256 \(record.sha256!.prefix(16))…)" : ", not downloaded (`seedance status --wait`)"
            }
            if record.taskStatus == .failed { state += ": \(record.error ?? "no reason given")" }
        }
        return "\(record.spec) \(record.name) \(record.taskID ?? "-") \(state)"
    }

    static func summarize(_ records: [ShotRecord], store: StateStore, report: RunReport, console: Console) -> Int32 {
        if records.contains(where: \.isUnknown) { report.problem() }
        if records.contains(where: { $0.taskStatus == .failed }) && report.failedTasks == 0 { report.taskFailed() }
        return report.exitCode
    }
}
