import Dispatch

/// Sends the creates of a plan, a few at a time. Around each create: first the intent
/// is written to the state (so a crash mid-request leaves an `unknown` record, never a
/// forgotten task), then the answer.
struct Submitter: Sendable {
    let client: APIClient
    let store: StateStore
    let console: Console
    let report: RunReport
    /// Small: the provider rate-limits, and a burst of paid creates helps nobody.
    var concurrency = 2

    func submit(_ entries: [Plan.Entry]) {
        let next = Counter()
        let workers = min(concurrency, entries.count)
        guard workers > 0 else { return }
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.take(below: entries.count) {
                if report.stopped {
                    console.err("\(entries[index].shot.name): not submitted (stopped after an earlier error)")
                    continue
                }
                submit(entries[index])
            }
        }
    }

    private func submit(_ entry: Plan.Entry) {
        let shot = entry.shot
        let name = shot.name
        do {
            try store.update(spec: entry.spec, name: name) { record in
                var intent = ShotRecord(spec: entry.spec, name: name, requestHash: shot.requestHash,
                                        phase: .submitting, output: store.relative(shot.outputPath))
                intent.submittedAt = SystemClock.iso8601(SystemClock.now())
                record = intent
            }
        } catch {
            console.err("error: \(error.message); nothing was sent for \(name)")
            report.stop()
            return
        }
        let outcome = client.create(body: shot.body)
        let now = SystemClock.iso8601(SystemClock.now())
        var restorePrevious = false
        switch outcome {
        case .created(let task):
            save(entry, fact: "the provider created task \(task.id) for \(name)") { record in
                record?.phase = .submitted
                record?.taskID = task.id
                record?.status = task.status.description
                record?.updatedAt = now
            }
            console.out("\(name): submitted as \(task.id) (\(task.status))")
        case .rejected(let status, let message):
            restorePrevious = true
            let at = shot.span.start
            console.err("\(shot.specPath):\(at.line):\(at.column): error: the provider rejected \(name) (HTTP \(status)): \(message) [api-rejected]")
            report.problem()
        case .unauthorized(let message):
            restorePrevious = true
            console.err("error: \(message)")
            report.stop()
        case .notCreated(let message):
            restorePrevious = true
            console.err("\(name): not submitted: \(message)")
            report.problem()
        case .unknown(let message):
            save(entry, fact: "the outcome of \(name)'s create is unknown") { record in
                record?.phase = .unknown
                record?.error = message
                record?.updatedAt = now
            }
            console.err("\(name): outcome unknown: \(message). A task may have been created (and billed); "
                + "seedance will not resend it. Check the provider's console; `seedance apply --force` submits again.")
            report.problem()
        }
        if restorePrevious {
            // Certainly not created: the shot is as it was before this run.
            save(entry, fact: "\(name) was not submitted") { record in record = entry.record }
        }
    }

    private func save(_ entry: Plan.Entry, fact: String, _ change: (inout ShotRecord?) -> Void) {
        do {
            try store.update(spec: entry.spec, name: entry.shot.name, change)
        } catch {
            console.err("error: \(error.message). Note: \(fact); the state could not record it.")
            report.stop()
        }
    }
}

/// Hands out 0, 1, 2, ... to worker threads.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let queue = DispatchQueue(label: "seedance.counter")

    func take(below limit: Int) -> Int? {
        queue.sync {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}
