import SeedanceDiagnostics
import SeedanceSpec

/// A code example in a rule's documentation. In a triggering example, `↓` marks where
/// the diagnostic must start (the marker is removed before the text is linted); one
/// example may have several markers.
public struct Example: Sendable {
    public let text: String
    /// The file name the example is linted as (its extension matters: `.json`).
    public let fileName: String

    public init(_ text: String, file: String = "example.yaml") {
        self.text = text
        self.fileName = file
    }

    public static let marker: Character = "↓"

    /// The text without markers.
    public var source: String { text.replacingMarkers() }

    /// The 1-based (line, column) of each marker, in the text without markers.
    public var markedPositions: [(line: Int, column: Int)] {
        var positions: [(Int, Int)] = []
        var line = 1, column = 1
        for ch in text {
            if ch == Example.marker {
                positions.append((line, column))
                continue
            }
            if ch == "\n" { line += 1; column = 1 } else { column += ch.unicodeScalars.count }
        }
        return positions
    }
}

extension String {
    fileprivate func replacingMarkers() -> String {
        String(filter { $0 != Example.marker })
    }
}

/// Everything a rule says about itself: what `seedance rules` lists, what
/// `seedance explain` prints and what the generic rule test runs.
public struct RuleDescription: Sendable {
    /// Stable kebab-case id, used in output, config files and `# seedance-ignore:`.
    public let id: String
    public let severity: Severity
    /// One line, no final period.
    public let summary: String
    /// Why the rule exists and what to do; plain text, a few sentences.
    public let description: String
    /// Examples that must be reported, at each `↓`.
    public let triggering: [Example]
    /// Examples that must not be reported.
    public let nonTriggering: [Example]

    public init(id: String, severity: Severity, summary: String, description: String,
                triggering: [Example], nonTriggering: [Example]) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.description = description
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

/// Where a field is being checked: in a shot, or once in a storyboard's `defaults:`.
public enum FieldSite {
    case shot(Shot)
    /// `defaults:` of a storyboard; `inheritedBy` are the shots that take the field from
    /// it (a shot that sets or unsets the key itself does not).
    case defaults(Storyboard, inheritedBy: [Shot])

    public var shot: Shot? {
        if case .shot(let s) = self { return s }
        return nil
    }
}

/// A lint rule. Implement only the callbacks the rule needs; the linter makes one pass
/// over each file and calls every rule's callbacks (actionlint's design).
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    /// Once per file, for checks on documents and the file as a whole.
    func check(file: SpecFile, _ context: inout RuleContext)
    /// Once per shot, with its effective fields (`defaults` laid under it).
    func check(shot: Shot, _ context: inout RuleContext)
    /// Once per field as written: each shot's own fields, and each field of `defaults:`.
    func check(field: Field, at site: FieldSite, _ context: inout RuleContext)
}

extension Rule {
    public func check(file: SpecFile, _ context: inout RuleContext) {}
    public func check(shot: Shot, _ context: inout RuleContext) {}
    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {}
}

/// A rule whose check is made by the YAML front end while it reads the file; declared
/// here so that it is listed, explained and tested like every other rule.
public protocol FrontEndRule: Rule {}
