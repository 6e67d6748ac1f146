import Foundation
import SeedanceDiagnostics
@testable import SeedanceFormats
import SeedanceRules
import Testing

/// The machine-readable formats (`--format sarif|github|checkstyle`): golden outputs for a
/// fixed report with awkward characters, and the SARIF of every rule's examples validated
/// against the official SARIF 2.1.0 schema.
@Suite struct OutputFormatTests {
    static func position(_ line: Int, _ column: Int) -> Position { Position(line: line, column: column, offset: 0) }
    static func span(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> Span { Span(start: position(l1, c1), end: position(l2, c2)) }

    /// Three findings: a plain error, a warning with a fix, and a note whose path and
    /// message carry every character the formats must escape.
    static let report = DiagnosticReport(fileCount: 3, diagnostics: [
        rawMessage(Diagnostic(ruleID: "odd-rule", severity: .note, message: "",
                              path: "./clips/a,b:c%é.yaml", span: span(1, 1, 2, 3)),
                   "100% sure: <a & b>, \"c\"\r\nnext line"),
        Diagnostic(ruleID: "duration-range", severity: .error, message: "duration 20 is outside 4–15 seconds",
                   path: "specs/my shot.yaml", span: span(3, 11, 3, 13), help: "use a duration from 4 to 15, e.g. `15`"),
        Diagnostic(ruleID: "unquoted-ratio", severity: .warning, message: "unquoted `16:9` is the integer 969 to YAML 1.1 readers",
                   path: "specs/my shot.yaml", span: span(4, 15, 4, 19), help: "quote it: \"16:9\"",
                   fix: TextEdit(span: span(4, 15, 4, 19), replacement: "\"16:9\"")),
    ], sources: [:])

    /// Diagnostic.init escapes line breaks in messages; set one afterwards, so that the
    /// formats' own escaping (their second line of defence) is tested too.
    static func rawMessage(_ d: Diagnostic, _ message: String) -> Diagnostic {
        var copy = d
        copy.message = message
        return copy
    }

    static let rules = [
        RuleDescription(id: "duration-range", severity: .error, summary: "`duration` is out of range",
                        description: "The duration is 4 to 15 seconds.", triggering: [Example("duration: ↓20\n")],
                        nonTriggering: [Example("duration: 5\n")]),
        RuleDescription(id: "unquoted-ratio", severity: .warning, summary: "An unquoted ratio",
                        description: "Quote ratios.", triggering: [], nonTriggering: []),
    ]

    @Test func githubGolden() {
        let expected = #"""
            ::notice file=./clips/a%2Cb%3Ac%25é.yaml,line=1,col=1,endLine=2,endColumn=3,title=odd-rule::100%25 sure: <a & b>, "c"%0D%0Anext line
            ::error file=specs/my shot.yaml,line=3,col=11,endLine=3,endColumn=13,title=duration-range::duration 20 is outside 4–15 seconds%0Ahelp: use a duration from 4 to 15, e.g. `15`
            ::warning file=specs/my shot.yaml,line=4,col=15,endLine=4,endColumn=19,title=unquoted-ratio::unquoted `16:9` is the integer 969 to YAML 1.1 readers%0Ahelp: quote it: "16:9"

            """#
        #expect(GitHubFormatter().render(Self.report) == expected)
    }

    @Test func githubEscapingMatchesTheRunner() {
        #expect(GitHubFormatter.escapeData("a%b\rc\nd:e,f") == "a%25b%0Dc%0Ad:e,f")
        #expect(GitHubFormatter.escapeProperty("a%b\rc\nd:e,f") == "a%25b%0Dc%0Ad%3Ae%2Cf")
        // `%` first: an escape sequence in the input must not be decoded by the runner.
        #expect(GitHubFormatter.escapeData("%0A") == "%250A")
    }

    @Test func checkstyleGolden() {
        let expected = #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <checkstyle version="4.3">
              <file name="./clips/a,b:c%é.yaml">
                <error line="1" column="1" severity="info" message="100% sure: &lt;a &amp; b&gt;, &quot;c&quot;&#13;&#10;next line" source="seedance.odd-rule"/>
              </file>
              <file name="specs/my shot.yaml">
                <error line="3" column="11" severity="error" message="duration 20 is outside 4–15 seconds&#10;help: use a duration from 4 to 15, e.g. `15`" source="seedance.duration-range"/>
                <error line="4" column="15" severity="warning" message="unquoted `16:9` is the integer 969 to YAML 1.1 readers&#10;help: quote it: &quot;16:9&quot;" source="seedance.unquoted-ratio"/>
              </file>
            </checkstyle>

            """#
        #expect(CheckstyleFormatter().render(Self.report) == expected)
    }

    @Test func checkstyleDropsCharactersXMLCannotCarry() {
        #expect(CheckstyleFormatter.escape("a\u{1}b\u{FFFF}c'") == "a\u{FFFD}b\u{FFFD}c&apos;")
        let empty = DiagnosticReport(fileCount: 2, diagnostics: [], sources: [:])
        #expect(CheckstyleFormatter().render(empty) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n</checkstyle>\n")
    }

    /// `SEEDANCE_UPDATE_GOLDEN=1 swift test --filter sarifGolden` rewrites the file; review its diff.
    @Test func sarifGolden() throws {
        let path = ExternalTools.packageRoot + "/Tests/Fixtures/formats/golden.sarif"
        let rendered = SARIFFormatter(toolVersion: "9.8.7", rules: Self.rules).render(Self.report)
        if ProcessInfo.processInfo.environment["SEEDANCE_UPDATE_GOLDEN"] == "1" {
            try rendered.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOfFile: path, encoding: .utf8)
        #expect(rendered == golden)
    }

    @Test func sarifURIsAreEscapedReferences() {
        #expect(URIPath.reference(for: "./specs/my shot#1.yaml") == "specs/my%20shot%231.yaml")
        #expect(URIPath.reference(for: "/abs/é.yaml") == "file:///abs/%C3%A9.yaml")
        #expect(URIPath.reference(for: "<stdin>") == "%3Cstdin%3E")
    }

    /// Every rule's triggering examples, linted for real: many rules, fixes, helps.
    static func everyExample() -> DiagnosticReport {
        let linter = Linter()
        var diagnostics: [Diagnostic] = []
        var files = 0
        for rule in RuleRegistry.all {
            for (i, example) in rule.description.triggering.enumerated() {
                let path = "examples/\(rule.description.id)/\(i)-\(example.fileName)"
                diagnostics += linter.lint(SourceFile(path: path, text: example.source)).diagnostics
                files += 1
            }
        }
        return DiagnosticReport(fileCount: files, diagnostics: diagnostics, sources: [:])
    }

    @Test func sarifOfEveryRuleIsValidAgainstTheOfficialSchema() throws {
        let report = Self.everyExample()
        #expect(report.diagnostics.count > RuleRegistry.all.count)
        #expect(report.diagnostics.contains { $0.fix != nil })
        let sarif = SARIFFormatter(toolVersion: "0.1.0").render(report)

        // What GitHub code scanning relies on, checked without outside tools.
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == RuleRegistry.ids)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == report.diagnostics.count)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }

        let validator = try PythonTools.tool("check-jsonschema")
        let file = NSTemporaryDirectory() + "seedance-\(getpid())-every-rule.sarif"
        try sarif.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let schema = ExternalTools.packageRoot + "/Tests/Fixtures/sarif/sarif-schema-2.1.0.json"
        let check = try ExternalTools.run([validator, "--schemafile", schema, file])
        #expect(check.status == 0, "SARIF output is not valid SARIF 2.1.0:\n\(check.stdout)\(check.stderr)")
    }

    @Test func theValidatorRejectsBrokenSARIF() throws {
        // Proves that the validation above can fail: a level SARIF does not define.
        let validator = try PythonTools.tool("check-jsonschema")
        let broken = SARIFFormatter(toolVersion: "0.1.0").render(Self.report)
            .replacingOccurrences(of: "\"level\": \"error\"", with: "\"level\": \"fatal\"")
        let file = NSTemporaryDirectory() + "seedance-\(getpid())-broken.sarif"
        try broken.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let schema = ExternalTools.packageRoot + "/Tests/Fixtures/sarif/sarif-schema-2.1.0.json"
        #expect(try ExternalTools.run([validator, "--schemafile", schema, file]).status != 0)
    }
}
