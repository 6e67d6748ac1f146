import SeedanceDiagnostics
import SeedanceYAML

/// Where a shot's field comes from.
public enum FieldOrigin: Sendable, Equatable {
    /// Written in the shot's own mapping.
    case own
    /// Inherited from the storyboard's `defaults:`.
    case defaults
}

/// A key and its value as one shot (or `defaults:`) has it. A class, not a struct: every
/// rule gets every field, and copying a struct of three references and a string cost a
/// retain per member per call (6 % of a corpus run).
public final class Field: Sendable {
    public let key: String
    public let keyNode: YAMLNode
    public let value: YAMLNode
    public let origin: FieldOrigin
    /// The `<<` key that merged this field in, if it came through a merge key.
    public let mergedAt: Span?

    public init(_ pair: YAMLPair, origin: FieldOrigin) {
        key = pair.key
        keyNode = pair.keyNode
        value = pair.value
        self.origin = origin
        mergedAt = pair.mergedAt
    }

    /// Whether the value is null (`key:`, `key: ~`, `key: null`), which unsets the field.
    public var isNull: Bool { value.scalar?.value == .null }

    /// The span from the key to the end of the value.
    public var span: Span { Span(start: keyNode.span.start, end: value.span.end) }
}

/// One shot: its own mapping, and its effective fields with `defaults` laid under it.
public final class Shot: @unchecked Sendable {
    /// The shot's own mapping.
    public let node: YAMLNode
    /// Position among all shots of the file, counting across documents from 1.
    public let number: Int
    /// The storyboard the shot belongs to, if any. Weak: the storyboard holds its shots,
    /// and both live as long as their SpecFile.
    public private(set) weak var storyboard: Storyboard?
    /// The shot's own keys as written (unknown keys and nulls included).
    public let ownFields: [Field]
    /// The effective fields: `defaults` key by key under the shot's own, nulls removed,
    /// unknown keys left out.
    public let fields: [String: Field]
    /// The shot's name: explicit, or derived from the file's stem.
    public internal(set) var name: String = ""
    /// Whether the name is written in the shot (not derived).
    public let hasExplicitName: Bool

    init(node: YAMLNode, number: Int, storyboard: Storyboard?) {
        self.node = node
        self.number = number
        self.storyboard = storyboard
        let own = (node.mapping ?? []).map { Field($0, origin: .own) }
        ownFields = own
        var effective: [String: Field] = [:]
        for field in storyboard?.defaults ?? [] where Keys.taskFields.contains(field.key) && !field.isNull {
            effective[field.key] = field
        }
        for field in own where Keys.shotKeys.contains(field.key) {
            if field.isNull { effective[field.key] = nil } else { effective[field.key] = field }
        }
        fields = effective
        if let explicit = effective["name"]?.value.scalar, explicit.value == .string {
            name = explicit.text
            hasExplicitName = true
        } else {
            hasExplicitName = false
        }
    }

    public subscript(key: String) -> Field? { fields[key] }

    /// The text of a string field, or nil when absent or not a string.
    public func string(_ key: String) -> String? {
        guard let scalar = fields[key]?.value.scalar, scalar.value == .string else { return nil }
        return scalar.text
    }

    /// Where to point at the shot as a whole: its first key, or the mapping.
    public var anchorSpan: Span {
        if let first = ownFields.first { return first.keyNode.span }
        return node.span
    }
}

/// A storyboard: shared `defaults:` and a list of shots.
public final class Storyboard: @unchecked Sendable {
    public let node: YAMLNode
    /// The `defaults:` pairs as written (empty when absent or not a mapping).
    public let defaults: [Field]
    /// The `defaults` value node, when present.
    public let defaultsNode: YAMLNode?
    /// The `shots` value node, when present.
    public let shotsNode: YAMLNode?
    public internal(set) var shots: [Shot] = []

    init(node: YAMLNode) {
        self.node = node
        defaultsNode = node["defaults"]
        defaults = (defaultsNode?.mapping ?? []).map { Field($0, origin: .defaults) }
        shotsNode = node["shots"]
    }

    /// The storyboard's top-level pairs as written.
    public var topLevel: [YAMLPair] { node.mapping ?? [] }
}
