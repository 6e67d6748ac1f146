import SeedanceEmitter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations apply needs, on plain POSIX calls.
enum FileIO {
    static func readFile(_ path: String, limit: Int = 64 << 20) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { return out }
            out.append(contentsOf: chunk[0..<n])
            if out.count > limit { return nil }
        }
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            done += n
        }
        return true
    }

    /// Replaces `path` with `bytes` so that a reader sees the old file or the new one,
    /// never a mix, even after a crash: a temporary file beside it, fsync, rename, and
    /// fsync of the folder so the rename itself is durable.
    static func writeAtomically(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o644) -> String? {
        let temporary = "\(path).tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { return "cannot create \(temporary): \(lastError())" }
        guard writeAll(fd, bytes), fsync(fd) == 0 else {
            let message = lastError()
            close(fd)
            unlink(temporary)
            return "cannot write \(temporary): \(message)"
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let message = lastError()
            unlink(temporary)
            return "cannot rename \(temporary) to \(path): \(message)"
        }
        syncFolder(of: path)
        return nil
    }

    static func syncFolder(of path: String) {
        let fd = open(folder(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 { fsync(fd); close(fd) }
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// `mkdir -p`. Returns an error message, or nil.
    static func makeFolders(_ path: String) -> String? {
        if path.isEmpty || path == "." || path == "/" { return nil }
        var info = stat()
        if stat(path, &info) == 0 {
            return (info.st_mode & S_IFMT) == S_IFDIR ? nil : "\(path) exists and is not a folder"
        }
        if let problem = makeFolders(folder(of: path)) { return problem }
        if mkdir(path, 0o755) != 0 && errno != EEXIST { return "cannot create folder \(path): \(lastError())" }
        return nil
    }

    static func lastError() -> String { String(cString: strerror(errno)) }

    static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(cString: buffer)
    }

    /// An absolute, normalised path (`.` and `..` resolved textually).
    static func absolute(_ path: String, from base: String = currentDirectory()) -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// `path` relative to `root` when it lies below it, else the absolute path.
    static func relative(_ path: String, to root: String) -> String {
        let full = absolute(path)
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }
}

extension FileIO {
    /// SHA-256 of a file's bytes, read in chunks; nil if it can't be read.
    static func sha256(of path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var hash = SHA256()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { return hash.finalizeHex() }
            hash.update(chunk[0..<n])
        }
    }
}
