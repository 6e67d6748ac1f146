/// How many terminal columns text takes, so that an underline lines up under wide
/// (CJK, emoji) and zero-width (combining) characters. Tabs are shown as `tabWidth` spaces.
enum DisplayWidth {
    static let tabWidth = 4

    static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0x09 { return tabWidth }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark
            || v == 0x200B || v == 0x200D || (v >= 0xFE00 && v <= 0xFE0F) {
            return 0
        }
        if isWide(v) { return 2 }
        return 1
    }

    private static func isWide(_ v: UInt32) -> Bool {
        (v >= 0x1100 && v <= 0x115F) || (v >= 0x2E80 && v <= 0x303E) || (v >= 0x3041 && v <= 0x33FF)
            || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xA000 && v <= 0xA4CF)
            || (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F)
            || (v >= 0xFF00 && v <= 0xFF60) || (v >= 0xFFE0 && v <= 0xFFE6) || (v >= 0x1F300 && v <= 0x1F64F)
            || (v >= 0x1F900 && v <= 0x1F9FF) || (v >= 0x20000 && v <= 0x3FFFD)
    }

    /// The line as displayed: tabs expanded, control characters dropped.
    static func displayed(_ line: Substring.UnicodeScalarView) -> String {
        var out = ""
        for scalar in line {
            if scalar == "\t" {
                out += String(repeating: " ", count: tabWidth)
            } else if of(scalar) > 0 || scalar.properties.generalCategory == .nonspacingMark {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
