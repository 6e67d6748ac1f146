import SeedanceDiagnostics
import SeedanceSpec
import SeedanceYAML

/// Keys the spec language does not know, anywhere: shots, `defaults:`, a storyboard's top
/// level, media mappings (SPEC.md section 2).
public struct UnknownKeyRule: Rule {
    public static let description = RuleDescription(
        id: "unknown-key", severity: .error,
        summary: "A key the spec language does not define",
        description: """
        A shot may only have the task fields of the create-task request (model, prompt, \
        duration, aspect_ratio, generateAudio, first_image, last_image, referenceImages, \
        referenceVideos, referenceAudios) and the spec-only fields name, description and \
        output; a media mapping only url, file, duration and faces. Any other key is almost \
        always a typo that would silently drop a setting, so it is an error. When a known \
        key is close (the same ignoring case, underscores and hyphens, or within two edits) \
        the help names it and `--fix` renames the key.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n↓durration: 5\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\n↓reference_images: [https://a.example/x.png]\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image:\n  url: https://a.example/x.png\n  ↓size: 3\n"),
            Example("shots:\n  - model: seedance_2_0_pro\n    ↓promt: a cat\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nduration: 5\nname: intro\ndescription: first\n"),
            Example("defaults:\n  model: seedance_2_0_pro\nshots:\n  - prompt: a cat\n"),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        switch site {
        case .shot:
            // `defaults:`-only and storyboard keys have rules of their own.
            if !Keys.shotKeys.contains(field.key) {
                reportUnknown(field.keyNode, key: field.key, known: Keys.shotKeys, siblings: site.shot?.node.mapping,
                              where: "a shot", inheritedBy: [], &context)
            }
        case .defaults(let storyboard, let shots):
            if !Keys.defaultsKeys.contains(field.key), !Keys.specOnlyFields.contains(field.key) {
                reportUnknown(field.keyNode, key: field.key, known: Keys.defaultsKeys, siblings: storyboard.defaultsNode?.mapping,
                              where: "`defaults`", inheritedBy: shots.map(\.name), &context)
            }
        }
        guard let kind = Keys.mediaKind(ofField: field.key) else { return }
        let items = Keys.referenceFields.contains(field.key) ? (field.value.sequence ?? []) : [field.value]
        for item in items {
            for pair in item.mapping ?? [] where !Keys.mediaKeys.contains(pair.key) {
                reportUnknown(pair.keyNode, key: pair.key, known: Keys.mediaKeys, siblings: item.mapping,
                              where: "a media mapping (\(kind.rawValue))", inheritedBy: site.inheritors, &context)
            }
        }
    }

    public func check(file: SpecFile, _ context: inout RuleContext) {
        for case .storyboard(let storyboard) in file.documents {
            for pair in storyboard.topLevel
            where !Keys.storyboardKeys.contains(pair.key) && !Keys.taskFields.contains(pair.key) {
                reportUnknown(pair.keyNode, key: pair.key, known: Keys.storyboardKeys, siblings: storyboard.topLevel,
                              where: "a storyboard", inheritedBy: [], &context)
            }
        }
    }

    /// `siblings`: the pairs of the mapping the key is in. The fix renames the key only
    /// when the suggestion is one edit away or differs in case and separators, and the
    /// suggested key is not there already (a rename must not make a duplicate).
    private func reportUnknown(_ keyNode: YAMLNode, key: String, known: [String], siblings: [YAMLPair]?,
                               where place: String, inheritedBy: [String], _ context: inout RuleContext) {
        let suggestion = Suggest.closest(to: key, among: known)
        var fix: TextEdit?
        if let suggestion, Suggest.isSafeRename(of: key, to: suggestion), keyNode.scalar?.style == .plain, !keyNode.isAlias,
           !(siblings ?? []).contains(where: { $0.key == suggestion }) {
            fix = TextEdit(span: keyNode.span, replacement: suggestion)
        }
        let help = suggestion.map { "did you mean `\($0)`?" }
            ?? "known keys here: " + known.map { "`\($0)`" }.joined(separator: ", ")
        context.report(keyNode.span, "unknown key `\(MessageText.excerpt(key))` in \(place)", help: help, fix: fix, inheritedBy: inheritedBy)
    }
}
