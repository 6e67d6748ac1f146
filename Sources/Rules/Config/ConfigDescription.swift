import SeedanceDiagnostics
import SeedanceSpec

/// The effective configuration as `seedance config` and `--print-config` print it: valid
/// YAML (so it can start a config file), each setting with its source in a comment.
public enum ConfigDescription {
    /// How the config file was found, for the first line.
    public enum Origin {
        case named
        case discovered
    }

    public static func text(_ config: SeedanceConfig, origin: Origin) -> String {
        var out = ""
        if let path = config.path {
            let how = origin == .named ? "named by --config" : "found by searching the current folder and its parents"
            out += "# config: \(path) (\(how))\n"
        } else {
            out += "# config: none (no \(ConfigReader.fileName) in the current folder or its parents): built-in defaults\n"
        }
        let file = config.path ?? ""
        func source(_ s: SettingSource) -> String {
            switch s {
            case .defaultValue: return "default"
            case .file(let p): return "\(file):\(p.line)"
            }
        }
        out += line("baseURL: \(quoted(config.baseURL.value))", source(config.baseURL.source))
        if let output = config.output.value {
            out += line("output: \(quoted(output))", source(config.output.source) + ", i.e. \(MessageText.oneLine(config.outputFolder ?? output)) from here")
        } else {
            out += line("output: null", "default: renders/ beside each spec file")
        }
        out += patterns("include", config.include, empty: "default: every *.yaml and *.yml under the named folders", file)
        out += patterns("exclude", config.exclude, empty: "default: nothing excluded", file)
        out += "rules:\n"
        for rule in RuleRegistry.all {
            let d = rule.description
            if let configured = config.severities[d.id] {
                out += line("  \(d.id): \(configured.value?.rawValue ?? "off")", source(configured.source))
            } else {
                out += line("  \(d.id): \(d.severity.rawValue)", "default")
            }
        }
        out += "models:\n"
        let facts = config.facts
        for model in facts.models {
            let fromFile = config.models.last { $0.model.name == model.name }
            var fields = ["referenceVideos: " + (model.requiresReferenceVideos ? "required" : "optional")]
            if !model.speed.isEmpty { fields.append("speed: \(quoted(model.speed))") }
            if !model.quality.isEmpty { fields.append("quality: \(quoted(model.quality))") }
            let text = "  \(model.name): {" + fields.joined(separator: ", ") + "}"
            out += line(text, fromFile.map { "\(file):\($0.position.line)" } ?? "default")
        }
        return out
    }

    private static func patterns(_ key: String, _ list: [PathPattern], empty: String, _ file: String) -> String {
        guard !list.isEmpty else { return line("\(key): []", empty) }
        var out = "\(key):\n"
        for pattern in list {
            out += line("  - \(quoted(pattern.glob.pattern))", "\(file):\(pattern.position.line)")
        }
        return out
    }

    /// A setting and its source comment, the comments aligned.
    private static func line(_ text: String, _ comment: String) -> String {
        let pad = max(1, 44 - text.count)
        return text + String(repeating: " ", count: pad) + "# " + comment + "\n"
    }

    /// A double-quoted YAML string: JSON's escapes, which YAML reads too, and DEL and the
    /// C1 controls, which YAML may not carry as themselves.
    static func quoted(_ s: String) -> String {
        var out = ""
        QuotedString.write(s, to: &out, alsoEscape: { $0.value == 0x7F || (0x80..<0xA0).contains($0.value) })
        return out
    }
}
