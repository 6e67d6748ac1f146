/// How a create request ended. The cases that matter for money are told apart:
/// `notCreated` (safe to send again) and `unknown` (a task may exist and be billed).
public enum CreateOutcome: Equatable, Sendable {
    case created(TaskInfo)
    /// 400/422 or another 4xx: the provider refused this body.
    case rejected(status: Int, message: String)
    /// 401/403.
    case unauthorized(String)
    /// The request was certainly not processed (429/503 or no connection, retries spent).
    case notCreated(String)
    /// The request was sent and the answer lost or ambiguous (500/502/504, timeout,
    /// broken connection, unreadable 2xx).
    case unknown(String)
}

public enum QueryFailure: Error, Equatable, Sendable {
    case unauthorized(String)
    case notFound(String)
    /// Anything else (retries spent, malformed JSON, ...): polling may try again later.
    case failed(String)

    public var message: String {
        switch self {
        case .unauthorized(let m), .notFound(let m), .failed(let m): return m
        }
    }
}

/// The two endpoints of API.md over an `HTTPTransport`, with the retry rules of its
/// "What a client must survive" section.
public struct APIClient: Sendable {
    public let endpoint: Endpoint
    let key: APIKey
    let transport: any HTTPTransport
    public var requestTimeout: Double
    public var retry: RetryPolicy
    /// Called with a one-line note before each retry (for progress output).
    public var onRetry: (@Sendable (String) -> Void)?

    public init(endpoint: Endpoint, key: APIKey, transport: any HTTPTransport = CurlTransport(),
                requestTimeout: Double = 60, retry: RetryPolicy = RetryPolicy()) {
        self.endpoint = endpoint
        self.key = key
        self.transport = transport
        self.requestTimeout = requestTimeout
        self.retry = retry
    }

    public func create(body: String) -> CreateOutcome {
        let request = HTTPRequest(method: "POST", url: endpoint.createURL, headers: [key.authorizationHeader, "Accept: application/json"],
                                  body: Array(body.utf8), timeout: requestTimeout)
        var attempt = 1
        while true {
            let result = transport.send(request)
            var retryAfterHeader: String?
            var reason: String
            switch result {
            case .failure(.unavailable(let m)), .failure(.localWrite(let m)):
                return .notCreated(m)
            case .failure(.notSent(let m)):
                reason = "could not connect: \(key.redact(m))"
            case .failure(.afterSend(let m)):
                return .unknown("the connection failed after the request was sent (\(key.redact(m)))")
            case .success(let response):
                switch response.status {
                case 200..<300:
                    guard let json = JSONReading.parse(response.body), let info = TaskInfo(json: json) else {
                        return .unknown("HTTP \(response.status) from POST /v1/kyyvideo2/videos without a readable task id")
                    }
                    return .created(info)
                case 401, 403:
                    return .unauthorized(unauthorizedMessage(response))
                case 429, 503:
                    retryAfterHeader = response.header("retry-after")
                    reason = "HTTP \(response.status): \(errorMessage(of: response, key: key))"
                case 400..<500:
                    return .rejected(status: response.status, message: errorMessage(of: response, key: key))
                default:
                    // 500, 502, 504 and anything unexpected may hide a created task.
                    return .unknown("HTTP \(response.status) from POST /v1/kyyvideo2/videos: \(errorMessage(of: response, key: key))")
                }
            }
            guard let wait = nextWait(attempt: attempt, retryAfterHeader: retryAfterHeader) else {
                return .notCreated(reason + " (gave up after \(attempt) attempt\(attempt == 1 ? "" : "s"))")
            }
            onRetry?("create: \(reason); retrying in \(formatSeconds(wait))")
            SystemClock.sleep(wait)
            attempt += 1
        }
    }

    public func query(id: String) -> Result<TaskInfo, QueryFailure> {
        let request = HTTPRequest(method: "GET", url: endpoint.queryURL(id: id), headers: [key.authorizationHeader, "Accept: application/json"],
                                  timeout: requestTimeout)
        var attempt = 1
        while true {
            var retryAfterHeader: String?
            var reason: String
            switch transport.send(request) {
            case .failure(let failure):
                if case .unavailable(let m) = failure { return .failure(.failed(m)) }
                reason = key.redact(failure.message)
            case .success(let response):
                switch response.status {
                case 200..<300:
                    guard let json = JSONReading.parse(response.body), let info = TaskInfo(json: json) else {
                        return .failure(.failed("malformed JSON from GET /v1/result/{id} (HTTP \(response.status))"))
                    }
                    return .success(info)
                case 401, 403:
                    return .failure(.unauthorized(unauthorizedMessage(response)))
                case 404:
                    return .failure(.notFound("the provider does not know task \(id): \(errorMessage(of: response, key: key))"))
                case 429, 500..<600:
                    retryAfterHeader = response.header("retry-after")
                    reason = "HTTP \(response.status): \(errorMessage(of: response, key: key))"
                default:
                    return .failure(.failed("HTTP \(response.status) from GET /v1/result/{id}: \(errorMessage(of: response, key: key))"))
                }
            }
            guard let wait = nextWait(attempt: attempt, retryAfterHeader: retryAfterHeader) else {
                return .failure(.failed("query of \(id) failed: \(reason) (gave up after \(attempt) attempts)"))
            }
            onRetry?("query \(id): \(reason); retrying in \(formatSeconds(wait))")
            SystemClock.sleep(wait)
            attempt += 1
        }
    }

    private func unauthorizedMessage(_ response: HTTPResponse) -> String {
        "the API key was refused (HTTP \(response.status): \(errorMessage(of: response, key: key))); check SEEDANCE_API_KEY or --api-key-file"
    }

    /// nil when the attempts are spent or the server asks for too long a wait.
    private func nextWait(attempt: Int, retryAfterHeader: String?) -> Double? {
        guard attempt < retry.maxAttempts else { return nil }
        let retryAfter = RetryPolicy.retryAfterSeconds(retryAfterHeader)
        if let retryAfter, retryAfter > retry.maxRetryAfter { return nil }
        return retry.delay(retry: attempt, retryAfter: retryAfter)
    }
}

func formatSeconds(_ s: Double) -> String {
    if s < 10 { return "\(Double(Int(s * 10)) / 10) s" }
    if s < 120 { return "\(Int(s)) s" }
    return "\(Int(s) / 60) min \(Int(s) % 60) s"
}
