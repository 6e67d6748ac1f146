import SeedanceDiagnostics
import SeedanceYAML

/// What one model can do (SPEC.md section 5).
public struct ModelCapability: Sendable, Equatable {
    public var name: String
    /// The model generates only from reference videos (at least one is required).
    public var requiresReferenceVideos: Bool
    public var speed: String
    public var quality: String

    public init(name: String, requiresReferenceVideos: Bool, speed: String, quality: String) {
        self.name = name
        self.requiresReferenceVideos = requiresReferenceVideos
        self.speed = speed
        self.quality = quality
    }
}

/// Limits of one reference list.
public struct ReferenceLimits: Sendable, Equatable {
    public var count: ClosedRange<Int>
    public var seconds: ClosedRange<Double>?
    public var maxTotalSeconds: Double?
    public var maxBytes: Int?
    public var resolutions: [Int]
}

/// The facts about the API that the rules check against, read from
/// `schema/seedance-api.yaml` (embedded in the binary) and extended by the config file.
public struct APIFacts: Sendable {
    /// Models in the order the data file lists them.
    public var models: [ModelCapability]
    public var aspectRatios: [String]
    public var duration: ClosedRange<Int>
    public var defaultDuration: Int
    public var images: ReferenceLimits
    public var videos: ReferenceLimits
    public var audios: ReferenceLimits
    public var imageSide: ClosedRange<Int>
    public var imageAspect: ClosedRange<Double>
    public var imageFormats: [String]
    public var videoFormats: [String]
    public var audioFormats: [String]

    public func model(named name: String) -> ModelCapability? {
        models.first(where: { $0.name == name })
    }

    /// The models that do not need reference videos (the Pro models in the built-in data).
    public var modelsWithoutRequiredVideos: [String] {
        models.filter { !$0.requiresReferenceVideos }.map(\.name)
    }

    /// The built-in facts. Parsed once, on first use, from the embedded YAML (tens of
    /// microseconds with libyaml).
    public static let builtIn: APIFacts = {
        let source = SourceFile(path: "schema/seedance-api.yaml", text: EmbeddedData.seedanceAPI)
        guard let root = YAMLParser.parse(source).documents.first?.root, let facts = APIFacts(root) else {
            preconditionFailure("schema/seedance-api.yaml embedded in the binary is malformed; run scripts/embed-data")
        }
        return facts
    }()

    /// Reads the data file's structure; nil when a required part is missing.
    init?(_ root: YAMLNode) {
        guard let models = root["models"]?.mapping,
              let ratios = APIFacts.strings(root["aspectRatios"]),
              let duration = root["duration"],
              let min = duration["min"].flatMap(APIFacts.int), let max = duration["max"].flatMap(APIFacts.int),
              let references = root["references"],
              let images = root["images"], let formats = root["formats"]
        else { return nil }
        self.models = models.compactMap { ModelCapability(name: $0.key, $0.value) }
        self.aspectRatios = ratios
        self.duration = min...max
        self.defaultDuration = duration["default"].flatMap(APIFacts.int) ?? min
        self.images = ReferenceLimits(references["images"])
        self.videos = ReferenceLimits(references["videos"])
        self.audios = ReferenceLimits(references["audios"])
        self.imageSide = (images["minSide"].flatMap(APIFacts.int) ?? 0)...(images["maxSide"].flatMap(APIFacts.int) ?? Int.max)
        self.imageAspect = (images["minAspect"].flatMap(APIFacts.number) ?? 0)...(images["maxAspect"].flatMap(APIFacts.number) ?? .infinity)
        self.imageFormats = APIFacts.strings(formats["image"]) ?? []
        self.videoFormats = APIFacts.strings(formats["video"]) ?? []
        self.audioFormats = APIFacts.strings(formats["audio"]) ?? []
    }

    /// The facts with models added or replaced (from the config file's `models:`).
    public func adding(_ extra: [ModelCapability]) -> APIFacts {
        var copy = self
        for model in extra {
            if let i = copy.models.firstIndex(where: { $0.name == model.name }) {
                copy.models[i] = model
            } else {
                copy.models.append(model)
            }
        }
        return copy
    }

    static func int(_ node: YAMLNode) -> Int? {
        if case .int(let i) = node.scalar?.value { return i }
        return nil
    }

    static func number(_ node: YAMLNode) -> Double? {
        switch node.scalar?.value {
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: return nil
        }
    }

    static func strings(_ node: YAMLNode?) -> [String]? {
        node?.sequence?.compactMap { $0.scalar?.text }
    }
}

extension ModelCapability {
    /// A model from its entry in the data file or the config file; nil when malformed.
    public init?(name: String, _ node: YAMLNode) {
        guard let videos = node["referenceVideos"]?.scalar?.text, videos == "required" || videos == "optional" else {
            return nil
        }
        self.init(name: name, requiresReferenceVideos: videos == "required",
                  speed: node["speed"]?.scalar?.text ?? "", quality: node["quality"]?.scalar?.text ?? "")
    }
}

extension ReferenceLimits {
    init(_ node: YAMLNode?) {
        let min = node?["min"].flatMap(APIFacts.int) ?? 1
        let max = node?["max"].flatMap(APIFacts.int) ?? Int.max
        count = min...max
        if let low = node?["minSeconds"].flatMap(APIFacts.number), let high = node?["maxSeconds"].flatMap(APIFacts.number) {
            seconds = low...high
        }
        maxTotalSeconds = node?["maxTotalSeconds"].flatMap(APIFacts.number)
        maxBytes = node?["maxBytes"].flatMap(APIFacts.int)
        resolutions = node?["resolutions"]?.sequence?.compactMap(APIFacts.int) ?? []
    }
}
