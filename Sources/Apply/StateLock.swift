#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on a state folder, so that two applies never race on one state.
/// flock(2) is released by the kernel when the process dies, so a crash can't leave a
/// stale lock; the file's text (pid and time) says who holds it.
public final class StateLock {
    private let fd: Int32
    public let path: String

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    public static func acquire(folder: String, command: String) throws(ApplyError) -> StateLock {
        if let problem = FileIO.makeFolders(folder) { throw .state(problem) }
        let path = folder + "/lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .state("cannot open \(path): \(FileIO.lastError())") }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let holder = FileIO.readFile(path).map { String(decoding: $0, as: UTF8.self).trimmingWhitespace() } ?? ""
            close(fd)
            throw .state("the state is locked by another seedance process (\(holder.isEmpty ? "unknown holder" : holder)); wait for it to finish")
        }
        let note = "pid \(getpid()) (\(command)) since \(SystemClock.iso8601(SystemClock.now()))\n"
        _ = ftruncate(fd, 0)
        _ = pwrite(fd, note, note.utf8.count, 0)
        return StateLock(fd: fd, path: path)
    }

    /// Releases the lock (also done by the kernel at exit).
    public func release() {
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }
}
