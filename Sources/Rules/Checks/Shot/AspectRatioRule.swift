import SeedanceDiagnostics
import SeedanceSpec

/// `aspect_ratio` is one the API offers.
public struct AspectRatioRule: Rule {
    public static let description = RuleDescription(
        id: "aspect-ratio-unknown", severity: .error,
        summary: "`aspect_ratio` is not one the API offers",
        description: """
        The output's aspect ratio is one of 16:9, 4:3, 1:1, 3:4, 9:16, 21:9 or adaptive \
        (default 16:9). Write it as a quoted string.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\naspect_ratio: ↓\"16:10\"\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\naspect_ratio: ↓Adaptive\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\naspect_ratio: \"9:16\"\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\naspect_ratio: adaptive\n"),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        guard field.key == "aspect_ratio", let scalar = field.value.scalar, scalar.value == .string else { return }
        let ratios = context.facts.aspectRatios
        guard !ratios.contains(scalar.text) else { return }
        let help = Suggest.help(for: scalar.text, among: ratios)
            ?? "use one of " + ratios.map { "\"\($0)\"" }.joined(separator: ", ")
        context.report(value: field, at: site, "unknown aspect ratio `\(MessageText.excerpt(scalar.text))`", help: help)
    }
}
