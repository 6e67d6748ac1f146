import SeedanceDiagnostics
import SeedanceRules
import Testing

/// `# seedance-ignore: RULE[, RULE]`: what it suppresses, and what it reports about itself.
@Suite struct SuppressionTests {
    static let head = "model: seedance_2_0_pro\nprompt: a cat\n"
    /// A rule turned off, in `Linter(severities:)`'s form.
    static let off: Severity? = nil

    static func lint(_ text: String, severities: [String: Severity?] = [:]) -> [Diagnostic] {
        Linter(severities: severities).lint(SourceFile(path: "shot.yaml", text: text)).diagnostics
    }

    static func ids(_ text: String, severities: [String: Severity?] = [:]) -> [String] {
        lint(text, severities: severities).map { "\($0.span.start.line):\($0.span.start.column) \($0.ruleID)" }
    }

    @Test func withoutAnIgnoreTheFindingIsReported() {
        #expect(Self.ids(Self.head + "aspect_ratio: 16:9\n") == ["3:15 unquoted-ratio"])
    }

    @Test func anIgnoreOnTheLineSuppresses() {
        #expect(Self.ids(Self.head + "aspect_ratio: 16:9  # seedance-ignore: unquoted-ratio\n").isEmpty)
        #expect(Self.ids(Self.head + "aspect_ratio: 16:9 #seedance-ignore:unquoted-ratio\n").isEmpty)
    }

    @Test func anIgnoreOnTheLineAboveSuppresses() {
        #expect(Self.ids(Self.head + "# seedance-ignore: unquoted-ratio\naspect_ratio: 16:9\n").isEmpty)
        #expect(Self.ids(Self.head + "  # seedance-ignore: unquoted-ratio -- legacy pipeline\naspect_ratio: 16:9\n").isEmpty)
    }

    @Test func anIgnoreTwoLinesAboveDoesNotSuppress() {
        let text = Self.head + "# seedance-ignore: unquoted-ratio\nduration: 5\naspect_ratio: 16:9\n"
        #expect(Self.ids(text) == ["3:20 unused-ignore", "5:15 unquoted-ratio"])
    }

    @Test func aTrailingIgnoreDoesNotCoverTheNextLine() {
        let text = Self.head + "duration: 20  # seedance-ignore: unquoted-ratio\naspect_ratio: 16:9\n"
        #expect(Self.ids(text) == ["3:11 duration-range", "3:34 unused-ignore", "4:15 unquoted-ratio"])
    }

    @Test func onlyTheNamedRulesAreSuppressed() {
        let text = Self.head + "duration: 20  # seedance-ignore: unquoted-ratio, duration-range\ngenerateAudio: yes # seedance-ignore: duration-range\n"
        #expect(Self.ids(text) == ["3:34 unused-ignore", "4:16 field-type", "4:39 unused-ignore"])
    }

    @Test func severalRulesInOneComment() {
        let text = Self.head + "# seedance-ignore: unquoted-ratio, aspect-ratio-unknown\naspect_ratio: 15:9\n"
        #expect(Self.ids(Self.head + "aspect_ratio: 15:9\n") == ["3:15 aspect-ratio-unknown", "3:15 unquoted-ratio"])
        #expect(Self.ids(text).isEmpty)
    }

    @Test func anUnusedIgnoreIsAWarningWithAFix() {
        let found = Self.lint(Self.head + "duration: 5  # seedance-ignore: duration-range\n")
        #expect(found.count == 1)
        #expect(found.first?.ruleID == "unused-ignore")
        #expect(found.first?.severity == .warning)
        #expect(found.first?.fix?.replacement == "")
    }

    @Test func anUnknownRuleIsAWarningWithDidYouMean() {
        let found = Self.lint(Self.head + "aspect_ratio: 16:9  # seedance-ignore: unquoted-ratios\n")
        #expect(found.map(\.ruleID) == ["unquoted-ratio", "unknown-ignore-rule"])
        #expect(found.last?.help == "did you mean `unquoted-ratio`?")
        #expect(found.last?.span.start.column == 40)
        #expect(Self.ids(Self.head + "duration: 5  # seedance-ignore\n") == ["3:16 unknown-ignore-rule"])
        #expect(Self.ids(Self.head + "duration: 5  # seedance-ignore:\n") == ["3:16 unknown-ignore-rule"])
    }

    @Test func aHashInsideQuotedOrBlockScalarsIsNotAComment() {
        let quoted = "model: seedance_2_0_pro\nprompt: \"a # seedance-ignore: unquoted-ratio\"\naspect_ratio: 16:9\n"
        #expect(Self.ids(quoted) == ["3:15 unquoted-ratio"])
        let single = "model: seedance_2_0_pro\nprompt: 'a cat' \naspect_ratio: '16:9 # seedance-ignore: aspect-ratio'\n"
        #expect(Self.ids(single) == ["3:15 aspect-ratio-unknown"])
        let block = "model: seedance_2_0_pro\nprompt: |\n  a cat\n  # seedance-ignore: unquoted-ratio\naspect_ratio: 16:9\n"
        #expect(Self.ids(block) == ["5:15 unquoted-ratio"])
        let flow = "{model: seedance_2_0_pro, prompt: \"x # seedance-ignore: unquoted-ratio\", aspect_ratio: 16:9}\n"
        #expect(Self.ids(flow) == ["1:88 unquoted-ratio"])
    }

    @Test func aHashWithoutSpaceBeforeItIsNotAComment() {
        // Taken as a comment, it would be reported as naming no rule.
        let text = "model: seedance_2_0_pro\nprompt: cat#seedance-ignore:no-such-rule\n"
        #expect(Self.ids(text).isEmpty)
    }

    @Test func multiByteTextBeforeTheCommentKeepsColumnsRight() {
        let text = "model: seedance_2_0_pro\nprompt: 猫が踊る  # seedance-ignore: prompt-empty\n"
        let found = Self.lint(text)
        #expect(found.map(\.ruleID) == ["unused-ignore"])
        #expect(found.first?.span.start.column == 34)
    }

    @Test func anIgnoreInDefaultsSuppressesTheMergedInheritedFinding() {
        let text = "defaults:\n  model: seedance_2_0_pro\n  aspect_ratio: 16:9  # seedance-ignore: unquoted-ratio\nshots:\n  - prompt: a\n  - prompt: b\n"
        #expect(Self.ids(text).isEmpty)
    }

    @Test func anIgnoreForARuleTheConfigTurnsOffIsNotReportedUnused() {
        let text = Self.head + "aspect_ratio: 16:9  # seedance-ignore: unquoted-ratio\n"
        #expect(Self.ids(text, severities: ["unquoted-ratio": Self.off]).isEmpty)
    }

    @Test func theIgnoreRulesTakeConfiguredSeverities() {
        let text = Self.head + "duration: 5  # seedance-ignore: duration-range\n"
        #expect(Self.lint(text, severities: ["unused-ignore": .error]).map(\.severity) == [.error])
        #expect(Self.lint(text, severities: ["unused-ignore": Self.off]).isEmpty)
    }

    @Test func frontEndFindingsCanBeSuppressed() {
        let text = "model: seedance_2_0_pro\nprompt: a\nprompt: b  # seedance-ignore: duplicate-key\n"
        #expect(Self.ids(text).isEmpty)
    }
}
