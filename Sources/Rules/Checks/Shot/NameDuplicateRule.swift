import SeedanceSpec

/// Shot names are unique within a file (SPEC.md section 2).
public struct NameDuplicateRule: Rule {
    public static let description = RuleDescription(
        id: "name-duplicate", severity: .error,
        summary: "Two shots of a file have the same name",
        description: """
        `apply` keys each shot's task and video by its name, so two shots with one name \
        would overwrite each other's state and video. A shot without `name:` is named \
        `<stem>-<n>` (or the stem alone in a one-shot file), so an explicit name equal to \
        another shot's default name is a duplicate too. The error points at the second \
        shot and names the first one's line.
        """,
        triggering: [
            Example("defaults:\n  model: seedance_2_0_pro\nshots:\n  - name: intro\n    prompt: a\n  - name: ↓intro\n    prompt: b\n"),
            Example("defaults:\n  model: seedance_2_0_pro\nshots:\n  - prompt: a\n  - name: ↓story-1\n    prompt: b\n", file: "story.yaml"),
            Example("model: seedance_2_0_pro\nprompt: a\nname: intro\n---\nmodel: seedance_2_0_pro\nprompt: b\nname: ↓intro\n"),
        ],
        nonTriggering: [
            Example("defaults:\n  model: seedance_2_0_pro\nshots:\n  - prompt: a\n  - name: story-1-b\n    prompt: b\n", file: "story.yaml"),
        ])

    public init() {}

    public func check(file: SpecFile, _ context: inout RuleContext) {
        var firstByName: [String: Shot] = [:]
        for shot in file.shots {
            guard let first = firstByName[shot.name] else {
                firstByName[shot.name] = shot
                continue
            }
            let line = (first["name"]?.keyNode.span ?? first.anchorSpan).start.line
            let firstIs = first.hasExplicitName ? "the shot at line \(line)" : "the default name of shot \(first.number) (line \(line))"
            let span = shot["name"]?.value.span ?? shot.anchorSpan
            let message = shot.hasExplicitName
                ? "shot name `\(shot.name)` is already \(first.hasExplicitName ? "used by " : "")\(firstIs)"
                : "this shot's default name `\(shot.name)` is already used by \(firstIs)"
            context.report(span, message, help: "`apply` tracks each shot by its name: " + remedy(first: first, second: shot))
        }
    }

    /// What to change: a shot with its own `name:` is renamed; one named by default gets
    /// a `name:`.
    private func remedy(first: Shot, second: Shot) -> String {
        switch (first.hasExplicitName, second.hasExplicitName) {
        case (true, true): return "rename one of them"
        case (false, true): return "rename this shot, or give shot \(first.number) a `name:` of its own"
        case (true, false): return "give this shot a `name:` of its own, or rename the other"
        case (false, false): return "give one of them a `name:` of its own"
        }
    }
}
