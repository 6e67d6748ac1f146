/// A media string read the way the API's fetcher will read it (SPEC.md section 4): a
/// public `https://`/`http://` URL, an `asset://<id>`, or something the API cannot fetch.
/// Hand-written rather than a URL library: no Foundation, and the questions asked here
/// (scheme, host, path extension) are few.
public enum MediaURL: Equatable, Sendable {
    /// `http://` or `https://` with a host that may be public.
    case web(secure: Bool, host: String, path: String)
    case asset(id: String)
    case invalid(Problem)

    /// Why the API cannot fetch a media string.
    public enum Problem: Equatable, Sendable {
        case empty
        case whiteSpace
        /// `./a.png`, `/tmp/a.png`, `C:\a.png`, `a.png`, `~/a.png`.
        case localPath
        case fileScheme
        /// `cdn.example.com/a.png`, `//cdn.example.com/a.png`.
        case missingScheme
        case unsupportedScheme(String)
        case missingHost
        /// `asset:x`, `asset://`: not `asset://<id>` with a non-empty id.
        case malformedAsset
        case assetWhiteSpace
        case localHost(String)
        /// A loopback, private, link-local or unspecified address, with the range it is in.
        case nonPublicAddress(String, range: String)
        case badIPv6(String)
    }

    public static func parse(_ text: String) -> MediaURL {
        if text.isEmpty { return .invalid(.empty) }
        // A quoted value can keep spaces around the URL; the API would get them too.
        if text.first!.isWhitespace || text.last!.isWhitespace { return .invalid(.whiteSpace) }
        // On UTF-8 bytes: every delimiter looked for is ASCII, and every media URL of every
        // shot comes here from several rules (scalar arrays were 29 % of a corpus run).
        let bytes = Array(text.utf8)
        guard let colon = bytes.firstIndex(of: ascii(":")), colon > 0, isScheme(bytes[..<colon]) else {
            return .invalid(withoutScheme(text))
        }
        let scheme = string(bytes[..<colon]).lowercased()
        let rest = bytes[(colon + 1)...]
        // `C:\a.png`, `c:/a.png`: a Windows drive, not a scheme.
        if scheme.count == 1, rest.first == ascii("\\") || rest.first == ascii("/"), !startsWithTwoSlashes(rest) {
            return .invalid(.localPath)
        }
        switch scheme {
        case "file": return .invalid(.fileScheme)
        case "asset": return asset(rest)
        case "http", "https": break
        default: return .invalid(.unsupportedScheme(scheme))
        }
        if text.unicodeScalars.contains(where: isWhiteSpace) { return .invalid(.whiteSpace) }
        guard startsWithTwoSlashes(rest) else { return .invalid(.missingHost) }
        let afterSlashes = rest.dropFirst(2)
        let authorityEnd = afterSlashes.firstIndex(where: { $0 == ascii("/") || $0 == ascii("?") || $0 == ascii("#") })
            ?? afterSlashes.endIndex
        var authority = afterSlashes[afterSlashes.startIndex..<authorityEnd]
        if let at = authority.lastIndex(of: ascii("@")) { authority = authority[(at + 1)...] }
        let tail = afterSlashes[authorityEnd...]
        let pathEnd = tail.firstIndex(where: { $0 == ascii("?") || $0 == ascii("#") }) ?? tail.endIndex
        let path = string(tail[tail.startIndex..<pathEnd])
        let host: String
        if authority.first == ascii("[") {
            guard let close = authority.firstIndex(of: ascii("]")) else { return .invalid(.badIPv6(string(authority))) }
            let literal = string(authority[(authority.startIndex + 1)..<close]).lowercased()
            guard let groups = IPAddress.ipv6(literal) else { return .invalid(.badIPv6(literal)) }
            if let range = IPAddress.nonPublicRange(ipv6: groups) { return .invalid(.nonPublicAddress(literal, range: range)) }
            host = "[" + literal + "]"
        } else {
            let hostEnd = authority.firstIndex(of: ascii(":")) ?? authority.endIndex
            var name = string(authority[authority.startIndex..<hostEnd]).lowercased()
            if name.hasSuffix(".") { name.removeLast() }
            guard !name.isEmpty else { return .invalid(.missingHost) }
            if name == "localhost" || name.hasSuffix(".localhost") { return .invalid(.localHost(name)) }
            if let address = IPAddress.ipv4(name), let range = IPAddress.nonPublicRange(ipv4: address) {
                return .invalid(.nonPublicAddress(name, range: range))
            }
            host = name
        }
        return .web(secure: scheme == "https", host: host, path: path)
    }

    @inline(__always) private static func ascii(_ c: Unicode.Scalar) -> UInt8 { UInt8(ascii: c) }

    private static func string(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    private static func startsWithTwoSlashes(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.count >= 2 && bytes[bytes.startIndex] == ascii("/") && bytes[bytes.startIndex + 1] == ascii("/")
    }

    /// The extension of the URL's path (lowercased, without the dot), if its last segment
    /// has one.
    public var pathExtension: String? {
        guard case .web(_, _, let path) = self else { return nil }
        let bytes = path.utf8
        let lastStart = bytes.lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex
        let last = bytes[lastStart...]
        guard let dot = last.lastIndex(of: UInt8(ascii: ".")), dot != last.startIndex else { return nil }
        let ext = last[last.index(after: dot)...]
        return ext.isEmpty ? nil : String(decoding: ext, as: UTF8.self).lowercased()
    }

    private static func isScheme(_ s: ArraySlice<UInt8>) -> Bool {
        guard let first = s.first, isASCIILetter(first) else { return false }
        return s.allSatisfy { isASCIILetter($0) || (ascii("0")...ascii("9")).contains($0) || $0 == ascii("+") || $0 == ascii(".") || $0 == ascii("-") }
    }

    private static func isASCIILetter(_ c: UInt8) -> Bool {
        (ascii("a")...ascii("z")).contains(c) || (ascii("A")...ascii("Z")).contains(c)
    }

    /// White space by Unicode, with the ASCII answer first: every media URL of every
    /// shot goes through here three times, and the Unicode property lookup showed as 9 %
    /// of a corpus run.
    private static func isWhiteSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c == " " || (0x09...0x0D).contains(c.value) }
        return c.properties.isWhitespace
    }

    private static func asset(_ rest: ArraySlice<UInt8>) -> MediaURL {
        guard startsWithTwoSlashes(rest) else { return .invalid(.malformedAsset) }
        let id = string(rest.dropFirst(2))
        if id.isEmpty { return .invalid(.malformedAsset) }
        if id.unicodeScalars.contains(where: isWhiteSpace) { return .invalid(.assetWhiteSpace) }
        return .asset(id: id)
    }

    /// What a string without a scheme is: a path, or a URL missing its `https://`.
    private static func withoutScheme(_ text: String) -> Problem {
        if text.hasPrefix("//") { return .missingScheme }
        if text.hasPrefix("/") || text.hasPrefix(".") || text.hasPrefix("~") || text.contains("\\") { return .localPath }
        // `cdn.example.com/a.png`: a host name before the first slash.
        if let slash = text.firstIndex(of: "/"), text[..<slash].contains(".") { return .missingScheme }
        return .localPath
    }
}
