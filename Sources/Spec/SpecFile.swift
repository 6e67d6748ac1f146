import SeedanceDiagnostics
import SeedanceYAML

/// What one YAML document of a spec file is.
public enum SpecDocument: Sendable {
    case shot(Shot)
    case storyboard(Storyboard)
    /// A document with nothing in it (`---` and no content).
    case empty(YAMLDocument)
    /// A document whose root is a scalar or a list.
    case notMapping(YAMLDocument, YAMLNode)
    /// A document the front end could not read (it has reported why).
    case unreadable(YAMLDocument)
}

/// A spec file read into the model: its documents and all its shots, in file order.
public final class SpecFile: @unchecked Sendable {
    public let source: SourceFile
    public let stream: YAMLStream
    public let documents: [SpecDocument]
    public let shots: [Shot]
    /// A `.json` file is one raw request body: always a single shot.
    public let isJSON: Bool
    /// The file name without its folder and extension: the base of default shot names.
    public let stem: String

    public var path: String { source.path }

    public init(source: SourceFile, stream: YAMLStream) {
        self.source = source
        self.stream = stream
        isJSON = source.path.lowercased().hasSuffix(".json")
        stem = SpecFile.stem(of: source.path)
        var documents: [SpecDocument] = []
        var shots: [Shot] = []
        for document in stream.documents {
            documents.append(SpecFile.classify(document, isJSON: isJSON, shots: &shots))
        }
        self.documents = documents
        self.shots = shots
        for shot in shots where !shot.hasExplicitName {
            shot.name = shots.count == 1 ? stem : "\(stem)-\(shot.number)"
        }
    }

    /// Parses and models a source file.
    public static func load(_ source: SourceFile) -> SpecFile {
        SpecFile(source: source, stream: YAMLParser.parse(source))
    }

    private static func classify(_ document: YAMLDocument, isJSON: Bool, shots: inout [Shot]) -> SpecDocument {
        guard let root = document.root else { return .unreadable(document) }
        if let scalar = root.scalar, scalar.value == .null, scalar.text.isEmpty, scalar.style == .plain {
            return .empty(document)
        }
        guard root.mapping != nil else { return .notMapping(document, root) }
        if !isJSON, root["shots"] != nil {
            let storyboard = Storyboard(node: root)
            for item in storyboard.shotsNode?.sequence ?? [] where item.mapping != nil {
                let shot = Shot(node: item, number: shots.count + 1, storyboard: storyboard)
                storyboard.shots.append(shot)
                shots.append(shot)
            }
            return .storyboard(storyboard)
        }
        let shot = Shot(node: root, number: shots.count + 1, storyboard: nil)
        shots.append(shot)
        return .shot(shot)
    }

    /// `specs/intro.yaml` → `intro`.
    public static func stem(of path: String) -> String {
        // On UTF-8 bytes: this runs once per file and `Character` scanning showed in profiles.
        let bytes = path.utf8
        let nameStart = bytes.lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex
        let name = bytes[nameStart...]
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return String(name)! }
        return String(bytes[nameStart..<dot])!
    }
}
