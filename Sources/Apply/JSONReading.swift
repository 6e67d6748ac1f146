import SeedanceDiagnostics
import SeedanceEmitter
import SeedanceYAML

/// Reads JSON text (API answers, the state file) into `JSONValue`, through the YAML
/// front end: JSON is YAML, and the front end already handles every bad input without
/// crashing. Lenient by design: duplicate keys or other warnings don't matter here,
/// only whether a value could be read.
enum JSONReading {
    /// The value, or nil when the text is not one complete JSON (YAML) document.
    static func parse(_ bytes: [UInt8], name: String = "<response>") -> JSONValue? {
        if bytes.isEmpty { return nil }
        let stream = YAMLParser.parse(SourceFile(path: name, bytes: bytes))
        guard stream.isComplete, stream.documents.count == 1, let root = stream.documents[0].root else { return nil }
        return value(of: root, depth: 0)
    }

    private static func value(of node: YAMLNode, depth: Int) -> JSONValue? {
        if depth > 64 { return nil }
        if let scalar = node.scalar {
            switch scalar.value {
            case .null: return .null
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .float(let d): return .double(d)
            case .string: return .string(scalar.text)
            }
        }
        if let items = node.sequence {
            var out: [JSONValue] = []
            for item in items {
                guard let v = value(of: item, depth: depth + 1) else { return nil }
                out.append(v)
            }
            return .array(out)
        }
        if let pairs = node.mapping {
            var out: [(String, JSONValue)] = []
            for pair in pairs {
                guard let v = value(of: pair.value, depth: depth + 1) else { return nil }
                out.append((pair.key, v))
            }
            return .object(out)
        }
        return nil
    }
}

extension JSONValue {
    var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d.isFinite && d == d.rounded() && abs(d) < 9e15: return Int(d)
        default: return nil
        }
    }

    var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// A string field, with JSON null and absence both nil.
    func string(_ key: String) -> String? { self[key]?.stringValue }
}
