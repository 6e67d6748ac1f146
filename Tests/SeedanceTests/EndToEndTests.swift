import Foundation  // JSONSerialization only, to read `--format json` back
import SeedanceRules
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The built `seedance` binary, spawned as a user or CI runs it: exit codes, standard
/// output and error, files, folders and standard input (CLI.md).
@Suite struct EndToEndTests {
    static let good = "model: seedance_2_0_pro\nprompt: a cat dancing in the rain\n"
    static let bad = "model: seedance_2_0_pro\nprompt: a cat\nduration: 20\n"
    static let warned = "model: seedance_2_0_pro\nprompt: a cat\naspect_ratio: 16:9\n"

    static func headers(_ output: String) -> [String] {
        output.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": warning: ") || $0.contains(": note: ") }
            .map { String($0.split(separator: " ").first ?? "") }
    }

    @Test func binaryIsBuilt() {
        #expect(access(Run.seedanceBinary, X_OK) == 0, "no seedance binary at \(Run.seedanceBinary)")
    }

    @Test func cleanFileExitsZero() {
        let dir = TemporaryFolder()
        dir.write("shot.yaml", Self.good)
        let r = Run.seedance(["lint", "shot.yaml"], in: dir.path)
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout == "no problems in 1 file\n")
        #expect(r.stderr.isEmpty)
    }

    @Test func fileWithAnErrorExitsOne() {
        let dir = TemporaryFolder()
        dir.write("shot.yaml", Self.bad)
        let r = Run.seedance(["lint", "shot.yaml"], in: dir.path)
        #expect(r.status == 1, "\(r)")
        #expect(r.stdout.hasPrefix("shot.yaml:3:11: error: duration 20 is outside 4–15 seconds [duration-range]\n"))
        #expect(r.stdout.hasSuffix("1 error in 1 file\n"))
    }

    @Test func foldersAreSearchedRecursivelyInSortedOrder() {
        let dir = TemporaryFolder()
        dir.write("b.yaml", Self.bad)
        dir.write("a/z.yml", Self.bad)
        dir.write("a/deep/er/c.yaml", Self.bad)
        dir.write("a/readme.md", Self.bad)
        dir.write("a/shot.yaml.bak", Self.bad)
        dir.write(".hidden/x.yaml", Self.bad)
        dir.write("a/.git/y.yaml", Self.bad)
        dir.write(".build/debug/z.yaml", Self.bad)
        dir.write("a/.dot.yaml", Self.bad)
        let r = Run.seedance(["lint", "."], in: dir.path)
        #expect(r.status == 1, "\(r)")
        #expect(Self.headers(r.stdout) == ["./a/deep/er/c.yaml:3:11:", "./a/z.yml:3:11:", "./b.yaml:3:11:"])
        #expect(r.stdout.hasSuffix("3 errors in 3 files\n"))
        // A folder named with a trailing slash gives the same paths without a double slash.
        let slash = Run.seedance(["lint", "a/"], in: dir.path)
        #expect(Self.headers(slash.stdout) == ["a/deep/er/c.yaml:3:11:", "a/z.yml:3:11:"])
    }

    @Test func filesNamedTwiceAreLintedOnce() {
        let dir = TemporaryFolder()
        dir.write("s.yaml", Self.bad)
        let r = Run.seedance(["lint", "s.yaml", ".", "s.yaml"], in: dir.path)
        #expect(r.stdout.hasSuffix("in 2 files\n") || r.stdout.hasSuffix("in 1 file\n"), "\(r)")
        #expect(Self.headers(r.stdout).filter { $0 == "s.yaml:3:11:" }.count == 1)
    }

    @Test func standardInputWithAName() {
        let r = Run.seedance(["lint", "-", "--stdin-filename", "specs/cat.yaml"], stdin: Self.bad)
        #expect(r.status == 1, "\(r)")
        #expect(Self.headers(r.stdout) == ["specs/cat.yaml:3:11:"])
        let unnamed = Run.seedance(["lint", "-"], stdin: Self.bad)
        #expect(Self.headers(unnamed.stdout) == ["<stdin>:3:11:"])
        let clean = Run.seedance(["lint", "-"], stdin: Self.good)
        #expect(clean.status == 0, "\(clean)")
    }

    @Test func standardInputNamedJSONIsOneShot() {
        let body = "{\"model\": \"seedance_2_0_pro\", \"prompt\": \"a cat\", \"duration\": 5.0}"
        let r = Run.seedance(["lint", "--format", "json", "-", "--stdin-filename", "body.json"], stdin: body)
        #expect(r.status == 1, "\(r)")
        #expect(r.stdout.contains("\"rule\":\"field-type\""))
        #expect(r.stdout.contains("\"path\":\"body.json\""))
    }

    @Test func strictTurnsWarningsIntoFailure() {
        let dir = TemporaryFolder()
        dir.write("w.yaml", Self.warned)
        let plain = Run.seedance(["lint", "w.yaml"], in: dir.path)
        #expect(plain.status == 0, "\(plain)")
        #expect(plain.stdout.contains(": warning: "))
        let strict = Run.seedance(["lint", "--strict", "w.yaml"], in: dir.path)
        #expect(strict.status == 1, "\(strict)")
        #expect(strict.stdout == plain.stdout)
    }

    @Test func jsonFormat() throws {
        let dir = TemporaryFolder()
        dir.write("bad.yaml", Self.bad)
        dir.write("good.yaml", Self.good)
        dir.write("warned.yaml", Self.warned)
        let r = Run.seedance(["lint", "--format", "json", "."], in: dir.path)
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.isEmpty)
        let top = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(top["version"] as? Int == 1)
        #expect(top["files"] as? Int == 3)
        #expect(top["summary"] as? [String: Int] == ["errors": 1, "warnings": 1, "notes": 0])
        let items = try #require(top["diagnostics"] as? [[String: Any]])
        #expect(items.map { $0["path"] as? String } == ["./bad.yaml", "./warned.yaml"])
        #expect(items.map { $0["rule"] as? String } == ["duration-range", "unquoted-ratio"])
        #expect(items[0]["start"] as? [String: Int] == ["line": 3, "column": 11])
        #expect(items[0]["end"] as? [String: Int] == ["line": 3, "column": 13])
        let fix = try #require(items[1]["fix"] as? [String: Any])
        #expect(fix["replacement"] as? String == "\"16:9\"")
    }

    @Test func missingPathExitsTwoAndTheOthersAreStillLinted() {
        let dir = TemporaryFolder()
        dir.write("bad.yaml", Self.bad)
        let r = Run.seedance(["lint", "missing.yaml", "bad.yaml"], in: dir.path)
        #expect(r.status == 2, "\(r)")
        #expect(r.stderr == "seedance: error: missing.yaml: No such file or directory\n")
        #expect(Self.headers(r.stdout) == ["bad.yaml:3:11:"])
    }

    @Test func unreadableFileExitsTwo() throws {
        let dir = TemporaryFolder()
        dir.write("good.yaml", Self.good)
        if geteuid() != 0 {
            let path = dir.write("locked.yaml", Self.good)
            chmod(path, 0)
            let r = Run.seedance(["lint", "locked.yaml", "good.yaml"], in: dir.path)
            #expect(r.status == 2, "\(r)")
            #expect(r.stderr == "seedance: error: locked.yaml: Permission denied\n")
            #expect(r.stdout == "no problems in 1 file; 1 path could not be read\n")
        }
        // Root reads any file: a named pipe is unreadable as a spec for everyone.
        try #require(mkfifo(dir.path + "/pipe.yaml", 0o644) == 0)
        let r = Run.seedance(["lint", "pipe.yaml", "good.yaml"], in: dir.path)
        #expect(r.status == 2, "\(r)")
        #expect(r.stderr == "seedance: error: pipe.yaml: not a regular file or folder\n")
        #expect(r.stdout == "no problems in 1 file; 1 path could not be read\n")
    }

    @Test func fileOverTenMiBIsRefusedWithoutBeingRead() throws {
        let dir = TemporaryFolder()
        // 1 GiB, sparse: reading it would take seconds and a gigabyte of memory.
        let path = dir.write("huge.yaml", "model: x\n")
        try #require(truncate(path, 1 << 30) == 0)
        let r = Run.seedance(["lint", "--format", "json", "huge.yaml"], in: dir.path)
        #expect(r.status == 1, "\(r)")
        #expect(r.stdout.contains("\"rule\":\"file-too-large\""))
        #expect(r.stdout.contains("\"start\":{\"line\":1,\"column\":1}"))
        #expect(r.stdout.contains("file is 1024.0 MiB, over the 10 MiB limit"))
    }

    @Test func manyFilesInParallelGiveTheSameOutputEveryTime() {
        let dir = TemporaryFolder()
        for i in 0..<200 {
            let text = i % 3 == 0 ? Self.bad : (i % 3 == 1 ? Self.warned : Self.good)
            dir.write("specs/group\(i % 7)/shot-\(i).yaml", text)
        }
        let first = Run.seedance(["lint", "specs"], in: dir.path)
        #expect(first.status == 1)
        #expect(first.stdout.hasSuffix("67 errors, 67 warnings in 200 files\n"), "\(first.stdout.suffix(80))")
        let paths = Self.headers(first.stdout).map { String($0.split(separator: ":").first!) }
        #expect(paths == paths.sorted(), "sorted by path")
        for _ in 0..<3 {
            #expect(Run.seedance(["lint", "specs"], in: dir.path).stdout == first.stdout)
        }
    }

    @Test func colourOnATerminalUnlessNoColor() throws {
        // `script` runs the command on a pseudo-terminal, as a user's shell would.
        try #require(access("/usr/bin/script", X_OK) == 0)
        let dir = TemporaryFolder()
        dir.write("bad.yaml", Self.bad)
        let command = "\(Run.seedanceBinary) lint bad.yaml"
        let tty = Run.program("/usr/bin/script", ["-qec", command, "/dev/null"], environment: ["TERM": "xterm"], in: dir.path)
        #expect(tty.stdout.contains("\u{1B}[1;31merror:"), "\(tty)")
        #expect(tty.status == 1)
        let noColor = Run.program("/usr/bin/script", ["-qec", command, "/dev/null"],
                                  environment: ["TERM": "xterm", "NO_COLOR": "1"], in: dir.path)
        #expect(!noColor.stdout.contains("\u{1B}["), "\(noColor)")
        #expect(noColor.stdout.contains("bad.yaml:3:11: error: "))
        let piped = Run.seedance(["lint", "bad.yaml"], in: dir.path)
        #expect(!piped.stdout.contains("\u{1B}["))
    }

    @Test(arguments: [["lint"], ["lint", "--format", "xml", "a.yaml"], ["bogus"], ["lint", "-", "-"],
                      ["lint", "--no-such-flag", "a.yaml"], ["explain"], ["explain", "no-such-rule"]])
    func usageErrorsExitTwo(_ arguments: [String]) {
        let r = Run.seedance(arguments)
        #expect(r.status == 2, "\(arguments): \(r)")
        #expect(!r.stderr.isEmpty)
        #expect(r.stdout.isEmpty)
    }

    @Test func helpAndVersionExitZero() {
        #expect(Run.seedance(["--help"]).status == 0)
        #expect(Run.seedance(["lint", "--help"]).stdout.contains("--stdin-filename"))
        #expect(Run.seedance(["--version"]).stdout == "0.1.0\n")
    }

    // MARK: build, rules, explain

    static let storyboard = """
        defaults:
          model: seedance_2_0_pro
          aspect_ratio: 16:9
        shots:
          - name: open
            prompt: "  Morning light  "
          - name: close
            prompt: The logo
            duration: 6

        """

    @Test func buildPrintsOneBodyALineAndDiagnosticsOnStandardError() throws {
        let dir = TemporaryFolder()
        dir.write("board.yaml", Self.storyboard)
        let r = Run.seedance(["build", "board.yaml"], in: dir.path)
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout == """
            {"model":"seedance_2_0_pro","prompt":"Morning light","duration":5,"aspect_ratio":"16:9","generateAudio":true}
            {"model":"seedance_2_0_pro","prompt":"The logo","duration":6,"aspect_ratio":"16:9","generateAudio":true}

            """)
        #expect(r.stderr.contains("board.yaml:3:17: warning: "), "the unquoted ratio is a warning: \(r.stderr)")
        for line in r.stdout.split(separator: "\n") {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any])
        }
    }

    @Test func buildRefusesWhileAnErrorStands() {
        let dir = TemporaryFolder()
        dir.write("good.yaml", Self.good)
        dir.write("bad.yaml", Self.bad)
        let r = Run.seedance(["build", "good.yaml", "bad.yaml"], in: dir.path)
        #expect(r.status == 1, "\(r)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("bad.yaml:3:11: error: duration 20 is outside 4–15 seconds [duration-range]"))
        let out = Run.seedance(["build", "--out", "out", "good.yaml", "bad.yaml"], in: dir.path)
        #expect(out.status == 1)
        #expect(dir.list().contains("out") == false, "nothing written while an error stands")
    }

    @Test func buildIntoAFolder() {
        let dir = TemporaryFolder()
        dir.write("board.yaml", Self.storyboard)
        let r = Run.seedance(["build", "--out", "requests", "board.yaml"], in: dir.path)
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.isEmpty)
        #expect(dir.list("requests") == ["close.json", "open.json"])
        let printed = Run.seedance(["build", "board.yaml"], in: dir.path).stdout.split(separator: "\n")
        #expect(dir.read("requests/open.json") == printed[0] + "\n")
        #expect(dir.read("requests/close.json") == printed[1] + "\n")
    }

    @Test func buildPretty() {
        let dir = TemporaryFolder()
        dir.write("shot.yaml", Self.good)
        let r = Run.seedance(["build", "--pretty", "shot.yaml"], in: dir.path)
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.hasPrefix("{\n  \"model\": \"seedance_2_0_pro\",\n  \"prompt\": \"a cat dancing in the rain\",\n"))
        #expect(r.stdout.hasSuffix("}\n"))
    }

    @Test func buildOfAFileWithoutShotsPrintsNothing() {
        let r = Run.seedance(["build", "-", "--stdin-filename", "empty.yaml"], stdin: "# nothing yet\n")
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.isEmpty)
    }

    @Test func rulesListsEveryRule() {
        let r = Run.seedance(["rules"])
        #expect(r.status == 0)
        let ids = r.stdout.split(separator: "\n").map { String($0.split(separator: " ").first ?? "") }
        #expect(ids == RuleRegistry.ids)
        #expect(r.stdout.contains("duration-range") && r.stdout.contains("error"))
    }

    @Test func explainPrintsTheRuleWithItsExamples() {
        let r = Run.seedance(["explain", "duration-range"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.hasPrefix("duration-range (error): "))
        #expect(r.stdout.contains("duration: ↓20"))
        #expect(r.stdout.contains("Not reported:"))
    }
}
