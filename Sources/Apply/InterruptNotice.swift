#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// On Ctrl-C during apply or status, says that nothing is lost before exiting. The state
/// is written after every change, so there is nothing to flush: the handler only writes a
/// fixed message and exits (both async-signal-safe).
enum InterruptNotice {
    static func install() {
        let previous = signal(SIGINT) { _ in
            let message = "\ninterrupted: submitted tasks are recorded in .seedance/state.json; `seedance status --wait` resumes waiting and downloading\n"
            message.withCString { _ = write(2, $0, strlen($0)) }
            _exit(130)
        }
        // A SIGINT ignored by whoever started us (nohup, a background job) stays ignored.
        if unsafeBitCast(previous, to: Int.self) == 1 /* SIG_IGN */ { signal(SIGINT, previous) }
    }
}
