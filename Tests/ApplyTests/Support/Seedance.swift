#if canImport(Glibc)
import Glibc
#endif
@testable import SeedanceApply
import SeedanceEmitter

/// The built `seedance` executable, run as a user would: its own process, a folder of
/// specs as its current folder, and only the environment the test gives it.
struct SeedanceRun {
    var code: Int32
    var stdout: String
    var stderr: String
    var all: String { stdout + stderr }
}

final class Workspace: @unchecked Sendable {
    let path: String
    let server: FakeProvider

    init(server: FakeProvider) throws {
        self.server = server
        var template = Array("/tmp/seedance-apply-test-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw TestFailure("mkdtemp failed") }
        path = String(cString: made)
    }

    deinit { _ = system("rm -rf '\(path)'") }

    func write(_ name: String, _ text: String) {
        _ = FileIO.makeFolders(FileIO.folder(of: path + "/" + name))
        _ = FileIO.writeAtomically(path + "/" + name, Array(text.utf8))
    }

    func read(_ name: String) -> String? { FileIO.readFile(path + "/" + name).map { String(decoding: $0, as: UTF8.self) } }

    var environment: [String: String] {
        ["PATH": "/usr/bin:/bin", "SEEDANCE_BASE_URL": server.baseURL, "SEEDANCE_API_KEY": FakeProvider.key, "NO_COLOR": "1"]
    }

    static var binary: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let exe = n > 0 ? String(cString: buffer) : ""
        return FileIO.folder(of: exe) + "/seedance"
    }

    /// Starts seedance in `folder` of the workspace (its top by default); returns its pid
    /// and the files its output goes to.
    func spawn(_ arguments: [String], environment: [String: String]? = nil, in folder: String = ".") throws -> (pid: pid_t, out: String, err: String) {
        let out = path + "/.out-\(UInt32.random(in: 0...UInt32.max))", err = out + ".err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let env = (environment ?? self.environment).map { "\($0.key)=\($0.value)" }
        // Signals the test runner ignores would stay ignored in the child: reset them.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let binary = Workspace.binary
        guard FileIO.exists(binary) else { throw TestFailure("no seedance binary at \(binary): run `swift build` first") }
        // The shell only changes folder and then becomes seedance (exec): the pid is seedance's.
        let argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", path + "/" + folder, binary] + arguments
        let rc = withCStrings(argv) { argv in
            withCStrings(env) { envp in
                posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, UnsafeMutablePointer(mutating: envp))
            }
        }
        guard rc == 0 else { throw TestFailure("posix_spawn failed: \(rc)") }
        return (pid, out, err)
    }

    func finish(_ started: (pid: pid_t, out: String, err: String)) -> SeedanceRun {
        // Bounded: a run that hangs is killed after 60 s (and the test then fails).
        var status: Int32 = 0
        let deadline = SystemClock.monotonic() + 60
        while waitpid(started.pid, &status, WNOHANG) == 0 {
            if SystemClock.monotonic() > deadline { kill(started.pid, SIGKILL) }
            SystemClock.sleep(0.01)
        }
        let code: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let text = { (p: String) in FileIO.readFile(p).map { String(decoding: $0, as: UTF8.self) } ?? "" }
        defer { unlink(started.out); unlink(started.err) }
        return SeedanceRun(code: code, stdout: text(started.out), stderr: text(started.err))
    }

    func run(_ arguments: [String], environment: [String: String]? = nil, in folder: String = ".") throws -> SeedanceRun {
        finish(try spawn(arguments, environment: environment, in: folder))
    }

    /// The state file as records.
    func state() throws -> [ShotRecord] { try StateStore(root: path).all }

    /// The names in a folder of the workspace, hidden ones included, sorted.
    func files(in folder: String) -> [String] {
        guard let dir = opendir(path + "/" + folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Every file under the workspace, concatenated (to prove the key is in none).
    func everything() -> String {
        var text = ""
        let pipe = popen("find '\(path)' -type f", "r")
        var line = [CChar](repeating: 0, count: 4096)
        while let pipe, fgets(&line, Int32(line.count), pipe) != nil {
            let file = String(cString: line).trimmingWhitespace()
            text += FileIO.readFile(file).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
        if let pipe { pclose(pipe) }
        return text
    }
}

func shotYAML(name: String, prompt: String, duration: Int = 5) -> String {
    """
    name: \(name)
    model: seedance_2_0_pro
    prompt: \(prompt)
    duration: \(duration)
    aspect_ratio: "16:9"

    """
}
