/// The provider's base URL and the endpoints below it (API.md).
public struct Endpoint: Sendable, Equatable {
    public static let providerDefault = "https://zcbservice.aizfw.cn/kyyReactApiServer"

    /// Without a trailing slash; it may carry a path (the real one does).
    public let base: String

    /// Checks the URL: `https://`, or plain `http://` to a loopback address only (a key
    /// sent in clear over a network can be read by anyone on the path).
    public init(validating text: String) throws(ApplyError) {
        var url = text.trimmingWhitespace()
        while url.hasSuffix("/") { url.removeLast() }
        let lower = url.lowercased()
        let isHTTPS = lower.hasPrefix("https://"), isHTTP = lower.hasPrefix("http://")
        guard isHTTPS || isHTTP else {
            throw .usage("the base URL must start with https:// (got \(text))")
        }
        let afterScheme = url.dropFirst(isHTTPS ? 8 : 7)
        let authority = afterScheme.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" })
        if authority.isEmpty { throw .usage("the base URL has no host: \(text)") }
        if authority.contains("@") { throw .usage("the base URL must not contain credentials") }
        if url.contains("?") || url.contains("#") { throw .usage("the base URL must not have a query or fragment: \(text)") }
        if isHTTP && !Endpoint.isLoopback(host: Endpoint.host(of: String(authority))) {
            throw .usage("plain http:// is allowed only to a loopback address (127.0.0.1, ::1, localhost); use https://")
        }
        base = url
    }

    public var createURL: String { base + "/v1/kyyvideo2/videos" }

    public func queryURL(id: String) -> String { base + "/v1/result/" + Endpoint.percentEncodeSegment(id) }

    /// Everything but RFC 3986's unreserved characters is encoded, so an id can't
    /// escape its path segment (`/`, `?`, `#`, space, `%`).
    public static func percentEncodeSegment(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    static func host(of authority: String) -> String {
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            return String(authority[authority.index(after: authority.startIndex)..<close])
        }
        return String(authority.prefix(while: { $0 != ":" }))
    }

    static func isLoopback(host: String) -> Bool {
        let h = host.lowercased()
        if h == "localhost" || h == "::1" { return true }
        let octets = h.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { Int($0).map { (0...255).contains($0) } ?? false }
    }

    /// The base URL from the flag, else `SEEDANCE_BASE_URL`, else the config file, else
    /// the provider's (CLI.md).
    public static func resolve(flag: String?, environment: [String: String], config: String?) throws(ApplyError) -> Endpoint {
        let chosen = [flag, environment["SEEDANCE_BASE_URL"], config].compactMap { $0 }.first(where: { !$0.isEmpty })
        return try Endpoint(validating: chosen ?? providerDefault)
    }
}
