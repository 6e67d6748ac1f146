import ArgumentParser
import SeedanceRules

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: id, default severity, summary."
    )

    @Flag(help: "Print the Markdown table the README carries (scripts/update-readme-rules).")
    var markdown = false

    func run() throws {
        if markdown { return Terminal.write(RuleDocumentation.markdownTable()) }
        let all = RuleRegistry.all.map { $0.description }
        let width = all.map(\.id.count).max() ?? 0
        var out = ""
        for d in all {
            out += d.id.padding(to: width) + "  " + d.severity.rawValue.padding(to: 7) + "  " + d.summary + "\n"
        }
        Terminal.write(out)
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show a rule's documentation with an example that triggers it and one that does not."
    )

    @Argument(help: "A rule id, as `seedance rules` lists them.")
    var rule: String

    func validate() throws {
        guard RuleRegistry.rule(id: rule) != nil else {
            let hint = Suggest.help(for: rule, among: RuleRegistry.ids).map { " (\($0))" } ?? ""
            throw ValidationError("no rule `\(rule)`\(hint); `seedance rules` lists them")
        }
    }

    func run() throws {
        Terminal.write(RuleDocumentation.text(for: RuleRegistry.rule(id: rule)!.description))
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
