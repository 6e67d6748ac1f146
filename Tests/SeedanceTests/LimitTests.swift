import SeedanceDiagnostics
import SeedanceRules
import SeedanceYAML
import Testing

/// SPEC.md section 7: every bad input gets an error with its rule id at the position where
/// it happens, and nothing crashes, hangs or overflows the stack.
@Suite struct LimitTests {
    static func at(_ text: String, _ rule: String) -> [String] {
        FrontEnd.findings(FrontEnd.lint(text), rule)
    }

    static func at(bytes: [UInt8], _ rule: String) -> [String] {
        FrontEnd.findings(FrontEnd.lint(bytes: bytes), rule)
    }

    @Test(arguments: [
        ("a: [1, 2\n", "2:1"), ("a: b: c\n", "1:5"), ("a: \"x\n", "1:4"), ("a: 1\n b: 2\n", "2:3"),
        ("{a: 1\n", "2:1"), (": x\n", "1:1"), ("a: 1\n---\nb: [\n", "4:1"), ("a: &x\n  - 1\n &y b\n", "3:2"),
    ])
    func syntaxErrors(_ text: String, _ at: String) {
        let diagnostics = FrontEnd.lint(text)
        #expect(FrontEnd.findings(diagnostics, FrontEndRuleID.syntax) == ["yaml-syntax@\(at)"], "\(text)")
        #expect(diagnostics.first { $0.ruleID == FrontEndRuleID.syntax }?.message.hasPrefix("YAML syntax error: ") == true)
    }

    @Test func syntaxErrorSaysWhereTheConstructStarted() {
        let d = FrontEnd.lint("model: [a, b\n").first { $0.ruleID == FrontEndRuleID.syntax }
        #expect(d?.message == "YAML syntax error: expected `,` or `]` in the list opened at line 1, column 8")
        #expect(d?.help == "close the list with `]`, or put a `,` between its items")
    }

    /// An unclosed string is reported at its opening quote, not at the end of the file.
    @Test func unclosedStringIsReportedWhereItOpens() {
        let d = FrontEnd.lint("model: seedance_2_0_pro\nprompt: 'a cat\nduration: 5\n").first { $0.ruleID == FrontEndRuleID.syntax }
        #expect(d?.message == "YAML syntax error: unclosed quoted string")
        #expect(d.map { "\($0.span.start.line):\($0.span.start.column)" } == "2:9")
    }

    /// A libyaml problem without a plainer wording keeps libyaml's, with its context.
    @Test func otherSyntaxErrorsKeepLibyamlsWords() {
        let d = FrontEnd.lint("a: !<x\n").first { $0.ruleID == FrontEndRuleID.syntax }
        #expect(d?.message == "YAML syntax error: did not find the expected '>'")
        #expect(d?.help == "libyaml: while scanning a tag at line 1, column 4")
    }

    @Test(arguments: [
        ([0x61, 0x3A, 0x20, 0xFF, 0x0A], "1:4", "0xFF"), ([0x61, 0x3A, 0x20, 0x80], "1:4", "0x80"),
        ([0x61, 0x3A, 0x20, 0xC3, 0x28], "1:4", "0xC3"),            // a lead byte without its continuation
        ([0x61, 0x3A, 0x20, 0xED, 0xA0, 0x80], "1:4", "0xED"),      // a UTF-16 surrogate
        ([0x61, 0x3A, 0x20, 0xC0, 0xAF], "1:4", "0xC0"),            // an overlong form
        ([0x61, 0x3A, 0x0A, 0x62, 0x3A, 0x20, 0xC3, 0xA9, 0xF4, 0x90, 0x80, 0x80], "2:5", "0xF4"),  // above U+10FFFF
    ] as [([UInt8], String, String)])
    func invalidUTF8(_ bytes: [UInt8], _ at: String, _ shown: String) {
        let diagnostics = FrontEnd.lint(bytes: bytes)
        #expect(FrontEnd.findings(diagnostics, FrontEndRuleID.encoding) == ["yaml-encoding@\(at)"])
        #expect(diagnostics.first?.message == "invalid UTF-8 byte \(shown)")
    }

    @Test func nulByte() {
        #expect(Self.at(bytes: Array("model: x\nprompt: a".utf8) + [0] + Array("b\n".utf8), FrontEndRuleID.encoding)
            == ["yaml-encoding@2:10"])
        // UTF-16 (what some Windows editors save) is full of NULs: the first one is reported.
        #expect(Self.at(bytes: [0xFF, 0xFE, 0x61, 0x00], FrontEndRuleID.encoding) == ["yaml-encoding@1:1"])
    }

    @Test func controlCharacter() {
        let d = FrontEnd.lint(bytes: Array("x: a\u{1}b\n".utf8)).first
        #expect(d.map { FrontEnd.findings([$0]) } == ["yaml-encoding@1:5"])
        #expect(d?.message == "control character U+0001 is not allowed in YAML")
    }

    @Test func byteOrderMarkAfterTheStart() {
        #expect(Self.at("model: x\u{FEFF}\n", FrontEndRuleID.byteOrderMark) == ["yaml-bom@1:9"])
        #expect(Self.at("\u{FEFF}\u{FEFF}a: 1\n", FrontEndRuleID.byteOrderMark) == ["yaml-bom@1:1"])
        #expect(Self.at("\u{FEFF}model: x\n", FrontEndRuleID.byteOrderMark).isEmpty)
    }

    @Test func tabsAsIndentation() {
        #expect(Self.at("model: x\n\tprompt: a\n", FrontEndRuleID.tabIndentation) == ["yaml-tab-indent@2:1"])
        #expect(Self.at("shots:\n  - a\n\t- b\n", FrontEndRuleID.tabIndentation) == ["yaml-tab-indent@3:1"])
        // After `- `, a tab would indent the compact mapping that follows: libyaml refuses it there.
        #expect(Self.at("shots:\n  -\tprompt: a\n", FrontEndRuleID.tabIndentation) == ["yaml-tab-indent@2:4"])
    }

    @Test func tabsInsideFlowCollectionsAndQuotedStringsAreFine() {
        let diagnostics = FrontEnd.lint("a: [1,\t2]\nb: {x:\t1}\nc: \"x\ty\"\nd: 'p\tq'\ne: x\t# comment\n")
        #expect(diagnostics.filter { $0.ruleID.hasPrefix("yaml-") }.isEmpty, "\(diagnostics)")
        #expect(FrontEnd.root("c: \"x\ty\"\n")?["c"]?.scalar?.text == "x\ty")
    }

    // MARK: Depth

    @Test func depth256IsAllowedAndDepth257IsAnErrorAtItsFirstNode() {
        // The root is depth 1, so 255 brackets put the scalar `1` at depth 256.
        let ok = String(repeating: "[", count: 255) + "1" + String(repeating: "]", count: 255) + "\n"
        #expect(FrontEnd.parse(ok).diagnostics.isEmpty)
        let deep = String(repeating: "[", count: 256) + "1" + String(repeating: "]", count: 256) + "\n"
        #expect(FrontEnd.findings(FrontEnd.parse(deep).diagnostics) == ["yaml-depth-limit@1:257"])
    }

    @Test func depthInBlockStyle() {
        // Line k is a mapping at depth k whose key is at depth k + 1: line 256's key is 257.
        let text = (0..<300).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n") + " 1\n"
        #expect(FrontEnd.findings(FrontEnd.parse(text).diagnostics) == ["yaml-depth-limit@256:256"])
    }

    @Test func depthOf100000InFlowStyleFinishesWithOneError() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        let diagnostics = FrontEnd.lint(text)
        #expect(FrontEnd.findings(diagnostics) == ["yaml-depth-limit@1:257"])
    }

    @Test func depthOf100000InBlockStyleFinishesWithOneError() {
        let sequences = String(repeating: "- ", count: 100_000) + "x\n"
        #expect(FrontEnd.findings(FrontEnd.lint(sequences)) == ["yaml-depth-limit@1:513"])
        // Block mappings need one more space a level: 2 000 levels already take 2 MB.
        let mappings = (0..<2_000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        #expect(FrontEnd.findings(FrontEnd.lint(mappings)) == ["yaml-depth-limit@256:256"])
    }

    // MARK: Aliases

    static let billionLaughs = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]

        """

    @Test func billionLaughsIsRejectedAtTheAliasThatPassesTheLimit() {
        // Expanding b costs 9 dereferences, c 90, d 819, e 7 380: 8 298 in all. The first
        // `*e` in f costs 1 + 7 380 more, past 10 000.
        let diagnostics = FrontEnd.lint(Self.billionLaughs)
        #expect(FrontEnd.findings(diagnostics) == ["yaml-alias-limit@6:8"])
        #expect(diagnostics.first?.message == "more than 10000 alias expansions in one document")
    }

    @Test func exactly10000ExpansionsAreAllowed() {
        // 10 000 aliases to one scalar: 10 000 dereferences, the limit itself.
        let ok = "a: &a x\nb: [" + Array(repeating: "*a", count: 10_000).joined(separator: ",") + "]\n"
        #expect(FrontEnd.parse(ok).diagnostics.isEmpty)
        let over = "a: &a x\nb: [" + Array(repeating: "*a", count: 10_001).joined(separator: ",") + "]\n"
        #expect(FrontEnd.findings(FrontEnd.parse(over).diagnostics) == ["yaml-alias-limit@2:\(5 + 3 * 10_000)"])
    }

    @Test func aliasCountIsPerDocument() {
        let doc = "a: &a x\nb: [" + Array(repeating: "*a", count: 6_000).joined(separator: ",") + "]\n"
        #expect(FrontEnd.parse(doc + "---\n" + doc).diagnostics.isEmpty)
    }

    @Test func unknownAnchor() {
        #expect(Self.at("model: *nope\n", FrontEndRuleID.unknownAnchor) == ["yaml-unknown-anchor@1:8"])
        #expect(Self.at("a: *later\nb: &later 1\n", FrontEndRuleID.unknownAnchor) == ["yaml-unknown-anchor@1:4"],
                "an anchor must come before its alias")
    }

    // MARK: Keys and documents

    @Test(arguments: [("? [a, b]\n: 1\n", "1:3"), ("{[a]: 1}\n", "1:2"), ("? {x: 1}\n: 2\n", "1:3")])
    func nonScalarKey(_ text: String, _ at: String) {
        let diagnostics = FrontEnd.lint(text)
        #expect(FrontEnd.findings(diagnostics, FrontEndRuleID.keyNotString) == ["key-not-string@\(at)"])
    }

    @Test(arguments: [("1: a\n", "an integer"), ("true: a\n", "a boolean"), ("~: a\n", "null"), ("1.5: a\n", "a number")])
    func nonStringKey(_ text: String, _ kind: String) {
        let d = FrontEnd.lint(text).first { $0.ruleID == FrontEndRuleID.keyNotString }
        #expect(d.map { FrontEnd.findings([$0]) } == ["key-not-string@1:1"])
        #expect(d?.message.hasSuffix("is \(kind), not a string") == true, "\(d?.message ?? "")")
        #expect(FrontEnd.lint("\"1\": a\n").allSatisfy { $0.ruleID != FrontEndRuleID.keyNotString })
    }

    @Test(arguments: [("- a\n", "1:1"), ("just text\n", "1:1"), ("model: x\nprompt: y\n---\n[1]\n", "4:1"), ("--- 5\n", "1:5")])
    func documentThatIsNotAMapping(_ text: String, _ at: String) {
        #expect(Self.at(text, "document-not-mapping") == ["document-not-mapping@\(at)"])
    }

    @Test func duplicateKeys() {
        #expect(Self.at("a: 1\nb: 2\na: 3\n", FrontEndRuleID.duplicateKey) == ["duplicate-key@3:1"])
        #expect(Self.at("x: {a: 1, 'a': 2}\n", FrontEndRuleID.duplicateKey) == ["duplicate-key@1:11"])
        // A mapping of more than 16 keys finds duplicates with a dictionary: same result.
        let many = (0..<40).map { "k\($0): 1" }.joined(separator: "\n") + "\nk7: 2\nk39: 3\n"
        #expect(Self.at(many, FrontEndRuleID.duplicateKey) == ["duplicate-key@41:1", "duplicate-key@42:1"])
        let help = FrontEnd.lint("a: 1\na: 3\n").first { $0.ruleID == FrontEndRuleID.duplicateKey }?.help
        #expect(help == "`a` is already set at line 1, column 1; keep one of them")
    }

    @Test func inheritedFindingOfManyShotsNamesEachShotOnce() {
        // One bad `defaults` value inherited by 20 000 shots: one diagnostic naming all of
        // them (merging the names was quadratic, and so was finding each key's inheritors).
        let shots = (1...20_000).map { "  - {name: s\($0), prompt: p}" }.joined(separator: "\n")
        let text = "defaults:\n  model: seedance_2_0\n  bogus: 1\nshots:\n" + shots + "\n"
        let diagnostics = FrontEnd.lint(text)
        let inherited = diagnostics.filter { $0.ruleID == "reference-video-required" }
        #expect(inherited.count == 1)
        let message = inherited.first?.message ?? ""
        #expect(message.contains("inherited by shots `s1`, `s2`, "))
        #expect(message.hasSuffix("`s19999` and `s20000`)"))
        #expect(message.ranges(of: "`s777`").count == 1, "each shot named once")
        #expect(FrontEnd.findings(diagnostics, "unknown-key") == ["unknown-key@3:3"])
    }

    @Test func emptyDocumentsAndFiles() {
        #expect(Self.at("model: x\nprompt: y\n---\n", "empty-document") == ["empty-document@3:1"])
        #expect(Self.at("---\n---\nmodel: x\n", "empty-document") == ["empty-document@1:1"])
        #expect(Self.at("", "empty-document") == ["empty-document@1:1"])
        #expect(Self.at("# only a comment\n\n", "empty-document") == ["empty-document@1:1"])
        #expect(Self.at("\u{FEFF}", "empty-document") == ["empty-document@1:1"])
        #expect(FrontEnd.lint("").count == 1)
        #expect(FrontEnd.lint("").first?.severity == .warning)
    }
}
