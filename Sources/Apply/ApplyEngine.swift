import SeedanceEmitter

/// The settings of one apply or status run, as the commands parse them.
public struct ApplyOptions: Sendable {
    public var dryRun = false
    public var yes = false
    public var force = false
    public var wait = false
    public var pollInterval = 20.0
    public var timeout: Double?
    public var requestTimeout = 60.0
    public var baseURL: String?
    /// The config file's base URL, when a config sets one.
    public var configBaseURL: String?
    public var keyFile: String?
    public var environment: [String: String] = [:]
    public var concurrency = 2
    /// The folder whose `.seedance/` holds the state; found from the current folder when nil.
    public var stateRoot: String?

    public init() {}
}

/// `seedance apply`: plan, consent, submit, wait, download (CLI.md "apply and its
/// state"). The shots come linted and built; nothing here reads specs.
public enum ApplyEngine {
    public static func apply(shots: [BuiltShot], options: ApplyOptions, console: Console) -> Int32 {
        let session: Session
        do { session = try Session.open(options: options, command: "apply") } catch {
            console.err("seedance: error: \(error.message)")
            return 2
        }
        defer { session.lock.release() }
        let store = session.store

        InterruptNotice.install()
        let plan = Plan.make(shots: shots, store: store, force: options.force)
        if plan.entries.isEmpty {
            console.out("No shots to apply.")
            return 0
        }
        plan.render().forEach(console.out)
        if options.dryRun {
            console.out("Dry run: nothing was sent.")
            return 0
        }
        for entry in plan.unknown {
            console.err("\(entry.shot.specPath):\(entry.shot.span.start.line):\(entry.shot.span.start.column): error: \(entry.shot.name): the outcome of an earlier create is unknown; not resubmitted (`seedance apply --force` submits it again) [apply-unknown-outcome]")
        }

        let waitKeys = plan.entries.filter { $0.action != .unknown }.map { (spec: $0.spec, name: $0.shot.name) }
        let needsWait = options.wait && waitKeys.contains { key in store.record(spec: key.spec, name: key.name).map { Poller.needsWork($0, store: store) } ?? false }
        let toSubmit = plan.toSubmit
        if toSubmit.isEmpty && !needsWait {
            console.out(plan.unknown.isEmpty ? "Nothing to submit." : "Nothing submitted.")
            return finish(plan: plan, store: store, report: RunReport(), console: console)
        }
        // The key and the base URL are checked before consent: a user who typed `yes`
        // must not learn only then that nothing could be sent.
        let client: APIClient
        switch session.makeClient() {
        case .success(let c): client = c
        case .failure(let error):
            console.err("seedance: error: \(error.message)")
            return 2
        }
        if !toSubmit.isEmpty, let refusal = consent(count: toSubmit.count, options: options, console: console) {
            return refusal
        }
        let report = RunReport()
        Submitter(client: client, store: store, console: console, report: report, concurrency: options.concurrency).submit(toSubmit)

        if options.wait && !report.stopped {
            session.poller(client: client, console: console, report: report).wait(for: waitKeys)
        } else if !options.wait && toSubmit.count > 0 {
            console.out("Submitted. `seedance status --wait` (or `seedance apply --wait`) waits for the videos and downloads them.")
        }
        return finish(plan: plan, store: store, report: report, console: console)
    }

    /// Spending money needs consent: `--yes`, or a typed `yes` on a terminal.
    static func consent(count: Int, options: ApplyOptions, console: Console) -> Int32? {
        if options.yes { return nil }
        guard console.inputIsTerminal else {
            console.err("seedance: error: not submitting \(count) shot(s) without consent: no terminal to ask on; pass --yes to submit (each task is billed)")
            return 2
        }
        console.raw("\nSubmit \(count) shot(s) to the Seedance API? Each task is billed.\nOnly 'yes' will be accepted: ")
        let answer = console.readLine()?.trimmingWhitespace()
        guard answer == "yes" else {
            console.out("Apply cancelled: nothing was sent.")
            return 2
        }
        return nil
    }

    /// The closing summary and the exit code. Shots already in a failed or unknown state
    /// count too: a rerun must not report success while they stand.
    static func finish(plan: Plan, store: StateStore, report: RunReport, console: Console) -> Int32 {
        var downloaded = 0, failed = 0, unknown = 0, running = 0
        for entry in plan.entries {
            guard let record = store.record(spec: entry.spec, name: entry.shot.name) else { continue }
            if record.isUnknown { unknown += 1; continue }
            switch record.taskStatus {
            case .failed?: failed += 1
            case .completed? where Poller.isSaved(record, store: store): downloaded += 1
            default: running += 1
            }
        }
        console.out("Done: \(downloaded) downloaded, \(running) not finished or not downloaded, \(failed) failed, \(unknown) unknown.")
        if unknown > 0 { report.problem() }
        if failed > 0 && report.failedTasks == 0 { report.taskFailed() }
        return report.exitCode
    }
}

/// The state of one run: the lock, the store, and the API settings.
struct Session {
    let lock: StateLock
    let store: StateStore
    let options: ApplyOptions

    static func open(options: ApplyOptions, command: String) throws(ApplyError) -> Session {
        let root = options.stateRoot.map { FileIO.absolute($0) } ?? StateStore.locateRoot()
        let lock = try StateLock.acquire(folder: root + "/.seedance", command: command)
        do {
            return Session(lock: lock, store: try StateStore(root: root), options: options)
        } catch {
            lock.release()
            throw error
        }
    }

    func makeClient() -> Result<APIClient, ApplyError> {
        let endpoint: Endpoint
        do { endpoint = try Endpoint.resolve(flag: options.baseURL, environment: options.environment, config: options.configBaseURL) } catch {
            return .failure(error)
        }
        if let failure = CurlTransport.load() { return .failure(.usage(failure.message)) }
        return APIKey.load(keyFile: options.keyFile, environment: options.environment).map { key in
            APIClient(endpoint: endpoint, key: key, requestTimeout: options.requestTimeout)
        }
    }

    func poller(client: APIClient, console: Console, report: RunReport) -> Poller {
        var client = client
        let progress = Progress(console: console)
        client.onRetry = { progress.note($0) }
        return Poller(client: client, store: store,
                      downloader: Downloader(transport: CurlTransport(), stallTimeout: options.requestTimeout),
                      progress: progress, console: console, report: report,
                      pollInterval: options.pollInterval, timeout: options.timeout)
    }
}
