import Foundation  // JSONSerialization, to read the JSON output back as any consumer would
import SeedanceDiagnostics
import SeedanceFormats
import Testing

/// Golden tests of the two output formats (CLI.md "Diagnostics").
@Suite struct FormatterTests {
    static func diagnostic(_ source: SourceFile, _ from: (Int, Int), _ to: (Int, Int), rule: String = "test-rule",
                           _ severity: Severity = .error, _ message: String = "something is wrong",
                           help: String? = nil, fix: String? = nil) -> Diagnostic {
        let span = Span(start: source.position(line: from.0, column: from.1), end: source.position(line: to.0, column: to.1))
        return Diagnostic(ruleID: rule, severity: severity, message: message, path: source.path, span: span,
                          help: help, fix: fix.map { TextEdit(span: span, replacement: $0) })
    }

    static func human(_ source: SourceFile, _ diagnostics: [Diagnostic], files: Int = 1, color: Bool = false) -> String {
        HumanFormatter(color: color).render(DiagnosticReport(fileCount: files, diagnostics: diagnostics,
                                                             sources: [source.path: source]))
    }

    /// One diagnostic's snippet lines (the header and the summary dropped).
    static func snippet(_ text: String, _ from: (Int, Int), _ to: (Int, Int)) -> String {
        let source = SourceFile(path: "s.yaml", text: text)
        let lines = human(source, [diagnostic(source, from, to)]).split(separator: "\n", omittingEmptySubsequences: false)
        return lines[1...3].joined(separator: "\n")
    }

    @Test func headerSnippetHelpFixAndSummary() {
        let source = SourceFile(path: "specs/shot.yaml", text: "model: seedance_2_0_pro\nduration: 20\naspect_ratio: 16:9\n")
        let out = Self.human(source, [
            Self.diagnostic(source, (3, 15), (3, 19), rule: "unquoted-ratio", .warning,
                            "unquoted `16:9` is the integer 969 to YAML 1.1 readers", help: "quote it: \"16:9\"", fix: "\"16:9\""),
            Self.diagnostic(source, (2, 11), (2, 13), rule: "duration-range", .error,
                            "duration 20 is outside 4–15 seconds", help: "use a duration from 4 to 15, e.g. `15`"),
        ])
        #expect(out == """
            specs/shot.yaml:2:11: error: duration 20 is outside 4–15 seconds [duration-range]
              |
            2 | duration: 20
              |           ^^
              = help: use a duration from 4 to 15, e.g. `15`
            specs/shot.yaml:3:15: warning: unquoted `16:9` is the integer 969 to YAML 1.1 readers [unquoted-ratio]
              |
            3 | aspect_ratio: 16:9
              |               ^^^^
              = help: quote it: "16:9"
              = fix: replace with `"16:9"` (`seedance lint --fix`)
            1 error, 1 warning in 1 file

            """)
    }

    @Test func headerIsTheCompilerForm() throws {
        // PATH:LINE:COLUMN: SEVERITY: MESSAGE [RULE-ID], what editors' quickfix lists read.
        let source = SourceFile(path: "a b/c.yml", text: "x: 1\n")
        for severity in Severity.allCases {
            let out = Self.human(source, [Self.diagnostic(source, (1, 4), (1, 5), rule: "r-1", severity, "m")])
            #expect(out.hasPrefix("a b/c.yml:1:4: \(severity.rawValue): m [r-1]\n"))
        }
    }

    @Test func gutterWidensWithTheLineNumber() {
        let text = String(repeating: "k: v\n", count: 11) + "duration: 20\n"
        #expect(Self.snippet(text, (12, 11), (12, 13)) == """
               |
            12 | duration: 20
               |           ^^
            """)
    }

    @Test func underlineUnderWideCJKCharacters() {
        #expect(Self.snippet("title: 日本語 bad\n", (1, 12), (1, 15)) == """
              |
            1 | title: 日本語 bad
              |               ^^^
            """)
        #expect(Self.snippet("title: 日本語 bad\n", (1, 8), (1, 11)) == """
              |
            1 | title: 日本語 bad
              |        ^^^^^^
            """)
        #expect(Self.snippet("p: 😀 x\n", (1, 6), (1, 7)).hasSuffix("\n  |       ^"), "an emoji takes two columns")
    }

    @Test func underlineAfterCombiningMarks() {
        // `e` + U+0301 is two columns for YAML (two scalars) and one on screen.
        #expect(Self.snippet("name: e\u{301}x bad\n", (1, 11), (1, 14)) == """
              |
            1 | name: e\u{301}x bad
              |          ^^^
            """)
    }

    @Test func tabsAreShownAsFourSpaces() {
        #expect(Self.snippet("k: \"\tz\"\n", (1, 6), (1, 7)) == """
              |
            1 | k: "    z"
              |         ^
            """)
    }

    @Test func multiLineSpanIsUnderlinedToTheEndOfItsFirstLine() {
        #expect(Self.snippet("prompt: >-  # folded\n  a\n  b\n", (1, 9), (3, 4)) == """
              |
            1 | prompt: >-  # folded
              |         ^^^^^^^^^^^^
            """)
    }

    @Test func emptySpanShowsOneCaret() {
        #expect(Self.snippet("a: [1, 2\n", (2, 1), (2, 1)) == """
              |
            2 |\u{20}
              | ^
            """)
    }

    @Test func diagnosticWithoutSourceHasNoSnippet() {
        let d = Diagnostic(ruleID: "file-too-large", severity: .error, message: "file is 12.0 MiB, over the 10 MiB limit",
                           path: "big.yaml", span: Span(at: .start), help: "split it into several spec files")
        let out = HumanFormatter(color: false).render(DiagnosticReport(fileCount: 1, diagnostics: [d], sources: [:]))
        #expect(out == """
            big.yaml:1:1: error: file is 12.0 MiB, over the 10 MiB limit [file-too-large]
            = help: split it into several spec files
            1 error in 1 file

            """)
    }

    @Test func colourOnlyWhenAsked() {
        let source = SourceFile(path: "s.yaml", text: "duration: 20\n")
        let d = Self.diagnostic(source, (1, 11), (1, 13), rule: "duration-range", .warning, "too long", help: "shorter")
        let esc = "\u{1B}["
        #expect(Self.human(source, [d], color: true) == """
            \(esc)1ms.yaml:1:11:\(esc)0m \(esc)1;33mwarning:\(esc)0m \(esc)1mtoo long\(esc)0m \(esc)2m[duration-range]\(esc)0m
              \(esc)1;34m|\(esc)0m
            \(esc)1;34m1 |\(esc)0m duration: 20
              \(esc)1;34m|\(esc)0m           \(esc)1;33m^^\(esc)0m
              \(esc)1;34m=\(esc)0m \(esc)1mhelp:\(esc)0m shorter
            1 warning in 1 file

            """)
        #expect(!Self.human(source, [d], color: false).contains("\u{1B}"))
    }

    @Test func summaryLine() {
        let source = SourceFile(path: "s.yaml", text: "a: 1\n")
        #expect(Self.human(source, [], files: 3) == "no problems in 3 files\n")
        #expect(Self.human(source, [], files: 1) == "no problems in 1 file\n")
        let mixed = [Severity.error, .error, .warning, .note, .note, .note].map {
            Self.diagnostic(source, (1, 1), (1, 2), $0)
        }
        #expect(Self.human(source, mixed, files: 2).hasSuffix("\n2 errors, 1 warning, 3 notes in 2 files\n"))
        #expect(Self.human(source, [Self.diagnostic(source, (1, 1), (1, 2), .note)]).hasSuffix("\n1 note in 1 file\n"))
    }

    @Test func diagnosticsComeInPathAndPositionOrder() {
        let a = SourceFile(path: "a.yaml", text: "x: 1\ny: 2\n"), b = SourceFile(path: "b.yaml", text: "x: 1\n")
        let ds = [Self.diagnostic(b, (1, 1), (1, 2)), Self.diagnostic(a, (2, 1), (2, 2)), Self.diagnostic(a, (1, 4), (1, 5))]
        let out = HumanFormatter(color: false).render(DiagnosticReport(fileCount: 2, diagnostics: ds, sources: ["a.yaml": a, "b.yaml": b]))
        let headers = out.split(separator: "\n").filter { $0.contains(": error: ") }.map { $0.prefix(10) }
        #expect(headers == ["a.yaml:1:4", "a.yaml:2:1", "b.yaml:1:1"])
    }

    // MARK: JSON

    static func json(_ diagnostics: [Diagnostic], files: Int = 1) throws -> [String: Any] {
        let text = JSONFormatter().render(DiagnosticReport(fileCount: files, diagnostics: diagnostics, sources: [:]))
        #expect(text.hasSuffix("}\n") && text.filter { $0 == "\n" }.count == 1, "one JSON object on one line")
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func jsonHasTheShapeOfCLIMarkdown() throws {
        let source = SourceFile(path: "dir/shot.yaml", text: "model: x\naspect_ratio: 16:9\n")
        let fixed = Self.diagnostic(source, (2, 15), (2, 19), rule: "unquoted-ratio", .warning, "unquoted", help: "quote it", fix: "\"16:9\"")
        let plain = Self.diagnostic(source, (1, 8), (1, 9), rule: "model-unknown", .error, "unknown model `x`")
        let top = try Self.json([fixed, plain], files: 4)
        #expect(Set(top.keys) == ["version", "files", "diagnostics", "summary"])
        #expect(top["version"] as? Int == 1)
        #expect(top["files"] as? Int == 4)
        #expect(top["summary"] as? [String: Int] == ["errors": 1, "warnings": 1, "notes": 0])
        let items = try #require(top["diagnostics"] as? [[String: Any]])
        #expect(items.count == 2)
        let first = items[0], second = items[1]
        #expect(Set(first.keys) == ["rule", "severity", "message", "path", "start", "end"], "no help or fix keys when absent")
        #expect(first["rule"] as? String == "model-unknown")
        #expect(first["severity"] as? String == "error")
        #expect(first["message"] as? String == "unknown model `x`")
        #expect(first["path"] as? String == "dir/shot.yaml")
        #expect(first["start"] as? [String: Int] == ["line": 1, "column": 8])
        #expect(first["end"] as? [String: Int] == ["line": 1, "column": 9])
        #expect(second["help"] as? String == "quote it")
        let fix = try #require(second["fix"] as? [String: Any])
        #expect(fix["replacement"] as? String == "\"16:9\"")
        #expect(fix["range"] as? [String: [String: Int]] == ["start": ["line": 2, "column": 15], "end": ["line": 2, "column": 19]])
    }

    @Test func jsonEscapesText() throws {
        // Messages are kept to one line by Diagnostic itself; a path is taken as it is, so
        // the control characters go through the path.
        let path = "ü \"q\" \\ new\nline\ttab\u{7}.yaml"
        let source = SourceFile(path: path, text: "a: 1\n")
        let message = "quote \" backslash \\ é 日 😀"
        let top = try Self.json([Self.diagnostic(source, (1, 1), (1, 2), .note, message)])
        let item = try #require((top["diagnostics"] as? [[String: Any]])?.first)
        #expect(item["message"] as? String == message)
        #expect(item["path"] as? String == path)
        #expect(top["summary"] as? [String: Int] == ["errors": 0, "warnings": 0, "notes": 1])
    }

    @Test func jsonOfNoDiagnosticsIsExact() {
        let text = JSONFormatter().render(DiagnosticReport(fileCount: 0, diagnostics: [], sources: [:]))
        #expect(text == "{\"version\":1,\"files\":0,\"diagnostics\":[],\"summary\":{\"errors\":0,\"warnings\":0,\"notes\":0}}\n")
    }
}
