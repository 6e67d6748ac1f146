import Foundation
import Testing

/// Runs programs for the tests that check seedance against real outside tools
/// (check-jsonschema, pre-commit, git). Foundation's Process is used here, in tests only.
enum ExternalTools {
    /// The package's root folder (this file is Tests/SeedanceTests/Support/ExternalTools.swift).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `arguments[0]` (looked up on PATH when it has no slash) and waits for it.
    @discardableResult
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // Output goes to temporary files: no pipe to fill up and block a chatty child.
        let base = NSTemporaryDirectory() + "seedance-run-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        _ = FileManager.default.createFile(atPath: base + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: base + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: base + ".out")
            try? FileManager.default.removeItem(atPath: base + ".err")
        }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".err"))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        return Output(status: process.terminationStatus, stdout: read(base + ".out"), stderr: read(base + ".err"))
    }

    /// The folder of the built products (`seedance`, next to the test bundle).
    static var binPath: String {
        URL(fileURLWithPath: CommandLine.arguments.first { $0.contains(".xctest") } ?? CommandLine.arguments[0])
            .deletingLastPathComponent().path
    }

    /// The `seedance` executable that `swift build` made for this configuration.
    static func seedanceBinary() throws -> String {
        let path = binPath + "/seedance"
        if !FileManager.default.isExecutableFile(atPath: path) {
            try Test.cancel("SKIPPED: no seedance executable at \(path); run `swift build` first")
        }
        return path
    }
}

/// A Python virtual environment with the outside tools the tests compare against, pinned
/// like shared/bench/requirements.txt. CI creates it (.ci/run) and names it in
/// SEEDANCE_TEST_VENV; elsewhere the tests create `.build/venv-tests` once. Where pip cannot
/// install the tools (no registry), the tests that need them are skipped with the reason.
enum PythonTools {
    static let requirements = ["check-jsonschema==0.39.0", "pre-commit==4.7.0"]

    /// The venv's bin folder, or why there is none.
    static let bin: Result<String, SetupFailure> = setUp()

    struct SetupFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// The path of a tool in the venv; cancels (skips) the test where there is none.
    static func tool(_ name: String) throws -> String {
        switch bin {
        case .success(let bin): return bin + "/" + name
        case .failure(let failure):
            let message = "SKIPPED: \(name) is not available (\(failure)); set SEEDANCE_TEST_VENV to a venv with "
                + requirements.joined(separator: " ") + " or let pip reach PyPI"
            FileHandle.standardError.write(Data((message + "\n").utf8))
            try Test.cancel(Comment(rawValue: message))
        }
    }

    private static func setUp() -> Result<String, SetupFailure> {
        let environment = ProcessInfo.processInfo.environment
        let venv = environment["SEEDANCE_TEST_VENV"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ExternalTools.packageRoot + "/.build/venv-tests"
        let bin = venv + "/bin"
        let ready = { ["check-jsonschema", "pre-commit"].allSatisfy { FileManager.default.isExecutableFile(atPath: bin + "/" + $0) } }
        if ready() { return .success(bin) }
        do {
            if !FileManager.default.isExecutableFile(atPath: bin + "/pip") {
                let made = try ExternalTools.run(["python3", "-m", "venv", venv])
                guard made.status == 0 else { return .failure(SetupFailure(description: "python3 -m venv failed: \(made.stderr)")) }
            }
            let pip = try ExternalTools.run([bin + "/pip", "install", "--quiet", "--disable-pip-version-check"] + requirements)
            guard pip.status == 0, ready() else {
                return .failure(SetupFailure(description: "pip install failed: " + pip.stderr.suffix(400)))
            }
            return .success(bin)
        } catch {
            return .failure(SetupFailure(description: "could not run python3: \(error)"))
        }
    }
}
