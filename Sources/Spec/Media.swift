import SeedanceYAML

/// A media reference, written as a string (`url`) or a mapping (`url`, `file`,
/// `duration`, `faces`), SPEC.md section 4.
public struct MediaRef: Sendable {
    public let node: YAMLNode
    public let kind: MediaKind
    /// The node holding the URL string (the node itself in string form).
    public let urlNode: YAMLNode?
    public let fileNode: YAMLNode?
    public let durationNode: YAMLNode?
    public let facesNode: YAMLNode?

    public init(_ node: YAMLNode, kind: MediaKind) {
        self.node = node
        self.kind = kind
        if node.mapping != nil {
            urlNode = node["url"]
            fileNode = node["file"]
            durationNode = node["duration"]
            facesNode = node["faces"]
        } else {
            urlNode = node.scalar?.value == .string ? node : nil
            fileNode = nil
            durationNode = nil
            facesNode = nil
        }
    }

    public var isMapping: Bool { node.mapping != nil }

    /// The URL when it is a string.
    public var url: String? {
        guard let scalar = urlNode?.scalar, scalar.value == .string else { return nil }
        return scalar.text
    }

    public var file: String? {
        guard let scalar = fileNode?.scalar, scalar.value == .string else { return nil }
        return scalar.text
    }

    /// The declared duration in seconds.
    public var declaredSeconds: Double? {
        switch durationNode?.scalar?.value {
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: return nil
        }
    }

    public var showsFaces: Bool { facesNode?.scalar?.value == .bool(true) }
}

extension Shot {
    /// The media of a media-valued field: one for `first_image`/`last_image`, each item for
    /// a reference list. Empty when the field is absent or has the wrong shape.
    public func media(_ key: String) -> [MediaRef] {
        guard let kind = Keys.mediaKind(ofField: key), let field = fields[key] else { return [] }
        if Keys.referenceFields.contains(key) {
            return (field.value.sequence ?? []).map { MediaRef($0, kind: kind) }
        }
        return [MediaRef(field.value, kind: kind)]
    }
}
