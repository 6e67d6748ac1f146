import Foundation
import Testing

/// The pre-commit hooks of `.pre-commit-hooks.yaml`, run by the real pre-commit in a
/// throw-away content repository: a commit with a bad spec is refused, one with good specs
/// goes through. The test uses `seedance-lint-system` with the `seedance` this build made
/// (the `language: swift` hook builds the whole package in release mode, minutes on two
/// cores; .ci/run runs it once with `pre-commit try-repo`).
@Suite struct PreCommitTests {
    static let badSpec = "model: seedance_2_0_pro\nprompt: A kite over the dunes\nduration: 30\n"
    static let goodSpec = "model: seedance_2_0_pro\nprompt: A kite over the dunes\nduration: 6\naspect_ratio: \"16:9\"\n"

    /// A scratch folder, removed when the test ends.
    final class Scratch {
        let path = NSTemporaryDirectory() + "seedance-precommit-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    @discardableResult
    static func git(_ arguments: [String], in directory: String) throws -> ExternalTools.Output {
        let result = try ExternalTools.run(["git", "-c", "init.defaultBranch=main", "-c", "core.hooksPath=.git/hooks"] + arguments,
                                           in: directory)
        #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }

    static func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The hooks repository pre-commit clones: a repository whose one commit holds this
    /// working tree's `.pre-commit-hooks.yaml` (so the test checks the file as it is, even
    /// before it is committed). pre-commit needs a commit id for `rev:`.
    static func hooksRepository(in scratch: Scratch) throws -> (path: String, rev: String) {
        let repo = scratch.path + "/hooks"
        try FileManager.default.createDirectory(atPath: repo, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: ExternalTools.packageRoot + "/.pre-commit-hooks.yaml",
                                         toPath: repo + "/.pre-commit-hooks.yaml")
        try git(["init", "-q"], in: repo)
        try git(["add", "."], in: repo)
        try git(["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "hooks"], in: repo)
        let rev = try git(["rev-parse", "HEAD"], in: repo).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return (repo, rev)
    }

    @Test func badSpecBlocksTheCommitAndGoodSpecsPass() throws {
        let preCommit = try PythonTools.tool("pre-commit")
        let seedanceDirectory = (try ExternalTools.seedanceBinary() as NSString).deletingLastPathComponent
        let scratch = try Scratch()
        let hooks = try Self.hooksRepository(in: scratch)

        let content = scratch.path + "/content"
        try FileManager.default.createDirectory(atPath: content + "/specs", withIntermediateDirectories: true)
        try Self.git(["init", "-q"], in: content)
        try Self.git(["config", "user.name", "Content Team"], in: content)
        try Self.git(["config", "user.email", "content@example.com"], in: content)
        try Self.write("""
            repos:
              - repo: \(hooks.path)
                rev: \(hooks.rev)
                hooks:
                  - id: seedance-lint-system
            """ + "\n", to: content + "/.pre-commit-config.yaml")
        let environment = [
            "PRE_COMMIT_HOME": scratch.path + "/pre-commit-home",
            "PATH": seedanceDirectory + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
        ]
        let install = try ExternalTools.run([preCommit, "install"], in: content, environment: environment)
        #expect(install.status == 0, "pre-commit install: \(install.stdout)\(install.stderr)")

        // A bad spec: the hook fails, the commit is refused, the diagnostic is shown.
        try Self.write(Self.badSpec, to: content + "/specs/kite.yaml")
        try Self.git(["add", "."], in: content)
        let refused = try ExternalTools.run(["git", "commit", "-q", "-m", "kite"], in: content, environment: environment)
        #expect(refused.status != 0, "a spec with duration 30 was committed: \(refused.stdout)\(refused.stderr)")
        // git runs hooks with their output on standard error.
        #expect(refused.stderr.contains("specs/kite.yaml:3:11: error: duration 30 is outside 4–15 seconds [duration-range]"),
                "\(refused.stdout)\(refused.stderr)")
        #expect(try Self.git(["rev-list", "--all"], in: content).stdout.isEmpty, "nothing may be committed")

        // Fixed: the commit goes through. The staged `.pre-commit-config.yaml` is YAML too,
        // and must not be linted as a spec (the hooks exclude hidden files).
        try Self.write(Self.goodSpec, to: content + "/specs/kite.yaml")
        try Self.write("{\"model\": \"seedance_2_0_pro\", \"prompt\": \"A kite\"}\n", to: content + "/specs/body.json")
        try Self.git(["add", "."], in: content)
        let accepted = try ExternalTools.run(["git", "commit", "-q", "-m", "kite"], in: content, environment: environment)
        #expect(accepted.status == 0, "good specs were refused: \(accepted.stdout)\(accepted.stderr)")
        #expect(accepted.stderr.contains("seedance lint (installed seedance)") && accepted.stderr.contains("Passed"),
                "the hook did not run: \(accepted.stderr)")

        // `pre-commit run` on demand, as CI jobs use it, sees every file.
        try Self.write(Self.badSpec, to: content + "/specs/other.yml")
        try Self.git(["add", "."], in: content)
        let run = try ExternalTools.run([preCommit, "run", "--all-files"], in: content, environment: environment)
        #expect(run.status == 1 && run.stdout.contains("specs/other.yml:3:11"), "\(run.stdout)\(run.stderr)")
    }

    @Test func hooksManifestIsValid() throws {
        let preCommit = try PythonTools.tool("pre-commit")
        let result = try ExternalTools.run([preCommit, "validate-manifest", ExternalTools.packageRoot + "/.pre-commit-hooks.yaml"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
