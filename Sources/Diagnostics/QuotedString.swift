/// Double-quoted string literals with JSON's escapes: `"`, `\`, `\n`, `\r`, `\t`, `\b`,
/// `\f`, and `\u00XX` for other C0 controls and for U+2028/U+2029 (line terminators to
/// JavaScript); every other character as itself. `build` writes request bodies this way,
/// and their bytes are the request hash, so this output must not change. YAML's
/// double-quoted style reads the same escapes, so `seedance config` uses it too, asking
/// for the characters YAML may not carry unescaped to be escaped as well.
public enum QuotedString {
    /// Appends `s` as a quoted literal; `alsoEscape` names further characters to write as
    /// `\u00XX` (or `\uXXXX`).
    public static func write(_ s: String, to out: inout String,
                             alsoEscape: (Unicode.Scalar) -> Bool = { _ in false }) {
        out += "\""
        // Most strings need no escape at all: append them whole.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }),
           !s.unicodeScalars.contains(where: alsoEscape) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 || alsoEscape(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
