#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What went wrong during one run, counted across threads, turned into the exit code
/// of CLI.md: 2 when the tool could not do its job (network, API, unknown outcome,
/// download, state), else 3 when a task failed, else 0.
final class RunReport: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var _problems = 0
    private var _failedTasks = 0
    private var _stopped = false

    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }

    /// Something the tool could not do (exit 2).
    func problem() { locked { _problems += 1 } }
    func taskFailed() { locked { _failedTasks += 1 } }
    /// Nothing more should be sent (the key was refused, the state can't be written).
    func stop() { locked { _problems += 1; _stopped = true } }

    var problems: Int { locked { _problems } }
    var failedTasks: Int { locked { _failedTasks } }
    var stopped: Bool { locked { _stopped } }

    var exitCode: Int32 {
        if problems > 0 { return 2 }
        if failedTasks > 0 { return 3 }
        return 0
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}
