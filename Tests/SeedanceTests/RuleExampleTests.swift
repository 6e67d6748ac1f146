import SeedanceDiagnostics
import SeedanceRules
import Testing

/// Runs every rule's own examples (SwiftLint's generated rule tests): each triggering
/// example must be reported by that rule exactly at its `↓` markers, each non-triggering
/// one not at all.
@Suite struct RuleExampleTests {
    static let linter = Linter()

    static func findings(_ example: Example, rule id: String) -> [(line: Int, column: Int)] {
        let source = SourceFile(path: example.fileName, text: example.source)
        return linter.lint(source).diagnostics.filter { $0.ruleID == id }.map { ($0.span.start.line, $0.span.start.column) }
    }

    @Test(arguments: RuleRegistry.ids)
    func triggeringExamplesAreReportedAtTheirMarkers(id: String) {
        let description = RuleRegistry.rule(id: id)!.description
        for example in description.triggering {
            let expected = example.markedPositions
            #expect(!expected.isEmpty, "a triggering example of \(id) has no ↓ marker")
            let found = Self.findings(example, rule: id)
            #expect(found.map { "\($0.line):\($0.column)" } == expected.map { "\($0.line):\($0.column)" },
                    "\(id): \(example.text)")
        }
    }

    @Test(arguments: RuleRegistry.ids)
    func nonTriggeringExamplesAreNotReported(id: String) {
        let description = RuleRegistry.rule(id: id)!.description
        #expect(!description.nonTriggering.isEmpty, "\(id) has no non-triggering example")
        for example in description.nonTriggering {
            #expect(Self.findings(example, rule: id).isEmpty, "\(id): \(example.text)")
        }
    }

    @Test(arguments: RuleRegistry.ids)
    func declarationIsComplete(id: String) {
        let description = RuleRegistry.rule(id: id)!.description
        #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "rule ids are kebab-case")
        #expect(!description.summary.isEmpty && !description.summary.hasSuffix("."))
        #expect(description.description.count > 40)
        #expect(!description.triggering.isEmpty || id == "file-too-large", "\(id) has no triggering example")
    }

    @Test func idsAreUnique() {
        #expect(Set(RuleRegistry.ids).count == RuleRegistry.ids.count)
    }
}
