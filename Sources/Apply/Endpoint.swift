import SeedanceRules

/// The provider's base URL and the endpoints below it (API.md).
public struct Endpoint: Sendable, Equatable {
    public static let providerDefault = "https://zcbservice.aizfw.cn/kyyReactApiServer"

    /// Without a trailing slash; it may carry a path (the real one does).
    public let base: String

    /// Checks the URL against `BaseURLPolicy` (https://, or http:// to loopback only).
    public init(validating text: String) throws(ApplyError) {
        var url = text.trimmingWhitespace()
        while url.hasSuffix("/") { url.removeLast() }
        if let problem = BaseURLPolicy.problem(url) { throw .usage("the base URL " + problem) }
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

    /// The base URL from the flag, else `SEEDANCE_BASE_URL`, else the config file, else
    /// the provider's (CLI.md).
    /// A refusal names where the URL came from, so the user knows which one to change.
    public static func resolve(flag: String?, environment: [String: String], config: String?) throws(ApplyError) -> Endpoint {
        let candidates = [("--base-url", flag), ("SEEDANCE_BASE_URL", environment["SEEDANCE_BASE_URL"]), ("the config file", config)]
        for (source, value) in candidates {
            guard let url = value, !url.isEmpty else { continue }
            do { return try Endpoint(validating: url) } catch {
                throw .usage(error.message + " (from \(source))")
            }
        }
        return try Endpoint(validating: providerDefault)
    }
}
