#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a finished process gave: its exit status and everything it wrote.
struct ProcessResult: CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String

    var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// Runs the built `seedance` binary (or any program) with pipes, the way a shell or CI
/// would: arguments, standard input, environment and working folder under the test's
/// control, without Foundation.
enum Run {
    /// The `seedance` executable next to the test bundle in the build folder (`swift test`
    /// builds every target, the executable included). `SEEDANCE_BINARY` overrides it.
    static let seedanceBinary: String = {
        if let override = getenv("SEEDANCE_BINARY") { return String(cString: override) }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let exe = n > 0 ? String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : CommandLine.arguments[0]
        // .build/debug/seedancePackageTests.xctest (a file on Linux, a bundle on macOS).
        var folder = exe
        while let slash = folder.lastIndex(of: "/") {
            folder = String(folder[..<slash])
            if access(folder + "/seedance", X_OK) == 0 { return folder + "/seedance" }
            if folder.hasSuffix(".build") { break }
        }
        return "seedance"
    }()

    /// Runs `seedance ARGUMENTS`.
    static func seedance(_ arguments: [String], stdin: String = "", environment: [String: String] = [:],
                         in directory: String? = nil) -> ProcessResult {
        program(seedanceBinary, arguments, stdin: Array(stdin.utf8), environment: environment, in: directory)
    }

    /// Runs a program with `arguments`, feeding it `stdin`. The environment is the test's
    /// own with `NO_COLOR` and `TERM` removed (so output is the same on a terminal and in
    /// CI) and `environment` laid over it.
    static func program(_ path: String, _ arguments: [String], stdin: [UInt8] = [],
                        environment: [String: String] = [:], in directory: String? = nil) -> ProcessResult {
        var env: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let pair = String(cString: pointer)
            if let eq = pair.firstIndex(of: "=") { env[String(pair[..<eq])] = String(pair[pair.index(after: eq)...]) }
            entry += 1
        }
        env["NO_COLOR"] = nil
        env["TERM"] = nil
        for (k, v) in environment { env[k] = v }

        var inPipe: [Int32] = [0, 0], outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        precondition(pipe(&inPipe) == 0 && pipe(&outPipe) == 0 && pipe(&errPipe) == 0, "pipe failed")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for fd in inPipe + outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        // posix_spawn_file_actions_addchdir_np is not visible through Glibc's module:
        // `env -C DIR` changes folder and then executes the program.
        let command = directory.map { ["/usr/bin/env", "-C", $0, path] } ?? [path]
        let argv = (command + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        for fd in [inPipe[0], outPipe[1], errPipe[1]] { close(fd) }
        guard spawned == 0 else {
            for fd in [inPipe[1], outPipe[0], errPipe[0]] { close(fd) }
            return ProcessResult(status: -1, stdout: "", stderr: "posix_spawn \(path): \(String(cString: strerror(spawned)))")
        }

        // Write standard input and read both outputs at once, so that no pipe fills up
        // while the child blocks on another.
        var output: [UInt8] = [], errors: [UInt8] = []
        var pending = stdin[...]
        var open: [Int32: Bool] = [outPipe[0]: true, errPipe[0]: true]
        var inFD: Int32 = inPipe[1]
        signal(SIGPIPE, SIG_IGN)
        if pending.isEmpty { close(inFD); inFD = -1 }
        while open.values.contains(true) || inFD >= 0 {
            var fds = [outPipe[0], errPipe[0]].filter { open[$0]! }.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if inFD >= 0 { fds.append(pollfd(fd: inFD, events: Int16(POLLOUT), revents: 0)) }
            guard poll(&fds, nfds_t(fds.count), -1) >= 0 else {
                if errno == EINTR { continue }
                break
            }
            for p in fds where p.revents != 0 {
                if p.fd == inFD {
                    let n = pending.withUnsafeBytes { write(inFD, $0.baseAddress, min($0.count, 65536)) }
                    if n > 0 { pending = pending.dropFirst(n) }
                    if n < 0 || pending.isEmpty { close(inFD); inFD = -1 }
                    continue
                }
                var chunk = [UInt8](repeating: 0, count: 65536)
                let n = read(p.fd, &chunk, chunk.count)
                if n > 0 {
                    if p.fd == outPipe[0] { output += chunk[..<n] } else { errors += chunk[..<n] }
                } else if n == 0 || errno != EINTR {
                    open[p.fd] = false
                    close(p.fd)
                }
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, spelled out (the C macros are not imported).
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return ProcessResult(status: code, stdout: String(decoding: output, as: UTF8.self),
                             stderr: String(decoding: errors, as: UTF8.self))
    }
}
