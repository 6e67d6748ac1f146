import SeedanceSpec

/// `output` is where `apply --wait` saves a shot's video: a `.mp4` path inside the spec's
/// folder (SPEC.md section 2).
public struct OutputPathRule: Rule {
    public static let description = RuleDescription(
        id: "output-path", severity: .error,
        summary: "`output` is not a relative `.mp4` path inside the spec's folder",
        description: """
        `output` is relative to the spec file and is where `apply --wait` writes the video. \
        Specs live in git and run on every machine and in CI, so an absolute path \
        (`/home/me/a.mp4`, `~/a.mp4`, `C:\\a.mp4`) is an error, and so is a path that \
        climbs out of the spec's folder with `..`: a spec from someone else's pull request \
        must not write anywhere on your disk (to put all videos elsewhere, set the output \
        folder in .seedance.yaml). The API returns MP4, so the path ends in `.mp4`; it \
        names a file, not a folder; separators are `/`. Two shots of one file saving to \
        the same path would overwrite each other's video, which is an error at the second.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\noutput: ↓/home/me/videos/cat.mp4\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\noutput: ↓../../renders/cat.mp4\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\noutput: ↓renders/cat.mov\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\noutput: ↓renders\\\\cat.mp4\n"),
            Example("defaults:\n  model: seedance_2_0_pro\nshots:\n  - prompt: a\n    output: renders/a.mp4\n  - prompt: b\n    output: ↓./renders//a.mp4\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\noutput: renders/spring/cat.MP4\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\noutput: out/../renders/cat.mp4\n"),
        ])

    public init() {}

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        guard case .shot = site, field.key == "output", let path = field.value.scalar, path.value == .string else { return }
        guard let (message, help) = problem(path.text) else { return }
        context.report(value: field, at: site, message, help: help)
    }

    public func check(file: SpecFile, _ context: inout RuleContext) {
        var firstByPath: [String: Int] = [:]
        for shot in file.shots {
            guard let field = shot["output"], field.origin == .own, let text = shot.string("output"),
                  problem(text) == nil else { continue }
            let normalized = OutputPathRule.segments(text)?.joined(separator: "/") ?? text
            if let line = firstByPath[normalized] {
                context.report(field.value.span, "shot `\(shot.name)` saves its video to `\(normalized)`, as the shot at line \(line) does",
                               help: "give each shot its own `output`, or leave it out (the default is `renders/<name>.mp4`)")
            } else {
                firstByPath[normalized] = field.value.span.start.line
            }
        }
    }

    private func problem(_ path: String) -> (String, String)? {
        let relative = "write a path relative to the spec file, e.g. `renders/<name>.mp4`"
        if path.isEmpty { return ("`output` is empty", relative) }
        let drive = path.count >= 2 && path.dropFirst().first == ":" && path.first!.isLetter
        if path.hasPrefix("/") || path.hasPrefix("~") || path.hasPrefix("\\") || drive {
            return ("`output` `\(path)` is an absolute path, which only exists on one machine", relative)
        }
        if path.contains("\\") {
            return ("`output` `\(path)` uses `\\` as a separator", "use `/`, which works on every system: `\(path.map { $0 == "\\" ? "/" : $0 }.reduce(into: "") { $0.append($1) })`")
        }
        guard let segments = OutputPathRule.segments(path) else {
            return ("`output` `\(path)` leaves the spec's folder", "keep videos inside the spec's folder, or set the output folder in .seedance.yaml")
        }
        if path.hasSuffix("/") || segments.isEmpty || path.hasSuffix("/.") || path.hasSuffix("/..") || path == "." {
            return ("`output` `\(path)` names a folder, not a file", "add the file name: `\(path.hasSuffix("/") ? path : path + "/")<name>.mp4`")
        }
        if !path.lowercased().hasSuffix(".mp4") {
            return ("`output` `\(path)` does not end in `.mp4`, but the API returns MP4 video", "name the file `.mp4`")
        }
        return nil
    }

    /// The path's segments with `.` and `..` resolved; nil when `..` climbs out.
    static func segments(_ path: String) -> [Substring]? {
        var out: [Substring] = []
        for segment in path.split(separator: "/") where segment != "." {
            if segment == ".." {
                guard !out.isEmpty else { return nil }
                out.removeLast()
            } else {
                out.append(segment)
            }
        }
        return out
    }
}
