#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary folder for tests that need real files, and a way to run the built
/// `seedance` binary in it (for exit codes, standard streams and the current folder).
final class ScratchFolder {
    let path: String

    init() {
        var template = Array("/tmp/seedance-test-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(made != nil, "mkdtemp failed")
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit {
        _ = ScratchFolder.spawn(["/bin/rm", "-rf", path], in: "/", stdin: nil)
    }

    /// Writes a file (folders created), relative to the scratch folder.
    func write(_ relative: String, _ text: String, mode: mode_t = 0o644) {
        write(relative, bytes: Array(text.utf8), mode: mode)
    }

    func write(_ relative: String, bytes: [UInt8], mode: mode_t = 0o644) {
        let full = path + "/" + relative
        var folder = ""
        for part in relative.split(separator: "/").dropLast() {
            folder += (folder.isEmpty ? "" : "/") + part
            mkdir(path + "/" + folder, 0o755)
        }
        let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC, mode)
        precondition(fd >= 0, "cannot create \(full)")
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        fchmod(fd, mode)
        close(fd)
    }

    func read(_ relative: String) -> [UInt8] {
        let fd = open(path + "/" + relative, O_RDONLY)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            out += buffer[0..<n]
        }
        return out
    }

    func text(_ relative: String) -> String { String(decoding: read(relative), as: UTF8.self) }

    func mode(_ relative: String) -> mode_t {
        var info = stat()
        stat(path + "/" + relative, &info)
        return info.st_mode & 0o7777
    }

    /// Runs the built `seedance` with `arguments` in `folder` (relative to the scratch
    /// folder, "" for itself).
    func seedance(_ arguments: [String], in folder: String = "", stdin: String? = nil) -> RunResult {
        let dir = folder.isEmpty ? path : path + "/" + folder
        return ScratchFolder.spawn([ScratchFolder.binary] + arguments, in: dir, stdin: stdin.map { Array($0.utf8) })
    }

    struct RunResult {
        var status: Int32
        var out: String
        var err: String
    }

    /// The `seedance` executable built beside the test bundle.
    static let binary: String = {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let exe = String(decoding: buffer[0..<max(0, n)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let folder = exe.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return folder + "/seedance"
    }()

    /// Runs a program through `/bin/sh` (for `cd`) with its streams in temporary files.
    static func spawn(_ command: [String], in dir: String, stdin: [UInt8]?) -> RunResult {
        let scratch = "/tmp/seedance-run-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        let input = scratch + ".in", output = scratch + ".out", errors = scratch + ".err"
        let fd = open(input, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if let stdin { _ = stdin.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) } }
        close(fd)
        defer { unlink(input); unlink(output); unlink(errors) }
        let script = "cd \"$1\" && shift && exec \"$@\" <\"$0.in\" >\"$0.out\" 2>\"$0.err\""
        let argv = ["/bin/sh", "-c", script, scratch, dir] + command
        var pid: pid_t = 0
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &cArgs, environ) == 0 else {
            return RunResult(status: -1, out: "", err: "spawn failed")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        func slurp(_ p: String) -> String {
            let f = open(p, O_RDONLY)
            defer { close(f) }
            var out: [UInt8] = [], buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = buffer.withUnsafeMutableBytes { Glibc.read(f, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                out += buffer[0..<n]
            }
            return String(decoding: out, as: UTF8.self)
        }
        return RunResult(status: code, out: slurp(output), err: slurp(errors))
    }
}
