#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SeedanceYAML

/// The few file-system calls linting needs, on POSIX directly: Foundation would cost
/// milliseconds of start-up on every run.
public enum FileSystem {
    public enum Kind { case file, directory, missing, other }

    public static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return .other
        }
    }

    public enum ReadResult {
        case bytes([UInt8])
        case tooLarge(Int)
        case failed(String)
    }

    /// Reads a whole file, refusing (without reading) one larger than `limit` bytes.
    public static func readFile(_ path: String, limit: Int = YAMLLimits.maxFileBytes) -> ReadResult {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failed(errorText()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failed(errorText()) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failed("is a directory") }
        let size = Int(info.st_size)
        if size > limit { return .tooLarge(size) }
        return readAll(fd, expected: size, limit: limit)
    }

    /// Reads a descriptor to its end (standard input included), up to `limit` bytes.
    public static func readAll(_ fd: Int32, expected: Int = 0, limit: Int = YAMLLimits.maxFileBytes) -> ReadResult {
        var bytes = [UInt8](repeating: 0, count: max(expected, 4096) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failed(errorText())
            }
            if n == 0 { break }
            count += n
            if count > limit { return .tooLarge(count) }
        }
        bytes.removeSubrange(count...)
        return .bytes(bytes)
    }

    /// Spec files below a folder: `*.yaml` and `*.yml`, hidden entries and `.build`
    /// skipped, sorted. Links to folders are followed, each folder once: a link back up
    /// the tree (`up -> ..`) would otherwise list its files again at every level, and two
    /// such links would double the walk at each level until ELOOP, a hang.
    public static func specFiles(under directory: String) -> [String] {
        var found: [String] = []
        var pending = [directory]
        var visited = Set<FolderIdentity>()
        while let dir = pending.popLast() {
            var info = stat()
            guard stat(dir, &info) == 0, visited.insert(FolderIdentity(info)).inserted else { continue }
            guard let handle = opendir(dir) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name.hasPrefix(".") { continue }
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                var type = entry.pointee.d_type
                if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                    switch kind(of: path) {
                    case .directory: type = UInt8(DT_DIR)
                    case .file: type = UInt8(DT_REG)
                    default: continue
                    }
                }
                if type == UInt8(DT_DIR) {
                    pending.append(path)
                } else if type == UInt8(DT_REG), isSpecFileName(name) {
                    found.append(path)
                }
            }
        }
        return found.sorted()
    }

    /// A folder as the kernel knows it, whatever path reached it.
    private struct FolderIdentity: Hashable {
        let device: UInt64
        let inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// Writes all of `bytes` to `fd`, resuming after interrupted or partial writes; false
    /// when the descriptor fails (a full disk, a closed pipe).
    @discardableResult
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    public static func errorText() -> String {
        String(cString: strerror(errno))
    }

    /// `*.yaml` and `*.yml`, in any case (`SHOT.YML` too).
    static func isSpecFileName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
    }
}
