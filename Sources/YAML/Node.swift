import SeedanceDiagnostics

/// How a scalar was written.
public enum ScalarStyle: String, Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded

    public var isQuoted: Bool { self == .singleQuoted || self == .doubleQuoted }
    public var isBlock: Bool { self == .literal || self == .folded }
}

/// A scalar's value under the YAML 1.2 core schema (SPEC.md section 1).
public enum ScalarValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string

    /// The name a diagnostic uses for the type: "a string", "an integer", ...
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int: return "an integer"
        case .float: return "a number"
        case .string: return "a string"
        }
    }
}

/// A scalar as written (`text`, the content after quoting and folding) and as typed.
public struct Scalar: Sendable {
    public var text: String
    public var style: ScalarStyle
    public var value: ScalarValue

    public init(text: String, style: ScalarStyle, value: ScalarValue) {
        self.text = text
        self.style = style
        self.value = value
    }
}

/// One node of the YAML tree. Nodes are shared, not copied, when an alias refers to an
/// anchored node, so a document's memory stays bounded by its text.
public final class YAMLNode: @unchecked Sendable {
    public enum Content {
        case scalar(Scalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
        /// `*name`: this node is where the alias is written; the target is where its
        /// anchor is.
        case alias(YAMLNode)
    }

    public let content: Content
    /// From the node's first character (its anchor or tag, if any) to just past its last.
    public let span: Span
    /// The tag as written, resolved to its full form (`tag:yaml.org,2002:str` for `!!str`).
    public let tag: String?
    public let anchor: String?
    /// Whether a flow collection (`{}` / `[]`).
    public let isFlow: Bool
    /// How many alias dereferences expanding this node costs (nested ones included).
    let aliasCost: Int
    /// How many nodes this node stands for once its aliases are expanded.
    let expandedSize: Int

    init(content: Content, span: Span, tag: String?, anchor: String?, isFlow: Bool = false,
         aliasCost: Int = 0, expandedSize: Int = 1) {
        self.content = content
        self.span = span
        self.tag = tag
        self.anchor = anchor
        self.isFlow = isFlow
        self.aliasCost = aliasCost
        self.expandedSize = expandedSize
    }

    /// The node itself, or the anchored node an alias refers to.
    public var resolved: YAMLNode {
        if case .alias(let target) = content { return target }
        return self
    }

    public var scalar: Scalar? {
        if case .scalar(let s) = resolved.content { return s }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = resolved.content { return items }
        return nil
    }

    /// The mapping's pairs, merge keys already applied.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = resolved.content { return pairs }
        return nil
    }

    public var isAlias: Bool {
        if case .alias = content { return true }
        return false
    }

    /// A word for the kind of node, for messages: "a mapping", "a list", "a string", ...
    public var kindName: String {
        switch resolved.content {
        case .scalar(let s): return s.value.typeName
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }

    /// The node for a message that says what was found, with the value as written where
    /// it is a scalar: "the number `5.0`", "the quoted string `5`", "an empty string",
    /// "a list". One wording for every rule and the config reader.
    public var valueDescription: String {
        guard let scalar else { return kindName }
        if scalar.text.isEmpty { return scalar.value == .string ? "an empty string" : "nothing" }
        let shown = "`\(MessageText.excerpt(scalar.text))`"
        switch scalar.value {
        case .string: return (scalar.style.isQuoted ? "the quoted string " : "the string ") + shown
        case .null: return "the null value " + shown
        case .bool: return "the boolean " + shown
        case .int: return "the integer " + shown
        case .float: return "the number " + shown
        }
    }

    /// The value of a key in a mapping node.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first(where: { $0.key == key })?.value
    }
}

/// A key and its value in a mapping. Keys are strings: the front end reports any other key
/// and leaves its pair out.
public struct YAMLPair: Sendable {
    public var key: String
    public var keyNode: YAMLNode
    public var value: YAMLNode
    /// Where the `<<` key that brought this pair in is written, for a merged pair.
    public var mergedAt: Span?

    public init(key: String, keyNode: YAMLNode, value: YAMLNode, mergedAt: Span? = nil) {
        self.key = key
        self.keyNode = keyNode
        self.value = value
        self.mergedAt = mergedAt
    }
}

/// One document of a stream.
public struct YAMLDocument: Sendable {
    /// Nil when the document could not be read to its end (a diagnostic says why).
    public var root: YAMLNode?
    /// Where the document starts: its `---`, or its first node.
    public var start: Position
    /// Whether the document starts with an explicit `---`.
    public var hasExplicitStart: Bool
    /// Index among the documents of the file, from 0.
    public var index: Int
}

/// The result of reading one file.
public struct YAMLStream: Sendable {
    public var documents: [YAMLDocument]
    public var diagnostics: [Diagnostic]
    /// Whether the whole file could be read (no syntax, encoding or limit error).
    public var isComplete: Bool
}
