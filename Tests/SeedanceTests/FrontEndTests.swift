import SeedanceDiagnostics
import SeedanceYAML
import Testing

/// The YAML front end: core-schema typing, explicit tags, merge keys and streams
/// (SPEC.md section 1). The limits of section 7 are in LimitTests.
@Suite struct FrontEndTests {
    static func value(_ yaml: String) -> ScalarValue? {
        FrontEnd.root("v: \(yaml)\n")?["v"]?.scalar?.value
    }

    @Test(arguments: [
        ("true", ScalarValue.bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
        ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
        ("yes", .string), ("no", .string), ("on", .string), ("off", .string), ("y", .string),
        ("tRUE", .string),
        ("010", .int(10)), ("0", .int(0)), ("-5", .int(-5)), ("+7", .int(7)),
        ("0x1F", .int(31)), ("0xff", .int(255)), ("0o17", .int(15)), ("0o8", .string), ("0x", .string),
        ("1_0", .string), ("12:30", .string), ("16:9", .string), ("0b101", .string),
        ("5.0", .float(5)), ("5.", .float(5)), (".5", .float(0.5)), ("-1.5e3", .float(-1500)), ("1e3", .float(1000)),
        (".inf", .float(.infinity)), ("-.Inf", .float(-.infinity)), ("+.INF", .float(.infinity)),
        ("1.2.3", .string), ("e3", .string), ("1e", .string),
        ("null", .null), ("Null", .null), ("NULL", .null), ("~", .null), ("", .null), ("nULL", .string),
        ("\"true\"", .string), ("'5'", .string), ("\"\"", .string), ("'null'", .string),
        ("!!str 5", .string), ("!!str true", .string), ("!!int \"7\"", .int(7)), ("!!int 0x10", .int(16)),
        ("!!float 5", .float(5)), ("!!float '2.5'", .float(2.5)), ("!!bool \"false\"", .bool(false)),
        ("!!null ''", .null), ("!custom 5", .string), ("! 5", .string),
    ])
    func coreSchemaTyping(_ yaml: String, _ expected: ScalarValue) {
        #expect(Self.value(yaml) == expected, "v: \(yaml)")
    }

    @Test func notANumber() {
        guard case .float(let f)? = Self.value(".nan") else {
            Issue.record("`.nan` is not a float")
            return
        }
        #expect(f.isNaN)
    }

    @Test func hugeIntegersSaturateInsteadOfTrapping() {
        #expect(Self.value("99999999999999999999999") == .int(.max))
        #expect(Self.value("-99999999999999999999999") == .int(.min))
        #expect(Self.value("0xFFFFFFFFFFFFFFFFFFFF") == .int(.max))
    }

    @Test(arguments: ["!!int abc", "!!bool yes", "!!float x1", "!!null 0"])
    func tagThatDoesNotFitIsAnErrorAtTheNode(_ yaml: String) {
        let found = FrontEnd.findings(FrontEnd.lint("v: \(yaml)\n"), FrontEndRuleID.tagMismatch)
        #expect(found == ["yaml-tag-mismatch@1:4"], "v: \(yaml)")
    }

    @Test func textOfScalarsAfterQuotingAndFolding() {
        let root = FrontEnd.root("a: 'it''s'\nb: \"tab\\tand \\u00e9\"\nc: >\n  one\n  two\nd: plain  words  \n")
        #expect(root?["a"]?.scalar?.text == "it's")
        #expect(root?["b"]?.scalar?.text == "tab\tand é")
        #expect(root?["c"]?.scalar?.text == "one two\n")
        #expect(root?["d"]?.scalar?.text == "plain  words")
        #expect(root?["a"]?.scalar?.style == .singleQuoted)
        #expect(root?["b"]?.scalar?.style == .doubleQuoted)
    }

    // MARK: Merge keys

    @Test func mergeOfOneMapping() {
        let root = FrontEnd.root("a: &a {x: 1, y: 2}\nb:\n  <<: *a\n  y: 3\n")
        let b = root?["b"]
        #expect(b?.keys == ["y", "x"])
        #expect(b?["x"]?.scalar?.value == .int(1))
        #expect(b?["y"]?.scalar?.value == .int(3), "the mapping's own key wins")
    }

    @Test func mergeOfAListEarlierWins() {
        let root = FrontEnd.root("a: &a {x: 1}\nb: &b {x: 2, z: 3}\nc:\n  <<: [*a, *b]\n  w: 0\n")
        let c = root?["c"]
        #expect(c?.keys == ["w", "x", "z"])
        #expect(c?["x"]?.scalar?.value == .int(1), "in `<<: [*a, *b]` the earlier mapping wins")
        #expect(c?["z"]?.scalar?.value == .int(3))
        #expect(c?.pair("z")?.mergedAt?.short == "4:3-4:5")
    }

    @Test func mergeWrittenBeforeOrAfterOwnKeysGivesTheSameResult() {
        let before = FrontEnd.root("a: &a {x: 1}\nb: {<<: *a, x: 2}\n")?["b"]?["x"]?.scalar?.value
        let after = FrontEnd.root("a: &a {x: 1}\nb: {x: 2, <<: *a}\n")?["b"]?["x"]?.scalar?.value
        #expect(before == .int(2))
        #expect(after == .int(2))
    }

    @Test func mergeOfAnInlineMappingAndNestedMerges() {
        let root = FrontEnd.root("a: &a {x: 1}\nb: &b {<<: *a, y: 2}\nc: {<<: [*b, {z: 3}]}\n")
        // b is its own `y`, then the merged `x`; c takes b's pairs in that order, then z.
        #expect(root?["c"]?.keys == ["y", "x", "z"])
    }

    @Test func mergeOfManyKeysIntoASmallMappingIsLinear() {
        // 20 000 merged keys into a mapping of one key: finding each one in a list was
        // quadratic (seconds); the mapping switches to a dictionary.
        let keys = (0..<20_000).map { "k\($0): \($0)" }.joined(separator: ", ")
        let root = FrontEnd.root("a: &a {\(keys)}\nb: {k5: own, <<: *a}\n")
        #expect(root?["b"]?.mapping?.count == 20_000)
        #expect(root?["b"]?["k5"]?.scalar?.text == "own")
        #expect(root?["b"]?["k19999"]?.scalar?.value == .int(19_999))
    }

    @Test(arguments: [
        ("<<: 5\n", "1:5"), ("a: &a [1]\nb:\n  <<: *a\n", "3:7"), ("a: &a 1\nb: {<<: [*a]}\n", "2:10"), ("b: {<<: [{x: 1}, 5]}\n", "1:18"),
    ])
    func mergeOfSomethingThatIsNotAMapping(_ yaml: String, _ at: String) {
        #expect(FrontEnd.findings(FrontEnd.lint(yaml), FrontEndRuleID.mergeKey) == ["yaml-merge-key@\(at)"])
    }

    @Test func quotedOrTaggedMergeKeyIsAnOrdinaryKey() {
        #expect(FrontEnd.root("a: &a {x: 1}\nb: {'<<': *a}\n")?["b"]?.keys == ["<<"])
        #expect(FrontEnd.root("a: &a {x: 1}\nb: {!!merge <<: *a}\n")?["b"]?.keys == ["x"])
    }

    // MARK: Streams

    @Test func documentsAreIndependent() {
        let stream = FrontEnd.parse("a: &x 1\n---\nb: *x\n---\nc: 3\n")
        #expect(stream.documents.count == 3)
        let found = FrontEnd.findings(stream.diagnostics, FrontEndRuleID.unknownAnchor)
        #expect(found == ["yaml-unknown-anchor@3:4"], "an anchor does not reach into the next document")
        #expect(stream.documents[2].root?["c"]?.scalar?.value == .int(3))
    }

    @Test func anchorsCanBeRedefined() {
        let root = FrontEnd.root("a: &x 1\nb: *x\nc: &x 2\nd: *x\n")
        #expect(root?["b"]?.scalar?.value == .int(1))
        #expect(root?["d"]?.scalar?.value == .int(2))
    }

    @Test func errorInALaterDocumentKeepsTheEarlierOnes() {
        let stream = FrontEnd.parse("a: 1\n---\nb: [\n")
        #expect(!stream.isComplete)
        #expect(stream.documents.first?.root?["a"]?.scalar?.value == .int(1))
        #expect(FrontEnd.findings(stream.diagnostics) == ["yaml-syntax@4:1"])
    }

    @Test func jsonIsYAML() {
        let root = FrontEnd.root("{\"model\": \"seedance_2_0_pro\", \"duration\": 5, \"generateAudio\": false, \"x\": null}")
        #expect(root?["duration"]?.scalar?.value == .int(5))
        #expect(root?["generateAudio"]?.scalar?.value == .bool(false))
        #expect(root?["x"]?.scalar?.value == .null)
        #expect(root?["model"]?.scalar?.value == .string)
    }

    @Test func cleanSpecHasNoFrontEndDiagnostic() {
        let stream = FrontEnd.parse("model: seedance_2_0_pro\nprompt: |\n  a cat\nduration: 5\n")
        #expect(stream.diagnostics.isEmpty)
        #expect(stream.isComplete)
    }
}
