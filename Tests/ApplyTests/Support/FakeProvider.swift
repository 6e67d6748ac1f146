#if canImport(Glibc)
import Glibc
#endif
@testable import SeedanceApply
import SeedanceEmitter

/// Tests/Support/fake_provider.py, started on 127.0.0.1 with a free port. The server
/// stops when this object's pipe to its standard input closes (or after its lifetime),
/// so a crashed test run leaves nothing behind.
final class FakeProvider: @unchecked Sendable {
    static let key = "sk-test-SECRET-0123456789abcdef"
    let port: Int
    let pid: pid_t
    private let stdinWrite: Int32

    var baseURL: String { "http://127.0.0.1:\(port)/kyyReactApiServer" }
    var origin: String { "http://127.0.0.1:\(port)" }

    init(arguments: [String] = []) throws {
        let script = FakeProvider.supportFolder + "/fake_provider.py"
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw TestFailure("pipe failed") }
        // The test process keeps its ends only; children spawned later must not inherit them.
        _ = fcntl(toChild[1], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fromChild[0], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let argv = ["python3", script, "--key", FakeProvider.key, "--lifetime", "300"] + arguments
        var child: pid_t = 0
        let rc = withCStrings(argv) { posix_spawnp(&child, "python3", &actions, nil, $0, environ) }
        close(toChild[0]); close(fromChild[1])
        guard rc == 0 else { throw TestFailure("cannot start python3: \(rc)") }
        pid = child
        stdinWrite = toChild[1]
        let line = readLine(fd: fromChild[0])
        close(fromChild[0])
        guard line.hasPrefix("PORT "), let port = Int(line.dropFirst(5)) else {
            kill(child, SIGKILL)
            throw TestFailure("fake provider did not start: \(line)")
        }
        self.port = port
    }

    deinit {
        close(stdinWrite)
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    static var supportFolder: String {
        let here = "\(#filePath)"  // .../Tests/ApplyTests/Support/FakeProvider.swift
        var parts = here.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/Support"
    }

    // MARK: admin

    func setFaults(_ faults: [String: JSONValue]) throws {
        let body = JSONValue.object(faults.sorted(by: { $0.key < $1.key }).map { ($0.key, $0.value) }).serialized()
        let response = try CurlTransport().send(HTTPRequest(method: "POST", url: origin + "/_admin/faults", body: Array(body.utf8), timeout: 5)).get()
        guard response.status == 200 else { throw TestFailure("faults refused: \(String(decoding: response.body, as: UTF8.self))") }
    }

    func admin(_ path: String) throws -> [JSONValue] {
        let response = try CurlTransport().send(HTTPRequest(method: "GET", url: origin + "/_admin/" + path, timeout: 5)).get()
        guard let value = JSONReading.parse(response.body), let items = value.arrayValue else { throw TestFailure("bad admin answer") }
        return items
    }

    /// Creates the provider accepted (a task exists for each).
    func acceptedCreates() throws -> [JSONValue] { try admin("creates").filter { $0["status"]?.intValue == 200 } }
    func allCreates() throws -> [JSONValue] { try admin("creates") }
    func tasks() throws -> [JSONValue] { try admin("tasks") }
    func requests() throws -> [JSONValue] { try admin("requests") }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func readLine(fd: Int32) -> String {
    var bytes: [UInt8] = []
    var byte: UInt8 = 0
    while read(fd, &byte, 1) == 1 {
        if byte == UInt8(ascii: "\n") { break }
        bytes.append(byte)
    }
    return String(decoding: bytes, as: UTF8.self)
}

func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for p in pointers { free(p) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}

/// A valid create body (SPEC.md section 8 form).
func sampleBody(prompt: String = "a red fox runs through snow", duration: Int = 5) -> String {
    JSONValue.object([
        ("model", .string("seedance_2_0_pro")), ("prompt", .string(prompt)), ("duration", .int(duration)),
        ("aspect_ratio", .string("16:9")), ("generateAudio", .bool(true)),
    ]).serialized()
}

func makeClient(_ server: FakeProvider, key: String = FakeProvider.key, timeout: Double = 5,
                attempts: Int = 3) throws -> APIClient {
    APIClient(endpoint: try Endpoint(validating: server.baseURL), key: APIKey(key),
              requestTimeout: timeout, retry: RetryPolicy(maxAttempts: attempts, baseDelay: 0.05, maxDelay: 0.2))
}
