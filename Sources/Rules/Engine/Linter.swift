import SeedanceDiagnostics
import SeedanceSpec
import SeedanceYAML

/// The result of linting one file.
public struct LintResult: Sendable {
    public let file: SpecFile
    /// Sorted in the stable order (position, then rule id).
    public let diagnostics: [Diagnostic]
}

/// A rule with its id and the severity it reports at.
private struct ModelRule: Sendable {
    let rule: any Rule
    let id: String
    let severity: Severity
}

/// Runs every enabled rule over a file in one pass and merges what they find.
public struct Linter: Sendable {
    public let facts: APIFacts
    /// Configured severities by rule id; nil turns a rule off.
    public let severities: [String: Severity?]
    private let rules: [any Rule]
    /// The rules that run on the model (front-end rules report while the file is read),
    /// with their id and effective severity: worked out once here, since a dynamic cast
    /// and a copy of each description per file and rule cost 5% of a corpus run.
    private let modelRules: [ModelRule]

    public init(facts: APIFacts = .builtIn, severities: [String: Severity?] = [:],
                rules: [any Rule.Type] = RuleRegistry.all) {
        self.facts = facts
        self.severities = severities
        self.rules = rules.filter { severities[$0.description.id] != .some(nil) }.map { $0.init() }
        var modelRules: [ModelRule] = []
        for rule in self.rules where !(rule is any FrontEndRule) {
            let description = type(of: rule).description
            modelRules.append(ModelRule(rule: rule, id: description.id,
                                        severity: (severities[description.id] ?? nil) ?? description.severity))
        }
        self.modelRules = modelRules
    }

    public func lint(_ source: SourceFile) -> LintResult {
        if ConfigReader.isConfigFile(source.path) { return lintConfigFile(source) }
        let file = SpecFile.load(source)
        var context = RuleContext(file: file, facts: facts)
        context.pending = file.stream.diagnostics.map { PendingDiagnostic(diagnostic: $0, inheritedBy: []) }
        let defaultsSites = Linter.defaultsSites(of: file)
        for modelRule in modelRules {
            context.ruleID = modelRule.id
            context.severity = modelRule.severity
            run(modelRule.rule, on: file, defaultsSites: defaultsSites, &context)
        }
        var diagnostics = Linter.merge(context.pending)
        diagnostics = Suppression.apply(diagnostics, in: file, severities: severities)
        diagnostics = applySeverities(diagnostics)
        diagnostics.sort(by: Diagnostic.stableOrder)
        return LintResult(file: file, diagnostics: diagnostics)
    }

    private func run(_ rule: any Rule, on file: SpecFile, defaultsSites: [(Field, FieldSite)],
                     _ context: inout RuleContext) {
        rule.check(file: file, &context)
        for shot in file.shots {
            rule.check(shot: shot, &context)
            for field in shot.ownFields {
                rule.check(field: field, at: .shot(shot), &context)
            }
        }
        for (field, site) in defaultsSites {
            rule.check(field: field, at: site, &context)
        }
    }

    /// Each field of every `defaults:` with the shots that inherit it, found once per file
    /// in one walk over the shots (not once per rule and field: a hostile storyboard with
    /// thousands of keys and shots made that quadratic).
    static func defaultsSites(of file: SpecFile) -> [(Field, FieldSite)] {
        var sites: [(Field, FieldSite)] = []
        for case .storyboard(let storyboard) in file.documents where !storyboard.defaults.isEmpty {
            var inheritors: [String: [Shot]] = [:]
            for shot in storyboard.shots {
                for (key, field) in shot.fields where field.origin == .defaults {
                    inheritors[key, default: []].append(shot)
                }
            }
            for field in storyboard.defaults {
                sites.append((field, .defaults(storyboard, inheritedBy: inheritors[field.key] ?? [])))
            }
        }
        return sites
    }

    /// Front-end findings carry their rule's default severity; apply the configured one.
    private func applySeverities(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !severities.isEmpty else { return diagnostics }
        return diagnostics.compactMap { d in
            guard let configured = severities[d.ruleID] else { return d }
            guard let severity = configured else { return nil }
            var copy = d
            copy.severity = severity
            return copy
        }
    }

    /// One diagnostic per finding: the same finding about the same inherited value in
    /// several shots becomes one that names them all (SPEC.md section 3).
    static func merge(_ pending: [PendingDiagnostic]) -> [Diagnostic] {
        struct Key: Hashable {
            let rule: String
            let span: Span
            let message: String
        }
        var order: [Key] = []
        var merged: [Key: PendingDiagnostic] = [:]
        // The names already listed per finding: a Set, since one inherited value in a
        // storyboard of many thousand shots gives as many pending findings.
        var named: [Key: Set<String>] = [:]
        for item in pending {
            let key = Key(rule: item.diagnostic.ruleID, span: item.diagnostic.span, message: item.diagnostic.message)
            if merged[key] != nil {
                for name in item.inheritedBy where named[key, default: []].insert(name).inserted {
                    merged[key]!.inheritedBy.append(name)
                }
            } else {
                order.append(key)
                merged[key] = item
                if !item.inheritedBy.isEmpty { named[key] = Set(item.inheritedBy) }
            }
        }
        return order.map { key in
            var item = merged[key]!
            if !item.inheritedBy.isEmpty {
                item.diagnostic.message += " (in `defaults`, inherited by \(Linter.shotList(item.inheritedBy)))"
            }
            return item.diagnostic
        }
    }

    /// "shot `a`", "shots `a` and `b`", "shots `a`, `b` and `c`".
    static func shotList(_ names: [String]) -> String {
        let quoted = names.map { "`\(MessageText.excerpt($0))`" }
        if quoted.count == 1 { return "shot " + quoted[0] }
        return "shots " + quoted.dropLast().joined(separator: ", ") + " and " + quoted.last!
    }
}
