#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's content atomically: a temporary file in the same folder, written,
/// synced, given the original's permissions, then renamed over it. A reader sees the old
/// file or the new one, never half of one; a crash leaves the original intact.
public enum AtomicFile {
    /// Writes `bytes` over `path` (a symbolic link's target, not the link); nil on
    /// success, else why it failed.
    public static func replace(_ path: String, with bytes: [UInt8]) -> String? {
        guard let resolved = realpath(path, nil) else { return errorText() }
        let target = String(cString: resolved)
        free(resolved)
        var info = stat()
        guard stat(target, &info) == 0 else { return errorText() }
        let name = target.split(separator: "/").last.map(String.init) ?? "file"
        var template = Array((PathMath.join(PathMath.folder(of: target), ".\(name).seedance-XXXXXX")).utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return errorText() }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: String?
        if !bytes.withUnsafeBytes({ FileSystem.writeAll(fd, $0) }) || fsync(fd) != 0 || fchmod(fd, info.st_mode & 0o7777) != 0 {
            failure = errorText()
        }
        if close(fd) != 0, failure == nil { failure = errorText() }
        if failure == nil, rename(temporary, target) != 0 { failure = errorText() }
        if failure != nil { unlink(temporary) }
        return failure
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
