import SeedanceDiagnostics
import SeedanceRules
import Testing

/// Realistic specs, each with the exact findings it must produce: (rule id, line), one
/// entry per diagnostic. Beyond the rules' own examples, these cover each scenario of the
/// provider's page, each model, and each way a storyboard shot inherits from `defaults:`.
@Suite struct SpecTableTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let text: String
        let expected: [String]  // "rule-id@line"

        init(_ name: String, file: String = "spec.yaml", _ text: String, _ expected: [String]) {
            self.name = name
            self.file = file
            self.text = text
            self.expected = expected
        }

        var testDescription: String { name }
    }

    static let linter = Linter()

    static func lint(_ text: String, file: String = "spec.yaml") -> [Diagnostic] {
        linter.lint(SourceFile(path: file, text: text)).diagnostics
    }

    static let cases: [Case] = ScenarioCases.all + InheritanceCases.all + BrokenSpecCases.all

    @Test(arguments: cases)
    func producesExactlyTheExpectedFindings(_ c: Case) {
        let found = Self.lint(c.text, file: c.file).map { "\($0.ruleID)@\($0.span.start.line)" }.sorted()
        #expect(found == c.expected.sorted(), "\(c.name)")
    }

    @Test func anInheritedBadValueIsOneDiagnosticNamingEveryInheritingShot() throws {
        let text = """
        defaults:
          model: seedance_2_0_pro
          duration: 20
          first_image: http://localhost/a.png
        shots:
          - name: one
            prompt: a
          - name: two
            prompt: b
            duration: 6
          - name: three
            prompt: c
            first_image: https://cdn.example.com/c.png
        """
        let diagnostics = Self.lint(text)
        let duration = diagnostics.filter { $0.ruleID == "duration-range" }
        try #require(duration.count == 1)
        #expect(duration[0].span.start.line == 3)
        #expect(duration[0].message.hasSuffix("(in `defaults`, inherited by shots `one` and `three`)"))
        let url = diagnostics.filter { $0.ruleID == "media-url" }
        try #require(url.count == 1)
        #expect(url[0].span.start.line == 4)
        #expect(url[0].message.hasSuffix("(in `defaults`, inherited by shots `one` and `two`)"))
    }

    @Test func aPromptReferenceIsUnderlinedExactlyInAFoldedPrompt() throws {
        let text = "model: seedance_2_0_pro\nprompt: >-\n  Le café — the dancer\n  of vidéo 1 meets @Image2.\nreferenceImages: [https://a.example/1.png]\n"
        let found = Self.lint(text).filter { $0.ruleID == "prompt-reference" }
        try #require(found.count == 1)
        // `@Image2` on line 4: "  of vidéo 1 meets " is 19 characters (é is one).
        #expect(found[0].span.start.line == 4 && found[0].span.start.column == 20)
        #expect(found[0].span.end.line == 4 && found[0].span.end.column == 27)
        #expect(found[0].message == "the prompt names `@Image2`, but `referenceImages` has 1 item")
    }

    /// Every bundled example spec lints without an error or a warning; the raw API body
    /// gets the one note SPEC.md asks for (its reference video has no declared length).
    @Test(arguments: [
        ("specs/first-frame.yaml", [String]()), ("specs/first-last-frame.yaml", []),
        ("specs/multimodal-references.yaml", []), ("specs/storyboard.yaml", []),
        ("specs/text-to-video-fast-pro.yaml", []), ("specs/text-to-video-pro.yaml", []),
        ("specs/raw/api-request.json", ["duration-unchecked@7"]),
    ])
    func bundledSpecsLintClean(path: String, expected: [String]) throws {
        let bytes = try #require(RepositoryFiles.read(path), "\(path) not found")
        let found = Self.linter.lint(SourceFile(path: path, bytes: bytes)).diagnostics
        #expect(found.map { "\($0.ruleID)@\($0.span.start.line)" } == expected)
    }
}
