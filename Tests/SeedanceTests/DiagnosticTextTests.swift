import SeedanceDiagnostics
import SeedanceRules
import Testing

/// What the messages and helps say about user text: one line whatever the value holds
/// (CLI.md's header is `PATH:LINE:COLUMN: SEVERITY: MESSAGE [RULE-ID]`), a bounded excerpt
/// of a huge value, and no fix or help that would mislead.
@Suite struct DiagnosticTextTests {
    static func lint(_ text: String, file: String = "spec.yaml") -> [Diagnostic] {
        Linter().lint(SourceFile(path: file, text: text)).diagnostics
    }

    @Test func aValueWithLineBreaksIsQuotedOnOneLine() throws {
        let text = "model: |\n  seedance\n  pro\nprompt: a cat\nduration: \"5\\nsix\"\nname: \"a\\tb\"\n"
        let diagnostics = Self.lint(text)
        try #require(diagnostics.count == 3)
        for d in diagnostics {
            #expect(!d.message.contains("\n") && !d.message.contains("\t"), "\(d.message)")
            #expect(!(d.help ?? "").contains("\n"), "\(d.help ?? "")")
        }
        #expect(diagnostics.contains { $0.message == "unknown model `seedance\\npro\\n`" })
        #expect(diagnostics.contains { $0.message == "`duration` must be an integer, not the quoted string `5\\nsix`" })
        #expect(diagnostics.contains { $0.message == "`a\\tb` is not a valid shot name" })
    }

    /// A `[`, `{` or `key: value` where one value belongs: the help says what to write.
    @Test(arguments: [
        ("model: {a: b}\nprompt: a cat\n", "`model` must be a string, not a mapping", "write one string; quote it"),
        ("model: seedance_2_0_pro\nprompt: [a, cat]\n", "`prompt` must be a string, not a list", "write one string; quote it"),
        ("model: seedance_2_0_pro\nprompt: a\nduration: [1, 2]\n", "`duration` must be an integer, not a list",
         "write one whole number of seconds, e.g. `5`"),
        ("model: seedance_2_0_pro\nprompt: a\ngenerateAudio: {on: 1}\n", "`generateAudio` must be a boolean (`true` or `false`), not a mapping",
         "write `true` or `false`"),
        ("model: seedance_2_0_pro\nprompt: a\nfirst_image: [https://a.example/a.png]\n",
         "`first_image` must be a URL string or a media mapping, not a list", "write one item, not a list"),
        ("model: seedance_2_0_pro\nprompt: a\nreferenceImages:\n  url: https://a.example/a.png\n",
         "`referenceImages` must be a list, not a mapping", "put `- ` before the mapping's first key"),
        ("model: seedance_2_0_pro\nprompt: a\nreferenceVideos:\n  - url: https://a.example/a.mp4\n    duration: [5]\n",
         "`duration` in a media mapping must be a number of seconds, not a list", "write one length in seconds"),
        ("model: seedance_2_0_pro\nprompt: a\nreferenceImages:\n  - [https://a.example/a.png]\n",
         "an item of `referenceImages` must be a URL string or a media mapping, not a list", "write one item, not a list"),
    ])
    func aCollectionWhereOneValueBelongsGetsAHelp(text: String, message: String, help: String) throws {
        let found = try #require(Self.lint(text).first { $0.ruleID == "field-type" })
        #expect(found.message == message)
        #expect(found.help?.hasPrefix(help) == true || found.help?.contains(help) == true, "\(found.help ?? "no help")")
        #expect(found.fix == nil)
    }

    @Test func aValueIsNamedByItsTypeAndText() throws {
        let text = "model: seedance_2_0_pro\nprompt: 7\nduration: 5.0\ngenerateAudio: 1\nname: \"\"\n"
        let messages = Self.lint(text).filter { $0.ruleID == "field-type" }.map(\.message)
        #expect(messages == ["`prompt` must be a string, not the integer `7`", "`duration` must be an integer, not the number `5.0`",
                             "`generateAudio` must be a boolean (`true` or `false`), not the integer `1`"])
    }

    /// A shot with its own `name:` is renamed; one named by default gets a `name:`.
    @Test(arguments: [
        ("  - name: intro\n    prompt: a\n  - name: intro\n    prompt: b\n", "rename one of them"),
        ("  - prompt: a\n  - name: story-1\n    prompt: b\n", "rename this shot, or give shot 1 a `name:` of its own"),
        ("  - name: story-2\n    prompt: a\n  - prompt: b\n", "give this shot a `name:` of its own, or rename the other"),
    ])
    func aDuplicateNameGetsAHelpThatFitsHowTheShotsAreNamed(shots: String, remedy: String) throws {
        let text = "defaults:\n  model: seedance_2_0_pro\nshots:\n" + shots
        let found = Linter().lint(SourceFile(path: "story.yaml", text: text)).diagnostics.filter { $0.ruleID == "name-duplicate" }
        try #require(found.count == 1)
        #expect(found[0].help == "`apply` tracks each shot by its name: " + remedy)
    }

    @Test func aHugeValueIsCutInTheMessage() throws {
        let huge = String(repeating: "x", count: 5000)
        let diagnostics = Self.lint("model: seedance_2_0_pro\nprompt: a cat\nduration: \(huge)\n")
        try #require(diagnostics.count == 1)
        let message = diagnostics[0].message
        #expect(message.count < 120, "\(message.count) characters")
        #expect(message.hasSuffix(String(repeating: "x", count: MessageText.maxCharacters) + "…`"))
    }

    @Test func excerptKeepsShortTextAndEscapesControlCharacters() {
        #expect(MessageText.excerpt("16:9") == "16:9")
        #expect(MessageText.excerpt("a\r\nb\u{7}") == "a\\r\\nb\\u{7}")
        #expect(MessageText.excerpt(String(repeating: "é", count: 61)) == String(repeating: "é", count: 60) + "…")
        #expect(MessageText.oneLine("no change") == "no change")
    }

    @Test func anInheritingShotWithAStrangeNameIsNamedOnOneLine() throws {
        let text = "defaults:\n  model: seedance_2_0_pro\n  duration: 40\nshots:\n  - name: \"a\\nb\"\n    prompt: x\n"
        let duration = Self.lint(text).filter { $0.ruleID == "duration-range" }
        try #require(duration.count == 1)
        #expect(duration[0].message.hasSuffix("inherited by shot `a\\nb`)"))
    }

    @Test func aKeyTwoEditsFromAKnownOneIsSuggestedButNotRenamed() throws {
        let text = "base: &base\n  model: seedance_2_0_pro\ndefaults: *base\nshots:\n  - prompt: a cat\n"
        let unknown = Self.lint(text).filter { $0.ruleID == "unknown-key" }
        try #require(unknown.count == 1)
        #expect(unknown[0].help == "did you mean `name`?")
        #expect(unknown[0].fix == nil, "renaming `base` to `name` would make the storyboard's name a mapping")
    }

    @Test func aKeyOneEditOrOnlySeparatorsAwayIsRenamed() {
        for key in ["durration", "generate_audio", "Prompt"] {
            let text = "model: seedance_2_0_pro\n\(key == "Prompt" ? "" : "prompt: a\n")\(key): 5\n"
            let fixes = Self.lint(text).filter { $0.ruleID == "unknown-key" }.compactMap(\.fix)
            #expect(fixes.count == 1, "\(key)")
        }
    }

    @Test func aStoryboardNameThatIsAListGetsAHelpThatFits() throws {
        let text = "name: [spring]\ndefaults:\n  model: seedance_2_0_pro\nshots:\n  - prompt: a cat\n"
        let name = Self.lint(text).filter { $0.ruleID == "name-format" }
        try #require(name.count == 1)
        #expect(name[0].help == "write the storyboard's name as one word, e.g. `name: spring-launch`")
    }

    @Test func defaultsThatAreNotAMappingAreReportedNotIgnored() throws {
        let text = "defaults: [1, 2]\ndescription: 5\nshots:\n  - model: seedance_2_0_pro\n    prompt: a cat\n"
        let found = Self.lint(text).map { "\($0.ruleID)@\($0.span.start.line):\($0.span.start.column)" }
        #expect(found == ["field-type@1:11", "field-type@2:14"])
    }

    @Test func anInheritedStandardModelWithAnOwnFrameAndListPointsAtTheFrame() throws {
        let text = "defaults:\n  model: seedance_2_0\nshots:\n  - prompt: a\n    referenceImages: [https://a.example/y.png]\n"
            + "    first_image: https://a.example/x.png\n"
        let found = Self.lint(text).filter { $0.ruleID == "reference-video-required" }
        try #require(found.count == 1)
        #expect(found[0].span.start.line == 6, "the message names `first_image`, so it points there")
    }
}
