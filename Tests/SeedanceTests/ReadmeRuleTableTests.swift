import SeedanceRules
import Testing

/// The README's rule table is generated from the rules (ruff's generated docs): it must
/// not go stale when a rule is added or its summary changes.
@Suite struct ReadmeRuleTableTests {
    @Test func readmeTableMatchesTheRules() throws {
        let readme = try #require(RepositoryFiles.readText("README.md"), "README.md not found at \(RepositoryFiles.root)")
        let begin = "<!-- rules:begin -->\n", end = "<!-- rules:end -->"
        let start = try #require(readme.firstRange(of: begin), "README.md has no \(begin)")
        let stop = try #require(readme.firstRange(of: end), "README.md has no \(end)")
        let table = String(readme[start.upperBound..<stop.lowerBound])
        let expected = RuleDocumentation.markdownTable()
        #expect(table == expected, "README.md's rule table is stale: run scripts/update-readme-rules. Expected:\n\(expected)")
    }

    @Test func everyRuleIsInTheTable() {
        let table = RuleDocumentation.markdownTable()
        for id in RuleRegistry.ids {
            #expect(table.contains("| `\(id)` |"), "\(id) missing from the table")
        }
    }
}
