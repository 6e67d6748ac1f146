#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fresh folder under /tmp for one test, with helpers to lay files into it; removed
/// when the value is released.
final class TemporaryFolder {
    let path: String

    init(_ label: String = "seedance-test") {
        var template = Array("/tmp/\(label)-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { fatalError("mkdtemp: \(String(cString: strerror(errno)))") }
        path = String(cString: made)
    }

    deinit {
        _ = Run.program("/bin/rm", ["-rf", path])
    }

    /// Writes `contents` at `relative` (folders created as needed); returns the full path.
    @discardableResult
    func write(_ relative: String, _ contents: String) -> String {
        write(relative, bytes: Array(contents.utf8))
    }

    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) -> String {
        let full = path + "/" + relative
        makeFolders(for: relative)
        guard let file = fopen(full, "wb") else { fatalError("fopen \(full): \(String(cString: strerror(errno)))") }
        if !bytes.isEmpty { _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) } }
        fclose(file)
        return full
    }

    /// Creates a folder (and its parents) inside this one.
    @discardableResult
    func folder(_ relative: String) -> String {
        makeFolders(for: relative + "/x")
        return path + "/" + relative
    }

    /// The bytes of a file inside this folder, or nil when it cannot be read.
    func read(_ relative: String) -> String? {
        guard let file = fopen(path + "/" + relative, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n <= 0 { break }
            bytes += chunk[..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The names in a folder inside this one, sorted (hidden entries included).
    func list(_ relative: String = ".") -> [String] {
        guard let dir = opendir(path + "/" + relative) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    private func makeFolders(for relative: String) {
        var current = path
        for part in relative.split(separator: "/").dropLast() {
            current += "/" + part
            mkdir(current, 0o755)
        }
    }
}
