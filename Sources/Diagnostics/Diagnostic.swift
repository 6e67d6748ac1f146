/// How bad a finding is. The order is the order of importance.
public enum Severity: String, Comparable, Sendable, CaseIterable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A machine-applicable fix: replace the text in `span` by `replacement`.
public struct TextEdit: Hashable, Sendable {
    public var span: Span
    public var replacement: String

    public init(span: Span, replacement: String) {
        self.span = span
        self.replacement = replacement
    }
}

/// One finding about one file, as every output format reports it.
public struct Diagnostic: Hashable, Sendable {
    /// The stable kebab-case id of the rule that found it, e.g. `duration-range`.
    public var ruleID: String
    public var severity: Severity
    /// What is wrong, in one sentence without a final period, on one line.
    public var message: String
    /// The file as the user named it (or as it was found under a named folder).
    public var path: String
    public var span: Span
    /// What to do about it, when the message alone does not say.
    public var help: String?
    public var fix: TextEdit?

    public init(ruleID: String, severity: Severity, message: String, path: String, span: Span,
                help: String? = nil, fix: TextEdit? = nil) {
        self.ruleID = ruleID
        self.severity = severity
        // One line each, whatever user text they quote (MessageText).
        self.message = MessageText.oneLine(message)
        self.path = path
        self.span = span
        self.help = help.map(MessageText.oneLine)
        self.fix = fix
    }

    /// The order every output uses: by path, then position, then rule id, so that the
    /// output is the same whatever order the files were checked in.
    public static func stableOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.path != b.path { return a.path < b.path }
        if a.span.start != b.span.start { return a.span.start < b.span.start }
        if a.span.end != b.span.end { return a.span.end < b.span.end }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        return a.message < b.message
    }
}

/// Counts of diagnostics by severity.
public struct Summary: Equatable, Sendable {
    public var errors = 0
    public var warnings = 0
    public var notes = 0

    public init() {}

    public init<S: Sequence>(_ diagnostics: S) where S.Element == Diagnostic {
        for d in diagnostics { add(d.severity) }
    }

    public mutating func add(_ severity: Severity) {
        switch severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .note: notes += 1
        }
    }
}
