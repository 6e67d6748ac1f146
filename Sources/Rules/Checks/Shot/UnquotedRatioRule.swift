import SeedanceDiagnostics
import SeedanceSpec

/// An unquoted `16:9` is a base-60 integer to YAML 1.1 readers.
public struct UnquotedRatioRule: Rule {
    public static let description = RuleDescription(
        id: "unquoted-ratio", severity: .warning,
        summary: "An unquoted ratio like `16:9` is a number to YAML 1.1 tools",
        description: """
        seedance reads YAML 1.2, where `aspect_ratio: 16:9` is the string "16:9". YAML 1.1 \
        readers (PyYAML and most tools built on it) read it as the base-60 integer 969, so \
        another tool in your pipeline may send a number. Quote the ratio; `--fix` does it.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\naspect_ratio: ↓16:9\n"),
            Example("defaults:\n  model: seedance_2_0_pro\n  aspect_ratio: ↓9:16\nshots:\n  - prompt: a\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\naspect_ratio: \"16:9\"\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\naspect_ratio: !!str 16:9\n"),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        guard field.key == "aspect_ratio", let scalar = field.value.scalar, scalar.style == .plain,
              field.value.resolved.tag == nil, UnquotedRatioRule.isSexagesimal(scalar.text)
        else { return }
        let n = UnquotedRatioRule.base60(scalar.text)
        context.report(value: field, at: site,
                       "unquoted `\(scalar.text)` is the integer \(n) to YAML 1.1 readers",
                       help: "quote it: \"\(scalar.text)\"",
                       fix: field.value.isAlias ? nil : TextEdit(span: field.value.span, replacement: "\"\(scalar.text)\""))
    }

    /// YAML 1.1's base-60 integer: `[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+`.
    static func isSexagesimal(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 2, let head = parts.first, let first = head.first, ("1"..."9").contains(first),
              head.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...2).contains(part.count) && part.allSatisfy { $0.isASCII && $0.isNumber }
                && (part.count == 1 || ("0"..."5").contains(part.first!))
        }
    }

    static func base60(_ text: String) -> Int {
        text.split(separator: ":").reduce(0) { $0 * 60 + (Int($1.filter { $0 != "_" }) ?? 0) }
    }
}
