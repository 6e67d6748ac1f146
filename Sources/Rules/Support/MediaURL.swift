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
        let chars = Array(text.unicodeScalars)
        guard let colon = chars.firstIndex(of: ":"), colon > 0, isScheme(chars[..<colon]) else {
            return .invalid(withoutScheme(text))
        }
        let scheme = String(String.UnicodeScalarView(chars[..<colon])).lowercased()
        let rest = chars[(colon + 1)...]
        // `C:\a.png`, `c:/a.png`: a Windows drive, not a scheme.
        if scheme.count == 1, rest.first == "\\" || rest.first == "/", !rest.starts(with: ["/", "/"]) {
            return .invalid(.localPath)
        }
        switch scheme {
        case "file": return .invalid(.fileScheme)
        case "asset": return asset(rest)
        case "http", "https": break
        default: return .invalid(.unsupportedScheme(scheme))
        }
        if chars.contains(where: { $0.properties.isWhitespace }) { return .invalid(.whiteSpace) }
        guard rest.starts(with: ["/", "/"]) else { return .invalid(.missingHost) }
        let afterSlashes = rest.dropFirst(2)
        let authorityEnd = afterSlashes.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? afterSlashes.endIndex
        var authority = afterSlashes[afterSlashes.startIndex..<authorityEnd]
        if let at = authority.lastIndex(of: "@") { authority = authority[(at + 1)...] }
        let tail = afterSlashes[authorityEnd...]
        let pathEnd = tail.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? tail.endIndex
        let path = String(String.UnicodeScalarView(tail[tail.startIndex..<pathEnd]))
        let host: String
        if authority.first == "[" {
            guard let close = authority.firstIndex(of: "]") else { return .invalid(.badIPv6(String(String.UnicodeScalarView(authority)))) }
            let literal = String(String.UnicodeScalarView(authority[(authority.startIndex + 1)..<close])).lowercased()
            guard let groups = IPAddress.ipv6(literal) else { return .invalid(.badIPv6(literal)) }
            if let range = IPAddress.nonPublicRange(ipv6: groups) { return .invalid(.nonPublicAddress(literal, range: range)) }
            host = "[" + literal + "]"
        } else {
            let hostEnd = authority.firstIndex(of: ":") ?? authority.endIndex
            var name = String(String.UnicodeScalarView(authority[authority.startIndex..<hostEnd])).lowercased()
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

    /// The extension of the URL's path (lowercased, without the dot), if its last segment
    /// has one.
    public var pathExtension: String? {
        guard case .web(_, _, let path) = self else { return nil }
        let last = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return nil }
        let ext = last[last.index(after: dot)...]
        return ext.isEmpty ? nil : ext.lowercased()
    }

    private static func isScheme(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = s.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return s.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+.-".unicodeScalars.contains($0)) }
    }

    private static func asset(_ rest: ArraySlice<Unicode.Scalar>) -> MediaURL {
        guard rest.starts(with: ["/", "/"]) else { return .invalid(.malformedAsset) }
        let id = rest.dropFirst(2)
        if id.isEmpty { return .invalid(.malformedAsset) }
        if id.contains(where: { $0.properties.isWhitespace }) { return .invalid(.assetWhiteSpace) }
        return .asset(id: String(String.UnicodeScalarView(id)))
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
