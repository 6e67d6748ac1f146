/// Text from the user's file shown inside a message or help. The header line must stay
/// `PATH:LINE:COLUMN: SEVERITY: MESSAGE [RULE-ID]` on one line (CLI.md), which editors and
/// CI log parsers read, and a megabyte value must not flood the terminal: control
/// characters are escaped and long text is cut.
public enum MessageText {
    /// How many characters of a value a message shows before cutting it with `…`.
    public static let maxCharacters = 60

    /// `text` on one line, cut to `maxCharacters` characters.
    public static func excerpt(_ text: String) -> String {
        var out = ""
        var count = 0
        for character in text {
            if count == maxCharacters {
                out += "…"
                break
            }
            out += escaped(character)
            count += 1
        }
        return out
    }

    /// `text` with every line break, tab and other control character escaped, so that it
    /// takes one line: what `Diagnostic` does to each message and help.
    public static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return text.map(escaped).joined()
    }

    private static func escaped(_ character: Character) -> String {
        guard character.unicodeScalars.contains(where: isControl) else { return String(character) }
        return character.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            default:
                guard isControl(scalar) else { return String(scalar) }
                return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }.joined()
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
            || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
