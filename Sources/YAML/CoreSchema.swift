/// Typing of scalars by the YAML 1.2 core schema, with explicit tags honoured
/// (SPEC.md section 1). No regular expressions: this runs on every plain scalar.
public enum CoreSchema {
    public static let strTag = "tag:yaml.org,2002:str"
    public static let intTag = "tag:yaml.org,2002:int"
    public static let floatTag = "tag:yaml.org,2002:float"
    public static let boolTag = "tag:yaml.org,2002:bool"
    public static let nullTag = "tag:yaml.org,2002:null"
    public static let mergeTag = "tag:yaml.org,2002:merge"

    /// The value of a scalar; nil when an explicit tag does not fit the text (`!!int abc`).
    public static func value(of text: String, style: ScalarStyle, tag: String?) -> ScalarValue? {
        if let tag, tag != "!" {
            switch tag {
            case strTag: return .string
            case intTag: return parseInt(text).map { .int($0) }
            case floatTag:
                if let i = parseInt(text) { return .float(Double(i)) }
                return parseFloat(text).map { .float($0) }
            case boolTag: return parseBool(text).map { .bool($0) }
            case nullTag: return isNull(text) ? .null : nil
            default: return .string  // an application tag: the text as a string
            }
        }
        guard style == .plain, tag == nil else { return .string }
        return plainValue(text)
    }

    /// The core-schema type of an untagged plain scalar.
    public static func plainValue(_ text: String) -> ScalarValue {
        guard let first = text.utf8.first else { return .null }
        // Fast exit: most scalars start with a letter that begins no special value.
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
             UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"):
            break
        default:
            return .string
        }
        if isNull(text) { return .null }
        if let b = parseBool(text) { return .bool(b) }
        if let i = parseInt(text) { return .int(i) }
        if let f = parseFloat(text) { return .float(f) }
        return .string
    }

    static func isNull(_ text: String) -> Bool {
        text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    static func parseBool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// `[-+]?[0-9]+` (base 10, so `010` is 10), `0o[0-7]+`, `0x[0-9a-fA-F]+`. A value
    /// beyond the range of Int saturates: every limit in the spec is far smaller.
    static func parseInt(_ text: String) -> Int? {
        var bytes = Substring(text).utf8[...]
        if bytes.starts(with: "0x".utf8) { return digits(bytes.dropFirst(2), radix: 16, negative: false) }
        if bytes.starts(with: "0o".utf8) { return digits(bytes.dropFirst(2), radix: 8, negative: false) }
        var negative = false
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        return digits(bytes, radix: 10, negative: negative)
    }

    private static func digits(_ bytes: Substring.UTF8View.SubSequence, radix: Int, negative: Bool) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        var saturated = false
        for b in bytes {
            let d: Int
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = Int(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = Int(b - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = Int(b - UInt8(ascii: "A")) + 10
            default: return nil
            }
            guard d < radix else { return nil }
            if !saturated {
                let (m, o1) = value.multipliedReportingOverflow(by: radix)
                let (s, o2) = m.addingReportingOverflow(d)
                if o1 || o2 { saturated = true } else { value = s }
            }
        }
        if saturated { return negative ? Int.min : Int.max }
        return negative ? -value : value
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?.inf`, `.nan`.
    static func parseFloat(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        let b = Array(text.utf8)
        var i = 0
        if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
        let isDigit = { (c: UInt8) in c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        var intDigits = 0, fracDigits = 0
        while i < b.count, isDigit(b[i]) { i += 1; intDigits += 1 }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            while i < b.count, isDigit(b[i]) { i += 1; fracDigits += 1 }
        }
        guard intDigits > 0 || fracDigits > 0 else { return nil }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
            var expDigits = 0
            while i < b.count, isDigit(b[i]) { i += 1; expDigits += 1 }
            guard expDigits > 0 else { return nil }
        }
        guard i == b.count else { return nil }
        return Double(text)
    }
}
