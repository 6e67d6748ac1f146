/// How often and how long to wait before sending a request again, for answers that say
/// the request was not processed (429, 503; and every 5xx of a query).
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first one included.
    public var maxAttempts: Int
    /// The first backoff; each further one doubles, up to `maxDelay`.
    public var baseDelay: Double
    public var maxDelay: Double
    /// A `Retry-After` longer than this is not waited for: the request fails instead.
    public var maxRetryAfter: Double

    public init(maxAttempts: Int = 5, baseDelay: Double = 1, maxDelay: Double = 30, maxRetryAfter: Double = 120) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    /// The wait before retry number `retry` (1 for the first retry). "Equal jitter":
    /// half the exponential delay plus a random part, so that clients that failed
    /// together don't come back together. A server's `Retry-After` is a lower bound.
    public func delay(retry: Int, retryAfter: Double?) -> Double {
        let exponential = min(maxDelay, baseDelay * Double(1 << min(max(retry - 1, 0), 16)))
        let jittered = exponential / 2 + Double.random(in: 0...(exponential / 2))
        guard let retryAfter else { return jittered }
        return retryAfter + Double.random(in: 0...min(1, retryAfter / 10 + 0.05))
    }

    /// The seconds a `Retry-After` header asks for: delay-seconds or an HTTP date.
    public static func retryAfterSeconds(_ header: String?, now: Double = SystemClock.now()) -> Double? {
        guard let header = header?.trimmingWhitespace(), !header.isEmpty else { return nil }
        if let seconds = Int(header) { return Double(max(0, seconds)) }
        if let date = SystemClock.parseHTTPDate(header) { return max(0, date - now) }
        return nil
    }
}
