import SeedanceDiagnostics
import SeedanceSpec
import SeedanceYAML

/// Compiles shots to the exact request bodies `apply` POSTs (SPEC.md section 8): task
/// fields only, defaults written out, media as URL strings, keys in the order of SPEC.md's
/// table, the prompt trimmed. The same spec always gives the same bytes.
public struct RequestBuilder: Sendable {
    public let facts: APIFacts
    /// The config's output folder, replacing `renders/` beside the spec file.
    public let outputFolder: String?

    public init(facts: APIFacts = .builtIn, outputFolder: String? = nil) {
        self.facts = facts
        self.outputFolder = outputFolder
    }

    /// Every shot of a file that lints without errors.
    public func build(_ file: SpecFile) -> [BuiltShot] {
        file.shots.map { shot in
            BuiltShot(name: shot.name, specPath: file.path, span: shot.anchorSpan,
                      outputPath: outputPath(of: shot, specPath: file.path), json: body(of: shot))
        }
    }

    /// The request body of one shot.
    public func body(of shot: Shot) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        for key in Keys.taskFields {
            if let value = value(of: key, in: shot) { pairs.append((key, value)) }
        }
        return .object(pairs)
    }

    private func value(of key: String, in shot: Shot) -> JSONValue? {
        switch key {
        case "duration":
            if case .int(let seconds) = shot[key]?.value.scalar?.value { return .int(seconds) }
            return .int(facts.defaultDuration)
        case "aspect_ratio":
            return .string(shot.string(key) ?? facts.aspectRatios.first ?? "16:9")
        case "generateAudio":
            if case .bool(let on) = shot[key]?.value.scalar?.value { return .bool(on) }
            return .bool(true)
        case "prompt":
            return shot.string(key).map { .string(RequestBuilder.trimmed($0)) }
        case "first_image", "last_image":
            return shot.media(key).first?.url.map { .string($0) }
        case "referenceImages", "referenceVideos", "referenceAudios":
            guard shot[key] != nil else { return nil }
            return .array(shot.media(key).compactMap { $0.url.map { .string($0) } })
        default:
            return shot.string(key).map { .string($0) }
        }
    }

    /// Where the shot's video goes, relative to the current folder.
    public func outputPath(of shot: Shot, specPath: String) -> String {
        let folder = RequestBuilder.folder(of: specPath)
        if let output = shot.string("output") {
            return output.hasPrefix("/") ? output : RequestBuilder.join(folder, output)
        }
        if let outputFolder {
            return RequestBuilder.join(outputFolder, shot.name + ".mp4")
        }
        return RequestBuilder.join(RequestBuilder.join(folder, "renders"), shot.name + ".mp4")
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    static func join(_ a: String, _ b: String) -> String {
        if a.isEmpty || a == "." { return b }
        return a.hasSuffix("/") ? a + b : a + "/" + b
    }

    static func trimmed(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
