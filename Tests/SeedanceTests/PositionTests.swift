import SeedanceDiagnostics
import SeedanceYAML
import Testing

/// Every node's span, exact to the column and the byte: lines and columns are 1-based,
/// columns count characters (Unicode scalars), offsets count bytes from the file's start.
@Suite struct PositionTests {
    @Test func keysAndValues() throws {
        let root = try #require(FrontEnd.root("model: seedance_2_0_pro\nprompt: a cat\n"))
        let model = try #require(root.pair("model")), prompt = try #require(root.pair("prompt"))
        #expect(model.keyNode.span.full == "1:1@0-1:6@5")
        #expect(model.value.span.full == "1:8@7-1:24@23")
        #expect(prompt.keyNode.span.full == "2:1@24-2:7@30")
        #expect(prompt.value.span.full == "2:9@32-2:14@37")
        #expect(root.span.full == "1:1@0-2:14@37", "a block mapping ends at its last value")
    }

    @Test func quotedValuesIncludeTheirQuotes() throws {
        let root = try #require(FrontEnd.root("a: \"x y\"\nb: 'z'\n"))
        #expect(root["a"]?.span.full == "1:4@3-1:9@8")
        #expect(root["a"]?.scalar?.text == "x y")
        #expect(root["b"]?.span.full == "2:4@12-2:7@15")
    }

    @Test func sequences() throws {
        let text = "shots:\n  - a\n  - bb\nrefs: [x, yy]\n"
        let root = try #require(FrontEnd.root(text))
        let shots = try #require(root["shots"]), items = try #require(shots.sequence)
        #expect(shots.span.full == "2:3@9-3:7@19", "a block list runs from its first `-` to its last item's end")
        #expect(items.map(\.span.full) == ["2:5@11-2:6@12", "3:5@17-3:7@19"])
        let refs = try #require(root["refs"])
        #expect(refs.isFlow)
        #expect(refs.span.full == "4:7@26-4:14@33", "a flow list includes its brackets")
        #expect(refs.sequence?.map(\.span.short) == ["4:8-4:9", "4:11-4:13"])
    }

    @Test func literalBlockScalarEndsAtItsLastContentCharacter() throws {
        let text = "prompt: |\n  line one\n  line two\n\nnext: 1\n"
        let root = try #require(FrontEnd.root(text))
        let prompt = try #require(root["prompt"])
        #expect(prompt.scalar?.text == "line one\nline two\n")
        #expect(prompt.scalar?.style == .literal)
        #expect(prompt.span.full == "1:9@8-3:11@31")
        #expect(root.pair("next")?.keyNode.span.start.full == "5:1@33")
    }

    @Test func foldedBlockScalarEndsAtItsLastContentCharacter() throws {
        let text = "prompt: >-\n  one\n  two   \n\n\n"
        let prompt = try #require(FrontEnd.root(text)?["prompt"])
        #expect(prompt.scalar?.text == "one two   ")
        #expect(prompt.scalar?.style == .folded)
        // Trailing spaces on the last line are content of a folded scalar but the span
        // ends at the last non-blank character, where an underline belongs.
        #expect(prompt.span.full == "1:9@8-3:6@22")
    }

    @Test func blockScalarKeepingTrailingLinesAndWithoutFinalBreak() throws {
        let keep = try #require(FrontEnd.root("a: |+\n  x\n\n\nb: 1\n")?["a"])
        #expect(keep.scalar?.text == "x\n\n\n")
        #expect(keep.span.short == "1:4-2:4")
        let last = try #require(FrontEnd.root("a: |\n  end")?["a"])
        #expect(last.scalar?.text == "end")
        #expect(last.span.full == "1:4@3-2:6@10")
    }

    @Test func anchorsAndAliases() throws {
        let text = "base: &b {model: x}\nshot: *b\n"
        let root = try #require(FrontEnd.root(text))
        let base = try #require(root["base"]), shot = try #require(root["shot"])
        #expect(base.span.full == "1:7@6-1:20@19", "an anchored node starts at its anchor")
        #expect(base.anchor == "b")
        #expect(shot.isAlias)
        #expect(shot.span.full == "2:7@26-2:9@28", "an alias node is where `*b` is written")
        #expect(shot.resolved === base)
        #expect(shot["model"]?.span.short == "1:18-1:19", "values reached through an alias are where the anchor is")
    }

    @Test func mergedKeysKeepTheirOwnPositionAndRememberTheMerge() throws {
        let text = """
        base: &base
          model: m
          duration: 5
        shot:
          <<: *base
          duration: 6

        """
        let shot = try #require(FrontEnd.root(text)?["shot"])
        #expect(shot.keys == ["duration", "model"], "own keys first, then merged ones")
        let duration = try #require(shot.pair("duration")), model = try #require(shot.pair("model"))
        #expect(duration.value.scalar?.value == .int(6), "own keys win over merged ones")
        #expect(duration.keyNode.span.short == "6:3-6:11")
        #expect(duration.mergedAt == nil)
        #expect(model.keyNode.span.short == "2:3-2:8")
        #expect(model.mergedAt?.full == "5:3@45-5:5@47")
    }

    @Test func documentsOfAStream() {
        let stream = FrontEnd.parse("a: 1\n---\nb: 2\n...\n---\nc: 3\n")
        #expect(stream.documents.count == 3)
        #expect(stream.documents.map(\.start.full) == ["1:1@0", "2:1@5", "5:1@18"])
        #expect(stream.documents.map(\.hasExplicitStart) == [false, true, true])
        #expect(stream.documents.map(\.index) == [0, 1, 2])
        #expect(stream.documents.compactMap { $0.root?.keys.first } == ["a", "b", "c"])
        #expect(stream.documents[2].root?.span.full == "6:1@22-6:5@26")
    }

    @Test func multiByteCharactersCountOneColumnAndTheirBytes() throws {
        // é is 2 bytes, 日 and 本 3 each, 😀 4: columns move by one, offsets by bytes.
        let text = "x: [é, 日本, 😀, end]\nnext: ok\n"
        let items = try #require(FrontEnd.root(text)?["x"]?.sequence)
        #expect(items.map(\.span.full) == [
            "1:5@4-1:6@6", "1:8@8-1:10@14", "1:12@16-1:13@20", "1:15@22-1:18@25",
        ])
        let next = try #require(FrontEnd.root(text)?.pair("next"))
        let lineTwo = FrontEnd.byteOffset(of: "next", in: text)
        #expect(next.keyNode.span.start.full == "2:1@\(lineTwo)")
        #expect(next.value.span.full == "2:7@\(lineTwo + 6)-2:9@\(lineTwo + 8)")
    }

    @Test func multiByteCharactersInABlockScalar() throws {
        let text = "prompt: |\n  猫が踊る\nduration: 5\n"
        let root = try #require(FrontEnd.root(text))
        #expect(root["prompt"]?.span.full == "1:9@8-2:7@24")
        #expect(root.pair("duration")?.keyNode.span.full == "3:1@25-3:9@33")
    }

    @Test func crlfLineEndings() throws {
        let text = "a: 1\r\nb: 2\r\nc: |\r\n  x\r\n  y\r\nd: é\r\n"
        let root = try #require(FrontEnd.root(text))
        #expect(root.pair("b")?.keyNode.span.full == "2:1@6-2:2@7")
        #expect(root["b"]?.span.full == "2:4@9-2:5@10")
        #expect(root["c"]?.scalar?.text == "x\ny\n")
        #expect(root["c"]?.span.full == "3:4@15-5:4@26", "a CRLF does not end up in the span")
        #expect(root["d"]?.span.full == "6:4@31-6:5@33")
    }

    @Test func byteOrderMarkAtTheStart() throws {
        let text = "\u{FEFF}a: 1\nb: é\n"
        let stream = FrontEnd.parse(text)
        #expect(stream.diagnostics.isEmpty)
        let root = try #require(stream.documents.first?.root)
        #expect(root.pair("a")?.keyNode.span.full == "1:1@3-1:2@4", "the mark is no column, but 3 bytes")
        #expect(root["b"]?.span.full == "2:4@11-2:5@13")
        #expect(FrontEnd.lint(text).filter { $0.ruleID.hasPrefix("yaml") }.isEmpty)
    }

    @Test func byteOrderMarkBeforeAMultiByteKey() throws {
        let root = try #require(FrontEnd.root("\u{FEFF}é: x\n"))
        #expect(root.pair("é")?.keyNode.span.full == "1:1@3-1:2@5")
        #expect(root["é"]?.span.full == "1:4@7-1:5@8")
    }

    @Test func sourceFileMapsBothWays() {
        let text = "a: é\r\nb: 日本\n\u{2028}c: 😀\n"
        let source = SourceFile(path: "t.yaml", text: text)
        #expect(source.lineCount == 5, "LF, CRLF and LS each end a line, as libyaml counts them")
        for offset in [0, 3, 7, 10, 13, 20, 23, 28] {
            let p = source.position(ofOffset: offset)
            #expect(source.offset(line: p.line, column: p.column) == offset, "round trip of byte \(offset)")
        }
        #expect(source.position(ofOffset: 13).full == "2:5@13")
        #expect(source.lineText(2) == "b: 日本")
        #expect(source.lineText(1) == "a: é")
    }
}
