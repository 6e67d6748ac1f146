/// A file path as a URI reference, for formats that want URIs (SARIF). A relative path
/// stays relative (GitHub code scanning resolves it against the repository root); an
/// absolute one becomes a `file://` URI.
enum URIPath {
    static func reference(for path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        let escaped = escape(path)
        return path.hasPrefix("/") ? "file://" + escaped : escaped
    }

    /// Percent-encodes every byte of the UTF-8 path except RFC 3986's unreserved
    /// characters and `/`, so that spaces, `%`, `#`, `?`, `:` and non-ASCII names survive.
    static func escape(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            if isUnreserved(byte) || byte == UInt8(ascii: "/") {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + hex(byte >> 4) + hex(byte & 0xF)
            }
        }
        return out
    }

    private static func isUnreserved(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~")
    }

    private static func hex(_ nibble: UInt8) -> String {
        String(nibble, radix: 16, uppercase: true)
    }
}
