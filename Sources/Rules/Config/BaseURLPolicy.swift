/// Which base URLs apply may send the API key to: `https://`, or plain `http://` to a
/// loopback address only (a key sent in clear over a network can be read by anyone on
/// the path). One rule for the config reader, which reports it where the URL is written,
/// and for apply's `Endpoint`, which also checks the flag and the environment: a config
/// that `seedance config` accepts is never refused by apply after the plan is shown.
public enum BaseURLPolicy {
    /// Why `url` (trimmed, without trailing slashes) cannot be the base URL, as words
    /// that follow "the base URL"; nil when it can.
    public static func problem(_ url: String) -> String? {
        let lower = url.lowercased()
        let isHTTPS = lower.hasPrefix("https://"), isHTTP = lower.hasPrefix("http://")
        guard isHTTPS || isHTTP else { return "must start with https:// (got \(url))" }
        let afterScheme = url.dropFirst(isHTTPS ? 8 : 7)
        let authority = afterScheme.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" })
        if authority.isEmpty { return "has no host: \(url)" }
        if authority.contains("@") { return "must not contain credentials" }
        if url.contains("?") || url.contains("#") { return "must not have a query or fragment: \(url)" }
        if isHTTP && !isLoopback(host: host(of: String(authority))) {
            return "may use plain http:// only to a loopback address (127.0.0.1, ::1, localhost); use https://"
        }
        return nil
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
}
