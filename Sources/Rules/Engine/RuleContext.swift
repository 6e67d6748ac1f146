import SeedanceDiagnostics
import SeedanceSpec
import SeedanceYAML

/// A finding before inherited findings are merged: `inheritedBy` names the shots that
/// took the value from `defaults:`.
struct PendingDiagnostic {
    var diagnostic: Diagnostic
    var inheritedBy: [String]
}

/// What a rule sees besides the model: the file, the API facts, and where to report.
public struct RuleContext {
    public let file: SpecFile
    public let facts: APIFacts
    var ruleID = ""
    var severity = Severity.error
    var pending: [PendingDiagnostic] = []

    init(file: SpecFile, facts: APIFacts) {
        self.file = file
        self.facts = facts
    }

    /// Reports a finding of the running rule at its default (or configured) severity.
    public mutating func report(_ span: Span, _ message: String, help: String? = nil, fix: TextEdit? = nil,
                                inheritedBy: [String] = [], severity: Severity? = nil) {
        let diagnostic = Diagnostic(ruleID: ruleID, severity: severity ?? self.severity, message: message,
                                    path: file.path, span: span, help: help, fix: fix)
        pending.append(PendingDiagnostic(diagnostic: diagnostic, inheritedBy: inheritedBy))
    }

    /// Reports a finding about a field's value: at the value where it is written; a value
    /// inherited from `defaults:` is reported there, naming the shots that inherit it.
    public mutating func report(value field: Field, at site: FieldSite, _ message: String, help: String? = nil,
                                fix: TextEdit? = nil, span: Span? = nil) {
        report(span ?? field.value.span, message, help: help, fix: fix, inheritedBy: site.inheritors)
    }

    /// Reports a finding about a shot's effective field (from `check(shot:)`).
    public mutating func report(field: Field, of shot: Shot, _ message: String, help: String? = nil,
                                fix: TextEdit? = nil, onKey: Bool = false) {
        let span = onKey ? field.keyNode.span : field.value.span
        report(span, message, help: help, fix: fix, inheritedBy: field.origin == .defaults ? [shot.name] : [])
    }
}

extension FieldSite {
    /// The names of the shots a finding in `defaults:` applies to.
    var inheritors: [String] {
        if case .defaults(_, let shots) = self { return shots.map(\.name) }
        return []
    }
}
