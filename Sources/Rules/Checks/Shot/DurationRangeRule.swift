import SeedanceSpec

/// `duration` is within the API's range (4 to 15 seconds).
public struct DurationRangeRule: Rule {
    public static let description = RuleDescription(
        id: "duration-range", severity: .error,
        summary: "`duration` is outside the range the API accepts",
        description: """
        The video's duration is a whole number of seconds from 4 to 15 (default 5); the API \
        rejects any other value. The range comes from schema/seedance-api.yaml.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nduration: ↓20\n"),
            Example("defaults:\n  model: seedance_2_0_pro\n  duration: ↓3\nshots:\n  - prompt: a\n  - prompt: b\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nduration: 15\n"),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        guard field.key == "duration", case .int(let seconds) = field.value.scalar?.value else { return }
        let range = context.facts.duration
        guard !range.contains(seconds) else { return }
        let nearest = seconds < range.lowerBound ? range.lowerBound : range.upperBound
        context.report(value: field, at: site,
                       "duration \(seconds) is outside \(range.lowerBound)–\(range.upperBound) seconds",
                       help: "use a duration from \(range.lowerBound) to \(range.upperBound), e.g. `\(nearest)`")
    }
}
