import Foundation
import SeedanceDiagnostics
import SeedanceFormats
import SeedanceRules
import Testing

/// `schema/seedance.schema.json`: the committed file is the generated one, it is a valid
/// draft-07 schema, and a real validator (check-jsonschema) agrees with the linter on every
/// spec we have: a document is schema-valid exactly when the linter reports no structural
/// error in it.
@Suite struct SchemaTests {
    static let root = ExternalTools.packageRoot
    static let schemaPath = root + "/schema/seedance.schema.json"

    /// The rules whose every finding a JSON Schema also makes: keys, types, enums, ranges,
    /// required fields, the document's kind. When one of them reports a document, the
    /// schema must reject it.
    static let structuralRuleIDs: Set<String> = [
        "document-not-mapping", "unknown-key", "required-field", "field-type",
        "model-unknown", "prompt-empty", "duration-range", "aspect-ratio-unknown",
        "storyboard-shots", "storyboard-task-field", "defaults-shot-only", "reference-count", "empty-list",
    ]

    /// Rules that check a point of the schema and more besides (a URL's host, a default
    /// name taken from the file name): a schema rejection may be theirs, but not every
    /// finding of theirs is one.
    static let partlyStructuralRuleIDs: Set<String> = ["name-format", "media-url", "media-duration"]

        @Test func committedSchemaIsTheGeneratedOne() throws {
        let committed = try String(contentsOfFile: Self.schemaPath, encoding: .utf8)
        #expect(committed == SchemaGenerator().text(), "schema/seedance.schema.json is stale: run scripts/update-schema")
    }

    @Test func structuralRulesExist() {
        #expect(Self.structuralRuleIDs.isDisjoint(with: Self.partlyStructuralRuleIDs))
        for id in Self.structuralRuleIDs.union(Self.partlyStructuralRuleIDs).sorted() {
            #expect(RuleRegistry.rule(id: id) != nil, "structuralRuleIDs names `\(id)`, which no rule has")
        }
    }

    @Test func schemaIsAValidDraft07Schema() throws {
        let validator = try PythonTools.tool("check-jsonschema")
        let result = try ExternalTools.run([validator, "--check-metaschema", Self.schemaPath])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    /// One spec to compare: its text and where it came from.
    struct Fixture {
        var name: String
        var fileName: String
        var text: String
    }

    /// Every spec of specs/, of Tests/Fixtures (its schema/ folder holds cases made for
    /// this test) and every rule's examples.
    static func fixtures() throws -> [Fixture] {
        var fixtures: [Fixture] = []
        for folder in ["specs", "Tests/Fixtures"] {
            let base = root + "/" + folder
            let files = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
            for file in files.sorted() where [".yaml", ".yml", ".json"].contains(where: file.hasSuffix)
                && !file.hasPrefix("sarif/") {
                let text = try String(contentsOfFile: base + "/" + file, encoding: .utf8)
                fixtures.append(Fixture(name: folder + "/" + file, fileName: (file as NSString).lastPathComponent, text: text))
            }
        }
        for rule in RuleRegistry.all {
            let d = rule.description
            for (kind, examples) in [("triggering", d.triggering), ("non-triggering", d.nonTriggering)] {
                // Config files are not specs, and an inline ignore hides findings on purpose.
                for (i, example) in examples.enumerated()
                where !example.fileName.hasSuffix(".seedance.yaml") && !example.text.contains("seedance-ignore") {
                    fixtures.append(Fixture(name: "\(d.id) \(kind) example \(i + 1)", fileName: example.fileName,
                                            text: example.source))
                }
            }
        }
        return fixtures
    }

    /// The documents of a YAML stream, split at `---` and `...` lines: check-jsonschema
    /// reads one document per file (a multi-document file is a parse error to it).
    static func documents(_ text: String, json: Bool) -> [String] {
        if json { return [text] }
        var documents: [String] = [], current = ""
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            if line == "---" || line.hasPrefix("--- ") || line == "..." {
                documents.append(current)
                current = line.hasPrefix("--- ") ? String(line.dropFirst(4)) + "\n" : ""
            } else {
                current += line + "\n"
            }
        }
        documents.append(current)
        // Text before the first `---` that holds no node (blank lines, comments) is no document.
        return documents.filter { doc in
            doc.split(separator: "\n").contains { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
        }
    }

    /// JSON Schema cannot tell 5.0 from 5 (both are the number five), and ruamel.yaml reads
    /// `1_0` as 10 where YAML 1.2's core schema reads a string: a `field-type` finding at
    /// such a number is the loader's business, not the schema's.
    static func isNumberTypingGap(_ d: Diagnostic, in text: String) -> Bool {
        guard d.ruleID == "field-type", d.span.start.line == d.span.end.line else { return false }
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[d.span.start.line - 1]
        let scalars = Array(line.unicodeScalars)
        guard d.span.end.column - 1 <= scalars.count else { return false }
        let token = String(String.UnicodeScalarView(scalars[(d.span.start.column - 1)..<(d.span.end.column - 1)]))
        let digits = token.filter { $0 != "_" }
        guard let value = Double(digits), value == value.rounded(), !token.hasPrefix("\"") else { return false }
        return true
    }

    @Test func validatorAndLinterAgreeOnEverySpec() throws {
        let validator = try PythonTools.tool("check-jsonschema")
        let linter = Linter()
        let folder = NSTemporaryDirectory() + "seedance-schema-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        var compared: [(fixture: Fixture, structural: [Diagnostic], partly: [Diagnostic], files: [String])] = []
        var skipped = 0
        for (i, fixture) in try Self.fixtures().enumerated() {
            let diagnostics = linter.lint(SourceFile(path: fixture.fileName, text: fixture.text)).diagnostics
            // A file the YAML front end rejects, or with an empty document, has no
            // document to hand a schema validator; such files are the linter's alone.
            if diagnostics.contains(where: { RuleRegistry.rule(id: $0.ruleID) is any FrontEndRule.Type || $0.ruleID == "empty-document" }) {
                skipped += 1
                continue
            }
            let json = fixture.fileName.hasSuffix(".json")
            var files: [String] = []
            for (j, document) in Self.documents(fixture.text, json: json).enumerated() {
                let file = folder + "/\(i)-\(j)" + (json ? ".json" : ".yaml")
                try document.write(toFile: file, atomically: true, encoding: .utf8)
                files.append(file)
            }
            let structural = diagnostics.filter {
                Self.structuralRuleIDs.contains($0.ruleID) && !Self.isNumberTypingGap($0, in: fixture.text)
            }
            let partly = diagnostics.filter { Self.partlyStructuralRuleIDs.contains($0.ruleID) }
            compared.append((fixture, structural, partly, files))
        }
        #expect(compared.count > 50, "too few specs compared (\(compared.count)); \(skipped) skipped")
        print("SchemaTests: \(compared.count) specs compared, \(skipped) left to the linter (YAML errors, empty documents)")

        // One validator run for every document: it starts in a quarter of a second.
        let run = try ExternalTools.run([validator, "-o", "json", "--schemafile", Self.schemaPath]
                                        + compared.flatMap(\.files))
        let output = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any],
                                  "check-jsonschema printed no JSON: \(run.stdout)\(run.stderr)")
        let errors = (output["errors"] as? [[String: Any]]) ?? []
        let parseErrors = (output["parse_errors"] as? [[String: Any]]) ?? []
        var messages: [String: [String]] = [:]
        for error in errors + parseErrors {
            guard let file = error["filename"] as? String else { continue }
            messages[file, default: []].append("\(error["path"] as? String ?? "parse error"): \(error["message"] as? String ?? "")")
        }

        for (fixture, structural, partly, files) in compared {
            let schemaErrors = files.flatMap { messages[$0] ?? [] }
            let linterFindings = structural.map { "\($0.span.start.line):\($0.span.start.column) [\($0.ruleID)] \($0.message)" }
            if schemaErrors.isEmpty {
                #expect(structural.isEmpty, """
                    \(fixture.name): the schema accepts it, but the linter reports \(linterFindings); \
                    the schema should say so too (SchemaGenerator, then scripts/update-schema)
                    """)
            } else {
                #expect(!structural.isEmpty || !partly.isEmpty, """
                    \(fixture.name): the schema rejects it (\(schemaErrors)) but the linter reports no structural \
                    error; if a rule reports it, add the rule's id to structuralRuleIDs (or partlyStructuralRuleIDs), else the schema is too strict
                    """)
            }
            if fixture.name.contains("/schema/valid-") { #expect(schemaErrors.isEmpty, "\(fixture.name) should be valid") }
            if fixture.name.contains("/schema/invalid-") { #expect(!schemaErrors.isEmpty, "\(fixture.name) should be invalid") }
        }
    }

    @Test func splitsDocumentsAsYAMLDoes() {
        #expect(Self.documents("# c\n---\na: 1\n---\nb: 2\n...\n", json: false) == ["a: 1\n", "b: 2\n"])
        #expect(Self.documents("--- {a: 1}\n", json: false) == ["{a: 1}\n"])
        #expect(Self.documents("{\"a\": 1}", json: true) == ["{\"a\": 1}"])
    }
}
