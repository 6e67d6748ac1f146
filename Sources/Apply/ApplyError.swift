/// A failure that stops apply or status as a whole. Messages never contain the key:
/// anything built from a server's answer goes through `APIKey.redact` first.
public enum ApplyError: Error, Equatable, Sendable {
    /// Bad usage or configuration (exit 2).
    case usage(String)
    /// The key was refused (401/403): nothing else will work (exit 2).
    case unauthorized(String)
    /// The state file or its lock (exit 2).
    case state(String)
    /// Network or API trouble that is not about one shot (exit 2).
    case network(String)

    public var message: String {
        switch self {
        case .usage(let m), .unauthorized(let m), .state(let m), .network(let m): return m
        }
    }
}
