import SeedanceDiagnostics
import SeedanceRules
import Testing

/// `seedance lint --fix`: each fix on real files, minimal edits, the re-lint, the diff.
@Suite struct FixTests {
    static let head = "model: seedance_2_0_pro\nprompt: a cat\n"

    /// Fixes `text` as a file on disk with the real command and returns the new text.
    static func fixed(_ text: String, name: String = "shot.yaml") -> (text: String, run: ScratchFolder.RunResult) {
        let dir = ScratchFolder()
        dir.write(name, text)
        let run = dir.seedance(["lint", "--fix", name])
        return (dir.text(name), run)
    }

    @Test(arguments: [
        ("aspect_ratio: 16:9\n", "aspect_ratio: \"16:9\"\n"),
        ("durration: 5\n", "duration: 5\n"),
        ("generateAudio: yes\n", "generateAudio: true\n"),
        ("generateAudio: Off\n", "generateAudio: false\n"),
        ("generateAudio: \"true\"\n", "generateAudio: true\n"),
        ("duration: 5.0\n", "duration: 5\n"),
        ("duration: 10.00\n", "duration: 10\n"),
        ("duration: \"6\"\n", "duration: 6\n"),
        ("referenceImages:\n  - url: https://a.example/a.png\n    faces: yes\n", "referenceImages:\n  - url: https://a.example/a.png\n    faces: true\n"),
        ("duration: 5  # seedance-ignore: duration-range\n", "duration: 5\n"),
        ("# seedance-ignore: duration-range\nduration: 5\n", "duration: 5\n"),
        ("duration: 20  # seedance-ignore: unquoted-ratio, duration-range\n", "duration: 20  # seedance-ignore: duration-range\n"),
    ])
    func eachFixOnARealFile(before: String, after: String) {
        let (text, run) = Self.fixed(Self.head + before)
        #expect(text == Self.head + after)
        #expect(!run.out.contains("fix:"), "re-linting reports nothing fixable: \(run.out)")
        #expect(run.err.contains("seedance: fixed 1 finding in 1 file"))
    }

    @Test(arguments: [
        "duration: 5.5\n",              // rounding has two answers
        "generateAudio: !!str yes\n",    // a tag is deliberate
        "generateAudio: maybe\n",        // no boolean meant
        "prompt2: x\n",                  // no close key
        "drtion: 5\n",                   // two edits from `duration`: suggested, not renamed
    ])
    func ambiguousFindingsAreNotFixed(line: String) {
        let (text, run) = Self.fixed(Self.head + line)
        #expect(text == Self.head + line)
        #expect(run.err.contains("fixed 0 findings in 0 files"))
    }

    @Test func aRenameOntoAnExistingKeyIsNotOffered() {
        let (text, _) = Self.fixed(Self.head + "duration: 5\ndurration: 6\n")
        #expect(text == Self.head + "duration: 5\ndurration: 6\n")
    }

    @Test func commentsCRLFAndMultiByteTextAreKept() {
        let before = "# 猫のショット\r\nmodel: seedance_2_0_pro   # the Pro model\r\nprompt: \"猫が雨の中で踊る # not a comment\"\r\n"
            + "aspect_ratio: 16:9 # 横長\r\ngenerateAudio: yes\r\nduration: 5.0  # seconds\r\n"
        let after = "# 猫のショット\r\nmodel: seedance_2_0_pro   # the Pro model\r\nprompt: \"猫が雨の中で踊る # not a comment\"\r\n"
            + "aspect_ratio: \"16:9\" # 横長\r\ngenerateAudio: true\r\nduration: 5  # seconds\r\n"
        let (text, run) = Self.fixed(before)
        #expect(text == after)
        #expect(run.status == 0)
        #expect(run.out == "no problems in 1 file\n")
        #expect(run.err.contains("fixed 3 findings in 1 file"))
    }

    @Test func fixesInDefaultsAndSeveralPassesConverge() {
        // The rename and the value fix touch one pair; both land, the second in a later pass.
        let before = "defaults:\n  model: seedance_2_0_pro\n  generate_audio: yes\n  aspect_ratio: 9:16\nshots:\n  - prompt: a\n  - prompt: b\n"
        let (text, run) = Self.fixed(before)
        #expect(text == "defaults:\n  model: seedance_2_0_pro\n  generateAudio: true\n  aspect_ratio: \"9:16\"\nshots:\n  - prompt: a\n  - prompt: b\n")
        #expect(run.status == 0)
    }

    @Test func theFileModeIsKept() {
        let dir = ScratchFolder()
        dir.write("shot.yaml", Self.head + "aspect_ratio: 16:9\n", mode: 0o640)
        _ = dir.seedance(["lint", "--fix", "."])
        #expect(dir.text("shot.yaml").contains("\"16:9\""))
        #expect(dir.mode("shot.yaml") == 0o640)
    }

    @Test func remainingFindingsDecideTheExitCode() {
        let (text, run) = Self.fixed(Self.head + "aspect_ratio: 16:9\nduration: 40\n")
        #expect(text.contains("\"16:9\""))
        #expect(run.status == 1)
        #expect(run.out.contains("duration-range"))
        #expect(!run.out.contains("unquoted-ratio"))
    }

    @Test func dryRunPrintsAUnifiedDiffAndWritesNothing() {
        let dir = ScratchFolder()
        let before = Self.head + "aspect_ratio: 16:9\nduration: 5\ngenerateAudio: no\n"
        dir.write("shot.yaml", before)
        let run = dir.seedance(["lint", "--fix", "--dry-run", "shot.yaml"])
        #expect(dir.text("shot.yaml") == before)
        #expect(run.out == """
            --- a/shot.yaml
            +++ b/shot.yaml
            @@ -1,5 +1,5 @@
             model: seedance_2_0_pro
             prompt: a cat
            -aspect_ratio: 16:9
            +aspect_ratio: "16:9"
             duration: 5
            -generateAudio: no
            +generateAudio: false

            """)
        #expect(run.err.contains("would fix 2 findings in 1 file"))
        #expect(run.status == 0)
    }

    @Test func dryRunNeedsFix() {
        let dir = ScratchFolder()
        dir.write("shot.yaml", Self.head)
        #expect(dir.seedance(["lint", "--dry-run", "shot.yaml"]).status == 2)
    }

    @Test func standardInputGetsTheFixedTextOnStandardOutput() {
        let dir = ScratchFolder()
        let run = dir.seedance(["lint", "--fix", "-"], stdin: Self.head + "aspect_ratio: 4:3\nduration: 99\n")
        #expect(run.out == Self.head + "aspect_ratio: \"4:3\"\nduration: 99\n")
        #expect(run.err.contains("<stdin>:4:11: error: duration 99"))
        #expect(run.status == 1)
    }

    // MARK: the pieces

    @Test func overlappingEditsAreSkippedAndIdenticalOnesAppliedOnce() {
        let bytes = Array("abcdef".utf8)
        func edit(_ a: Int, _ b: Int, _ r: String) -> TextEdit {
            TextEdit(span: Span(start: Position(line: 1, column: a + 1, offset: a), end: Position(line: 1, column: b + 1, offset: b)),
                     replacement: r)
        }
        let (out, applied) = FixApplier.apply([edit(4, 6, "X"), edit(1, 3, "Y"), edit(2, 4, "Z"), edit(4, 6, "X")], to: bytes)
        #expect(String(decoding: out, as: UTF8.self) == "aYdX")
        #expect(applied == 2)
    }

    @Test func theDiffMarksAMissingNewlineAtTheEnd() {
        let diff = UnifiedDiff.make(old: Array("a\nb".utf8), new: Array("a\nc".utf8), path: "x.yaml")
        #expect(diff == "--- a/x.yaml\n+++ b/x.yaml\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n")
    }

    @Test func theDiffSplitsDistantChangesIntoHunks() {
        let old = (1...30).map { "line \($0)\n" }.joined()
        let new = old.replacingFirst("line 2\n", "line two\n").replacingFirst("line 25\n", "")
        let diff = UnifiedDiff.make(old: Array(old.utf8), new: Array(new.utf8), path: "x")
        #expect(diff.contains("@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n"))
        #expect(diff.contains("@@ -22,7 +22,6 @@\n line 22\n line 23\n line 24\n-line 25\n line 26\n"))
        #expect(UnifiedDiff.make(old: Array(old.utf8), new: Array(old.utf8), path: "x").isEmpty)
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, _ replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: replacement)
        return copy
    }
}
