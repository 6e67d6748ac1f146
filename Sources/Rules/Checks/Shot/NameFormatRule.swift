import SeedanceDiagnostics
import SeedanceSpec
import SeedanceYAML

/// Shot and storyboard names are identifiers `apply` can key its state and file names by
/// (SPEC.md section 2).
public struct NameFormatRule: Rule {
    public static let description = RuleDescription(
        id: "name-format", severity: .error,
        summary: "A shot or storyboard name has characters names cannot have",
        description: """
        A name matches `^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`: it identifies the shot in \
        apply's state and names its video (`renders/<name>.mp4`), so spaces, slashes and \
        other characters are out. A shot without `name:` is named after the file (its stem, \
        or `<stem>-<n>` when the file has several shots); when the file's name makes an \
        invalid name, rename the file or set `name:`. The storyboard's own `name` follows \
        the same pattern.
        """,
        triggering: [
            Example("name: ↓Opening shot\nmodel: seedance_2_0_pro\nprompt: a cat\n"),
            Example("name: ↓-intro\nmodel: seedance_2_0_pro\nprompt: a cat\n"),
            Example("name: ↓spring/launch\ndefaults:\n  model: seedance_2_0_pro\nshots:\n  - prompt: a cat\n"),
            Example("name: ↓[spring]\ndefaults:\n  model: seedance_2_0_pro\nshots:\n  - prompt: a cat\n"),
            Example("↓model: seedance_2_0_pro\nprompt: a cat\n", file: "my clip.yaml"),
        ],
        nonTriggering: [
            Example("name: rain-cat_2.v1\nmodel: seedance_2_0_pro\nprompt: a cat\n"),
            Example("name: intro\nmodel: seedance_2_0_pro\nprompt: a cat\n", file: "my clip.yaml"),
        ])

    public init() {}

    public func check(file: SpecFile, _ context: inout RuleContext) {
        for shot in file.shots where shot.hasExplicitName && !NameFormatRule.isValid(shot.name) {
            guard let value = shot["name"]?.value else { continue }
            report(shot.name, at: value, what: "shot name", &context)
        }
        for case .storyboard(let storyboard) in file.documents {
            guard let value = storyboard.node["name"], value.scalar?.value != .null else { continue }
            guard let scalar = value.scalar, scalar.value == .string else {
                let help = value.scalar.map { "quote it: \"\($0.text)\"" }
                    ?? "write the storyboard's name as one word, e.g. `name: spring-launch`"
                context.report(value.span, "the storyboard's `name` must be a string, not \(value.kindName)", help: help)
                continue
            }
            if !NameFormatRule.isValid(scalar.text) { report(scalar.text, at: value, what: "storyboard name", &context) }
        }
        checkDerivedNames(file, &context)
    }

    /// One error for the file name, at the first shot named after it.
    private func checkDerivedNames(_ file: SpecFile, _ context: inout RuleContext) {
        // `<stdin>`: standard input without --stdin-filename has no file name to derive from.
        if file.stem.hasPrefix("<"), file.stem.hasSuffix(">") { return }
        let derived = file.shots.filter { !$0.hasExplicitName && !NameFormatRule.isValid($0.name) }
        guard let first = derived.first else { return }
        let others = derived.count > 1 ? " (and \(derived.count - 1) more shot\(derived.count > 2 ? "s" : ""))" : ""
        let fileName = file.path.split(separator: "/").last.map(String.init) ?? file.path
        let ext = fileName.hasSuffix(file.stem) ? "" : String(fileName.dropFirst(file.stem.count))
        context.report(first.anchorSpan,
                       "the default name `\(MessageText.excerpt(first.name))`\(others), taken from the file name `\(MessageText.excerpt(fileName))`, is not a valid shot name",
                       help: "rename the file, e.g. to `\(NameFormatRule.suggestion(for: file.stem))\(ext)`, or set `name:` in the shot\(derived.count > 1 ? "s" : "")")
    }

    private func report(_ name: String, at value: YAMLNode, what: String, _ context: inout RuleContext) {
        let rules = "use letters, digits, `.`, `_` and `-`, at most 128, starting with a letter or digit"
        context.report(value.span, "`\(MessageText.excerpt(name))` is not a valid \(what)",
                       help: "\(rules), e.g. `\(NameFormatRule.suggestion(for: name))`")
    }

    static func isValid(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (1...128).contains(bytes.count), isAlphanumeric(bytes[0]) else { return false }
        return bytes.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
    }

    /// A valid name close to an invalid one: other characters become `-`.
    static func suggestion(for name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            let valid = scalar.isASCII && (isAlphanumeric(UInt8(scalar.value)) || "._".unicodeScalars.contains(scalar))
            if valid { out.unicodeScalars.append(scalar) } else if !out.isEmpty, !out.hasSuffix("-") { out += "-" }
        }
        while let last = out.last, last == "-" || last == "." || last == "_" { out.removeLast() }
        return out.isEmpty ? "shot-1" : String(out.prefix(128))
    }
}
