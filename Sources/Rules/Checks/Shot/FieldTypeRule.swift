import SeedanceDiagnostics
import SeedanceSpec
import SeedanceYAML

/// Each field's value has the type of SPEC.md section 2, read by the YAML 1.2 core schema.
public struct FieldTypeRule: Rule {
    public static let description = RuleDescription(
        id: "field-type", severity: .error,
        summary: "A field's value has the wrong type",
        description: """
        Values are typed by the YAML 1.2 core schema, as the API reads the JSON it gets: \
        only `true`/`false` are booleans (`yes`, `no`, `on` and `off` are strings), \
        `duration` is an integer (`5.0` and `"5"` are not), strings are strings, media are \
        a URL string or a mapping, and reference lists are lists. In a media mapping, `url` \
        and `file` are strings, `duration` a number of seconds and `faces` a boolean. A \
        storyboard's `defaults` is a mapping and its `description` a string. The help says \
        what to write instead.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\ngenerateAudio: ↓yes\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nduration: ↓5.0\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nduration: ↓\"5\"\n"),
            Example("model: seedance_2_0_pro\nprompt: ↓[a, cat]\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceImages: ↓https://a.example/x.png\n"),
            Example(#"{"model": "seedance_2_0_pro", "prompt": "a cat", "duration": ↓5.0}"#, file: "body.json"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceVideos:\n  - url: https://a.example/a.mp4\n    duration: ↓5s\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image:\n  url: ↓[https://a.example/a.png]\n  faces: ↓yes\n"),
            Example("description: ↓[a, b]\ndefaults: ↓model seedance_2_0_pro\nshots:\n  - model: seedance_2_0_pro\n    prompt: a cat\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nduration: 5\ngenerateAudio: false\n"),
            Example("model: seedance_2_0_pro\nprompt: \"123\"\nduration: !!int \"6\"\n"),
            Example("description: the teaser\ndefaults:\nshots:\n  - model: seedance_2_0_pro\n    prompt: a cat\n"),
        ])

    public init() {}

    private func expected(_ key: String) -> Expected? {
        switch key {
        case "model", "prompt", "aspect_ratio", "name", "description", "output": return .string
        case "duration": return .integer
        case "generateAudio": return .boolean
        case "first_image", "last_image": return .media
        case "referenceImages", "referenceVideos", "referenceAudios": return .mediaList
        default: return nil
        }
    }

    /// A storyboard's own keys: `defaults` a mapping (a bad one would silently give its
    /// shots nothing), `description` a string. Its `name` is name-format's.
    public func check(file: SpecFile, _ context: inout RuleContext) {
        for case .storyboard(let storyboard) in file.documents {
            if let defaults = storyboard.defaultsNode, defaults.mapping == nil, defaults.scalar?.value != .null {
                context.report(defaults.span, "`defaults` must be a mapping of task fields, not \(defaults.valueDescription)",
                               help: "write each shared field indented under `defaults:`, e.g. `  model: seedance_2_0_pro`")
            }
            if let description = storyboard.node["description"], description.scalar?.value != .null,
               !Expected.string.matches(description) {
                let advice = Expected.string.advice(for: description)
                context.report(description.span, "`description` must be a string, not \(description.valueDescription)",
                               help: advice.help, fix: advice.fix(for: description))
            }
        }
    }

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        guard let expected = expected(field.key), !field.isNull else { return }
        let value = field.value
        if expected.matches(value) {
            if expected == .mediaList { checkItems(field, at: site, &context) }
            for media in field.mediaItems { checkMediaKeys(media, at: site, &context) }
            return
        }
        let advice = expected.advice(for: value)
        context.report(value: field, at: site, "`\(field.key)` must be \(expected.name), not \(value.valueDescription)",
                       help: advice.help, fix: advice.fix(for: value))
    }

    private func checkItems(_ field: Field, at site: FieldSite, _ context: inout RuleContext) {
        for item in field.value.sequence ?? [] where !Expected.media.matches(item) {
            context.report(item.span, "an item of `\(field.key)` must be \(Expected.media.name), not \(item.valueDescription)",
                           help: Expected.media.advice(for: item).help, inheritedBy: site.inheritors)
        }
    }

    /// The keys of a media mapping: `url`/`file` strings, `duration` a number, `faces` a boolean.
    private func checkMediaKeys(_ media: MediaRef, at site: FieldSite, _ context: inout RuleContext) {
        let checks: [(String, YAMLNode?, Expected)] = [
            ("url", media.urlNode, .string), ("file", media.fileNode, .string),
            ("duration", media.durationNode, .number), ("faces", media.facesNode, .boolean),
        ]
        for (key, node, expected) in checks {
            guard media.isMapping, let node, node.scalar?.value != .null, !expected.matches(node) else { continue }
            let advice = expected.advice(for: node)
            context.report(node.span, "`\(key)` in a media mapping must be \(expected.name), not \(node.valueDescription)",
                           help: advice.help, fix: advice.fix(for: node), inheritedBy: site.inheritors)
        }
    }
}

/// What to write instead of a wrong value: the help, and the replacement where the
/// meaning is beyond doubt, which the help names and the fix writes.
private struct Advice {
    var help: String?
    var replacement: String?

    init(_ help: String?, replacement: String? = nil) {
        self.help = help
        self.replacement = replacement
    }

    /// The machine-applicable fix: not through aliases or explicit tags (`!!str yes` is
    /// deliberate), nor in block scalars.
    func fix(for node: YAMLNode) -> TextEdit? {
        guard let replacement, !node.isAlias, node.tag == nil, let scalar = node.scalar, !scalar.style.isBlock else { return nil }
        return TextEdit(span: node.span, replacement: replacement)
    }
}

/// The type a field's value must have; each case knows what matches it and what to
/// write instead, so the help and the fix of a type come from one place.
private enum Expected {
    case string, integer, number, boolean, media, mediaList

    var name: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .number: return "a number of seconds"
        case .boolean: return "a boolean (`true` or `false`)"
        case .media: return "a URL string or a media mapping"
        case .mediaList: return "a list"
        }
    }

    func matches(_ node: YAMLNode) -> Bool {
        switch self {
        case .string: return node.scalar?.value == .string
        case .integer: if case .int = node.scalar?.value { return true } else { return false }
        case .number:
            switch node.scalar?.value { case .int, .float: return true; default: return false }
        case .boolean: if case .bool = node.scalar?.value { return true } else { return false }
        case .media: return node.scalar?.value == .string || node.mapping != nil
        case .mediaList: return node.sequence != nil
        }
    }

    /// Replacements only where the meaning is beyond doubt: YAML 1.1's booleans (`yes`,
    /// `off`, ...) and the quoted `"true"` as `true`/`false`, a whole `5.0` or a quoted
    /// `"5"` as `5`; never a rounding (`5.5` has two answers).
    func advice(for node: YAMLNode) -> Advice {
        guard let scalar = node.scalar else { return adviceForCollection(node) }
        let text = MessageText.excerpt(scalar.text)
        switch self {
        case .boolean:
            switch scalar.text.lowercased() {
            case "yes", "on", "y", "true": return Advice("write `true`: YAML 1.2 reads `\(text)` as a string", replacement: "true")
            case "no", "off", "n", "false": return Advice("write `false`: YAML 1.2 reads `\(text)` as a string", replacement: "false")
            default: return Advice("write `true` or `false`")
            }
        case .integer:
            if case .float(let d) = scalar.value, d.isFinite, d == d.rounded(), abs(d) < 1e9 {
                return Advice("write `\(Int(d))`: the API takes whole seconds", replacement: String(Int(d)))
            }
            if case .float = scalar.value { return Advice("the API takes whole seconds: round it, e.g. `\(Int(scalar.text.split(separator: ".").first ?? "5") ?? 5)`") }
            if scalar.style.isQuoted, let i = Int(scalar.text) { return Advice("remove the quotes: `\(i)`", replacement: String(i)) }
            return Advice("write a whole number of seconds, e.g. `5`")
        case .number:
            if scalar.style.isQuoted, Double(scalar.text) != nil { return Advice("remove the quotes: `\(text)`") }
            return Advice("write the length in seconds as a number, e.g. `8` or `7.5`")
        case .string:
            return Advice("quote it to make it a string: \"\(text)\"")
        case .media:
            return Advice("write the URL as a string (`https://...` or `asset://...`), or a mapping with `url:`")
        case .mediaList:
            return Advice("write a list, even of one item: `[\(text)]` or `- \(text)` on its own line")
        }
    }

    /// A list or mapping where one value belongs (a `[` or `{` YAML took as a collection,
    /// a `key: value` inside a value, a list where one item goes).
    private func adviceForCollection(_ node: YAMLNode) -> Advice {
        switch self {
        case .string:
            return Advice("write one string; quote it (`\"...\"`) when it starts with `[` or `{` or holds `: `")
        case .integer:
            return Advice("write one whole number of seconds, e.g. `5`")
        case .number:
            return Advice("write one length in seconds, e.g. `8` or `7.5`")
        case .boolean:
            return Advice("write `true` or `false`")
        case .media:
            return Advice(node.sequence != nil
                ? "write one item, not a list: a URL string (`https://...` or `asset://...`) or a mapping with `url:`"
                : "write a URL string (`https://...` or `asset://...`) or a mapping with `url:`")
        case .mediaList:
            return Advice("make it a list of one item: put `- ` before the mapping's first key (`- url: ...`)")
        }
    }
}
