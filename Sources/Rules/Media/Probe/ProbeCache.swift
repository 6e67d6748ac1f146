#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Probe results per resolved path, for the whole process: several rules ask about the
/// same file (format, size, duration, totals), and files are linted in parallel. An entry
/// is used only while the file's identity, size and modification time are unchanged, so a
/// long-lived process never sees a stale header.
final class ProbeCache: @unchecked Sendable {
    static let shared = ProbeCache()
    /// Beyond this many files the cache starts over rather than grow without bound.
    static let capacity = 4096

    private struct Stamp: Equatable {
        let device: UInt64
        let inode: UInt64
        let size: Int64
        let seconds: Int
        let nanoseconds: Int
    }

    private struct Entry {
        let stamp: Stamp
        let result: Result<MediaInfo, ProbeFailure>
    }

    private let lock = PthreadLock()
    private var entries: [String: Entry] = [:]

    func result(for path: String) -> Result<MediaInfo, ProbeFailure> {
        var info = stat()
        // A failed stat is cheap to repeat, and not cached: the file may appear.
        guard stat(path, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        let stamp = ProbeCache.stamp(info)
        if let hit = lock.withLock({ entries[path] }), hit.stamp == stamp { return hit.result }
        // Two threads may probe the same new file at once; both get the same answer, and
        // reading outside the lock keeps other files' lookups from waiting on the disk.
        let result = MediaProbe.probe(path: path)
        lock.withLock {
            if entries.count >= ProbeCache.capacity { entries.removeAll() }
            entries[path] = Entry(stamp: stamp, result: result)
        }
        return result
    }

    private static func stamp(_ info: stat) -> Stamp {
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return Stamp(device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino),
                     size: Int64(info.st_size), seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec))
    }
}

/// A mutex from the C library: Synchronization's Mutex needs macOS 15, and this package
/// supports macOS 13.
final class PthreadLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}
