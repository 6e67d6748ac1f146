import SeedanceDiagnostics
import SeedanceEmitter
import SeedanceRules

/// `--format sarif`: SARIF 2.1.0, the format GitHub code scanning (and most code review
/// tools) read. One run; the driver lists every rule, so that a result's rule documentation
/// shows even for rules that found nothing in this run.
public struct SARIFFormatter: DiagnosticFormatter {
    /// The official schema of the format (OASIS SARIF 2.1.0, errata 01).
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    public let toolVersion: String
    let rules: [RuleDescription]

    public init(toolVersion: String) {
        self.init(toolVersion: toolVersion, rules: RuleRegistry.all.map { $0.description })
    }

    init(toolVersion: String, rules: [RuleDescription]) {
        self.toolVersion = toolVersion
        self.rules = rules
    }

    public func render(_ report: DiagnosticReport) -> String {
        var index: [String: Int] = [:]
        for (i, rule) in rules.enumerated() { index[rule.id] = i }
        let driver = JSONValue.object([
            ("name", .string("seedance")),
            ("version", .string(toolVersion)),
            ("semanticVersion", .string(toolVersion)),
            ("rules", .array(rules.map(Self.encode))),
        ])
        let run = JSONValue.object([
            ("tool", .object([("driver", driver)])),
            // Our columns count Unicode scalars; SARIF's default would be UTF-16 code units.
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(report.diagnostics.map { Self.encode($0, ruleIndex: index[$0.ruleID]) })),
        ])
        let log = JSONValue.object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
        return log.serialized(pretty: true) + "\n"
    }

    static func encode(_ rule: RuleDescription) -> JSONValue {
        .object([
            ("id", .string(rule.id)),
            ("name", .string(Self.pascalCase(rule.id))),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.description))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
            ("help", .object([("text", .string(RuleDocumentation.text(for: rule)))])),
        ])
    }

    static func encode(_ d: Diagnostic, ruleIndex: Int?) -> JSONValue {
        var text = d.message
        if let help = d.help { text += "\nhelp: " + help }
        var pairs: [(String, JSONValue)] = [("ruleId", .string(d.ruleID))]
        if let ruleIndex { pairs.append(("ruleIndex", .int(ruleIndex))) }
        pairs += [
            ("level", .string(level(d.severity))),
            ("message", .object([("text", .string(text))])),
            ("locations", .array([.object([("physicalLocation", .object([
                ("artifactLocation", artifact(d.path)),
                ("region", region(d.span)),
            ]))])])),
        ]
        if let fix = d.fix {
            pairs.append(("fixes", .array([.object([
                ("description", .object([("text", .string("replace with `\(fix.replacement)`"))])),
                ("artifactChanges", .array([.object([
                    ("artifactLocation", artifact(d.path)),
                    ("replacements", .array([.object([
                        ("deletedRegion", region(fix.span)),
                        ("insertedContent", .object([("text", .string(fix.replacement))])),
                    ])])),
                ])])),
            ])])))
        }
        return .object(pairs)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }

    /// SARIF regions are 1-based and, like our spans, end just past the last character.
    static func region(_ span: Span) -> JSONValue {
        .object([
            ("startLine", .int(span.start.line)), ("startColumn", .int(span.start.column)),
            ("endLine", .int(span.end.line)), ("endColumn", .int(span.end.column)),
        ])
    }

    static func artifact(_ path: String) -> JSONValue {
        .object([("uri", .string(URIPath.reference(for: path)))])
    }

    /// `duration-range` → `DurationRange`: SARIF's `name` is meant to be an identifier.
    static func pascalCase(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
