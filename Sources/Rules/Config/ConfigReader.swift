import SeedanceDiagnostics
import SeedanceSpec
import SeedanceYAML

/// The ids of the checks the config reader makes; declared as rules in Checks/Config/.
public enum ConfigRuleID {
    public static let unknownKey = "config-unknown-key"
    public static let invalidValue = "config-invalid-value"
    public static let unknownRule = "config-unknown-rule"
    public static let invalidModel = "config-invalid-model"
}

/// Reads a `.seedance.yaml` with the spec's YAML front end into a `SeedanceConfig`,
/// reporting every problem with its position (all are errors: a config that does not
/// say what its author meant must not silently lint with other settings).
public struct ConfigReader {
    public static let fileName = ".seedance.yaml"
    public static let topKeys = ["rules", "include", "exclude", "baseURL", "output", "models"]
    public static let modelKeys = ["referenceVideos", "speed", "quality"]
    static let severityWords = ["off", "note", "warning", "error"]

    private let source: SourceFile
    private var config: SeedanceConfig
    private var diagnostics: [Diagnostic] = []

    private init(_ source: SourceFile) {
        self.source = source
        self.config = SeedanceConfig(path: source.path)
    }

    /// Whether a path names a config file by its name, so that `seedance lint
    /// .seedance.yaml` checks it as a config rather than as a spec.
    public static func isConfigFile(_ path: String) -> Bool {
        path == fileName || path.hasSuffix("/" + fileName)
    }

    /// The configuration a file describes and what is wrong with it.
    public static func read(_ source: SourceFile) -> (config: SeedanceConfig, diagnostics: [Diagnostic]) {
        var reader = ConfigReader(source)
        let stream = YAMLParser.parse(source)
        reader.diagnostics = stream.diagnostics
        let documents = stream.documents.filter { !isEmpty($0) }
        if let first = documents.first, let root = first.root {
            reader.readRoot(root)
        }
        for extra in documents.dropFirst() {
            reader.report(ConfigRuleID.invalidValue, Span(at: extra.start),
                          "a config file holds one YAML document; this one is ignored",
                          help: "merge its settings into the first document and remove the `---`")
        }
        return (reader.config, reader.diagnostics.sorted(by: Diagnostic.stableOrder))
    }

    private static func isEmpty(_ document: YAMLDocument) -> Bool {
        guard let scalar = document.root?.scalar else { return false }
        return scalar.value == .null && scalar.text.isEmpty && scalar.style == .plain
    }

    private mutating func report(_ rule: String, _ span: Span, _ message: String, help: String? = nil,
                                 fix: TextEdit? = nil) {
        diagnostics.append(Diagnostic(ruleID: rule, severity: .error, message: message, path: source.path,
                                      span: span, help: help, fix: fix))
    }

    private mutating func readRoot(_ root: YAMLNode) {
        guard let pairs = root.mapping else {
            report(ConfigRuleID.invalidValue, root.span, "a config file must be a mapping of settings, not \(root.kindName)",
                   help: "write settings such as `rules:`, `include:`, `exclude:`, `baseURL:`, `output:`, `models:`")
            return
        }
        for pair in pairs {
            // `key:` with nothing (or `null`) keeps the default, as `seedance config` prints it.
            if ConfigReader.topKeys.contains(pair.key), pair.value.scalar?.value == .null { continue }
            switch pair.key {
            case "rules": readRules(pair.value)
            case "include": config.include = readPatterns(pair)
            case "exclude": config.exclude = readPatterns(pair)
            case "baseURL": readBaseURL(pair.value)
            case "output":
                if let text = string(pair, what: "a folder path") {
                    config.output = Setting(text, .file(pair.value.span.start))
                }
            case "models": readModels(pair.value)
            default: reportUnknownKey(pair, known: ConfigReader.topKeys, place: "the config file", siblings: pairs)
            }
        }
    }

    /// The fix renames the key unless the suggested key is already in the mapping.
    private mutating func reportUnknownKey(_ pair: YAMLPair, known: [String], place: String, siblings: [YAMLPair]) {
        let suggestion = Suggest.closest(to: pair.key, among: known)
        var fix: TextEdit?
        if let suggestion, pair.keyNode.scalar?.style == .plain, !pair.keyNode.isAlias,
           !siblings.contains(where: { $0.key == suggestion }) {
            fix = TextEdit(span: pair.keyNode.span, replacement: suggestion)
        }
        let help = suggestion.map { "did you mean `\($0)`?" }
            ?? "known keys here: " + known.map { "`\($0)`" }.joined(separator: ", ")
        report(ConfigRuleID.unknownKey, pair.keyNode.span, "unknown key `\(pair.key)` in \(place)", help: help, fix: fix)
    }

    /// A string value, or nil after reporting what it is instead.
    private mutating func string(_ pair: YAMLPair, what: String) -> String? {
        if let scalar = pair.value.scalar, scalar.value == .string, !scalar.text.isEmpty { return scalar.text }
        report(ConfigRuleID.invalidValue, pair.value.span, "`\(pair.key)` must be \(what), not \(pair.value.valueDescription)",
               help: pair.value.scalar.map { _ in "write it as a quoted string" })
        return nil
    }

    // MARK: rules

    private mutating func readRules(_ node: YAMLNode) {
        guard let pairs = node.mapping else {
            report(ConfigRuleID.invalidValue, node.span, "`rules` must be a mapping of rule ids to severities, not \(node.valueDescription)",
                   help: "for example `rules: {unquoted-ratio: off, duration-range: warning}`")
            return
        }
        let ids = RuleRegistry.ids
        for pair in pairs {
            guard ids.contains(pair.key) else {
                let help = Suggest.help(for: pair.key, among: ids) ?? "`seedance rules` lists every rule id"
                report(ConfigRuleID.unknownRule, pair.keyNode.span, "no rule `\(pair.key)`", help: help)
                continue
            }
            guard let word = pair.value.scalar.flatMap({ $0.value == .string ? $0.text : nil }),
                  ConfigReader.severityWords.contains(word) else {
                let scalar = pair.value.scalar
                var help = "write one of `off`, `note`, `warning`, `error`"
                if case .bool(false) = scalar?.value { help = "write `off` (YAML 1.2 reads `\(scalar!.text)` as a boolean)" }
                if let text = scalar?.text, let close = Suggest.closest(to: text, among: ConfigReader.severityWords) {
                    help = "did you mean `\(close)`?"
                }
                report(ConfigRuleID.invalidValue, pair.value.span,
                       "the severity of `\(pair.key)` must be `off`, `note`, `warning` or `error`, not \(pair.value.valueDescription)",
                       help: help)
                continue
            }
            config.severities[pair.key] = Setting(Severity(rawValue: word), .file(pair.value.span.start))
        }
    }

    // MARK: include, exclude

    private mutating func readPatterns(_ pair: YAMLPair) -> [PathPattern] {
        let items = pair.value.sequence ?? [pair.value]
        var patterns: [PathPattern] = []
        for item in items {
            guard let scalar = item.scalar, scalar.value == .string, !scalar.text.isEmpty else {
                report(ConfigRuleID.invalidValue, item.span,
                       "`\(pair.key)` takes glob patterns (strings), not \(item.valueDescription)",
                       help: "for example `\(pair.key): [\"specs/**/*.yaml\"]`")
                continue
            }
            var text = scalar.text
            if text.hasPrefix("./") { text.removeFirst(2) }
            if text.hasSuffix("/") { text += "**" }  // a folder: everything below it
            do {
                patterns.append(PathPattern(glob: try Glob(text), position: item.span.start))
            } catch {
                report(ConfigRuleID.invalidValue, item.span, "bad glob pattern `\(MessageText.excerpt(scalar.text))`: \(error.message)")
            }
        }
        return patterns
    }

    // MARK: baseURL

    private mutating func readBaseURL(_ node: YAMLNode) {
        guard let text = node.scalar.flatMap({ $0.value == .string ? $0.text : nil }) else {
            report(ConfigRuleID.invalidValue, node.span, "`baseURL` must be a URL string, not \(node.valueDescription)",
                   help: "for example `baseURL: \(SeedanceConfig.defaultBaseURL)`")
            return
        }
        let scheme = text.hasPrefix("https://") ? "https://" : text.hasPrefix("http://") ? "http://" : nil
        guard let scheme, text.count > scheme.count, !text.contains(" "), !text.contains("?"), !text.contains("#") else {
            report(ConfigRuleID.invalidValue, node.span, "`baseURL` must be an http:// or https:// URL with a host, not `\(text)`",
                   help: "for example `baseURL: \(SeedanceConfig.defaultBaseURL)` (a path is allowed; no query or fragment)")
            return
        }
        var url = text
        while url.hasSuffix("/") { url.removeLast() }
        if let problem = BaseURLPolicy.problem(url) {
            report(ConfigRuleID.invalidValue, node.span, "`baseURL` \(problem)",
                   help: "apply sends the API key to this URL: use https://, or http:// to a test server on this machine")
            return
        }
        config.baseURL = Setting(text, .file(node.span.start))
    }

    // MARK: models

    private mutating func readModels(_ node: YAMLNode) {
        guard let pairs = node.mapping else {
            report(ConfigRuleID.invalidModel, node.span, "`models` must be a mapping of model names to capabilities, not \(node.valueDescription)",
                   help: "for example `models: {seedance_3_0: {referenceVideos: optional, speed: fast, quality: high}}`")
            return
        }
        for pair in pairs {
            if let model = readModel(pair) {
                config.models.append((model, pair.keyNode.span.start))
            }
        }
    }

    private mutating func readModel(_ pair: YAMLPair) -> ModelCapability? {
        let builtIn = APIFacts.builtIn.model(named: pair.key)
        guard let fields = pair.value.mapping else {
            report(ConfigRuleID.invalidModel, pair.value.span, "model `\(pair.key)` must be a mapping of its capabilities, not \(pair.value.valueDescription)",
                   help: "write `\(pair.key): {referenceVideos: optional, speed: standard, quality: high}`")
            return nil
        }
        var ok = true
        for field in fields where !ConfigReader.modelKeys.contains(field.key) {
            reportUnknownKey(field, known: ConfigReader.modelKeys, place: "model `\(pair.key)`", siblings: fields)
            ok = false
        }
        guard let videos = pair.value["referenceVideos"] else {
            report(ConfigRuleID.invalidModel, pair.keyNode.span, "model `\(pair.key)` does not say whether it needs reference videos",
                   help: "add `referenceVideos: required` (it generates only from reference videos) or `referenceVideos: optional`")
            return nil
        }
        let word = videos.scalar.flatMap { $0.value == .string ? $0.text : nil }
        guard let word, word == "required" || word == "optional" else {
            report(ConfigRuleID.invalidModel, videos.span, "`referenceVideos` must be `required` or `optional`, not \(videos.valueDescription)",
                   help: Suggest.help(for: videos.scalar?.text ?? "", among: ["required", "optional"])
                       ?? "`required`: the model generates only from reference videos; `optional`: it does not need them")
            return nil
        }
        var texts: [String: String] = [:]
        for key in ["speed", "quality"] {
            guard let value = pair.value[key] else { continue }
            guard let scalar = value.scalar, scalar.value == .string, !scalar.text.isEmpty else {
                report(ConfigRuleID.invalidModel, value.span, "`\(key)` of model `\(pair.key)` must be a word such as `standard`, not \(value.valueDescription)")
                ok = false
                continue
            }
            texts[key] = scalar.text
        }
        guard ok else { return nil }
        return ModelCapability(name: pair.key, requiresReferenceVideos: word == "required",
                               speed: texts["speed"] ?? builtIn?.speed ?? "", quality: texts["quality"] ?? builtIn?.quality ?? "")
    }
}
