import CCurl
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One HTTP request. `headers` are full lines ("Name: value").
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: String
    public var headers: [String]
    public var body: [UInt8]?
    /// The whole exchange must end within this many seconds.
    public var timeout: Double

    public init(method: String, url: String, headers: [String] = [], body: [UInt8]? = nil, timeout: Double) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }
}

public struct HTTPResponse: Sendable {
    public var status: Int
    /// The headers of the final response, names lowercased.
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.last(where: { $0.name == wanted })?.value
    }
}

/// Why an exchange produced no response. The split between `notSent` and `afterSend`
/// is what lets a create be retried safely: only a request that never left this
/// machine can be sent again without risking a second, billed task.
public enum HTTPFailure: Error, Equatable, Sendable {
    /// libcurl could not be loaded.
    case unavailable(String)
    /// Nothing reached the server (DNS, refused connection, TLS handshake, bad URL).
    case notSent(String)
    /// The request (or part of it) was sent, then the exchange broke or timed out.
    case afterSend(String)
    /// A download's bytes could not be written locally.
    case localWrite(String)

    public var message: String {
        switch self {
        case .unavailable(let m), .notSent(let m), .afterSend(let m), .localWrite(let m): return m
        }
    }
}

/// Sends requests. A protocol so the engine can be driven by any transport, but the
/// tests use the real one against a real server on loopback.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) -> Result<HTTPResponse, HTTPFailure>
    /// GETs `url` (following redirects, no credentials) into `fd`; fails when no byte
    /// arrives for `stallTimeout` seconds. Returns the status and the bytes written.
    func download(url: String, to fd: Int32, stallTimeout: Double) -> Result<(status: Int, bytes: Int), HTTPFailure>
}

/// The libcurl transport: one easy handle per request, no shared connections, so a
/// failure of one request cannot leak into another.
public struct CurlTransport: HTTPTransport {
    /// An API answer larger than this is not a task description.
    static let responseLimit = 8 << 20

    public init() {}

    public static func load() -> HTTPFailure? {
        var buffer = [CChar](repeating: 0, count: 256)
        if sd_curl_load(&buffer, buffer.count) == 0 { return nil }
        return .unavailable(String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    public func send(_ request: HTTPRequest) -> Result<HTTPResponse, HTTPFailure> {
        let handle: UnsafeMutableRawPointer
        switch CurlTransport.makeHandle() {
        case .success(let h): handle = h
        case .failure(let failure): return .failure(failure)
        }
        defer { sd_curl_easy_cleanup(handle) }

        var body = sd_sink(), headers = sd_sink()
        sd_sink_init_memory(&body, CurlTransport.responseLimit)
        sd_sink_init_memory(&headers, 1 << 20)
        defer { sd_sink_free(&body); sd_sink_free(&headers) }

        // "Expect:" turns off curl's 100-continue wait for larger bodies.
        var lines = request.headers + ["Expect:"]
        if request.body != nil { lines.append("Content-Type: application/json") }
        var list: UnsafeMutableRawPointer? = nil
        for line in lines { list = sd_curl_slist_append(list, line) }
        defer { sd_curl_slist_free_all(list) }

        let payload = request.body ?? []
        let (code, message) = request.method.withCString { method in
            payload.withUnsafeBufferPointer { bytes in
                perform(handle, url: request.url, timeout: request.timeout, body: &body, headers: &headers) { handle in
                    _ = sd_curl_setopt_pointer(handle, Int32(SD_CURLOPT_HTTPHEADER), list)
                    _ = sd_curl_setopt_long(handle, Int32(SD_CURLOPT_FOLLOWLOCATION), 0)
                    if request.method == "POST" {
                        _ = sd_curl_setopt_long(handle, Int32(SD_CURLOPT_POST), 1)
                        _ = sd_curl_setopt_off_t(handle, Int32(SD_CURLOPT_POSTFIELDSIZE_LARGE), Int64(bytes.count))
                        // A non-null pointer even for an empty body, or curl reads stdin.
                        _ = sd_curl_setopt_pointer(handle, Int32(SD_CURLOPT_POSTFIELDS), bytes.baseAddress ?? UnsafePointer(bitPattern: 1))
                    } else if request.method != "GET" {
                        _ = sd_curl_setopt_pointer(handle, Int32(SD_CURLOPT_CUSTOMREQUEST), method)
                    }
                }
            }
        }
        if code != 0 {
            if body.failed != 0 { return .failure(.afterSend("the response was larger than \(CurlTransport.responseLimit) bytes")) }
            return .failure(CurlTransport.classify(code: code, handle: handle, message: message))
        }
        let bytes = body.data.map { Array(UnsafeBufferPointer(start: $0, count: body.length)) } ?? []
        let headerText = headers.data.map { String(decoding: UnsafeBufferPointer(start: $0, count: headers.length), as: UTF8.self) } ?? ""
        return .success(HTTPResponse(status: CurlTransport.status(of: handle), headers: CurlTransport.parseHeaders(headerText), body: bytes))
    }

    public func download(url: String, to fd: Int32, stallTimeout: Double) -> Result<(status: Int, bytes: Int), HTTPFailure> {
        let handle: UnsafeMutableRawPointer
        switch CurlTransport.makeHandle() {
        case .success(let h): handle = h
        case .failure(let failure): return .failure(failure)
        }
        defer { sd_curl_easy_cleanup(handle) }
        var body = sd_sink(), headers = sd_sink()
        sd_sink_init_fd(&body, fd)
        sd_sink_init_memory(&headers, 1 << 20)
        defer { sd_sink_free(&headers) }
        // No total limit (videos are large); a stall of `stallTimeout` ends it.
        let (code, message) = perform(handle, url: url, timeout: 0, body: &body, headers: &headers) { handle in
            _ = sd_curl_setopt_long(handle, Int32(SD_CURLOPT_CONNECTTIMEOUT_MS), Int(stallTimeout * 1000))
            _ = sd_curl_setopt_long(handle, Int32(SD_CURLOPT_LOW_SPEED_LIMIT), 1)
            _ = sd_curl_setopt_long(handle, Int32(SD_CURLOPT_LOW_SPEED_TIME), max(1, Int(stallTimeout.rounded(.up))))
            _ = sd_curl_setopt_long(handle, Int32(SD_CURLOPT_FOLLOWLOCATION), 1)
            _ = sd_curl_setopt_long(handle, Int32(SD_CURLOPT_MAXREDIRS), 5)
            _ = sd_curl_setopt_long(handle, Int32(SD_CURLOPT_HTTPGET), 1)
        }
        if body.failed != 0 { return .failure(.localWrite("could not write the download: \(String(cString: strerror(errno)))")) }
        if code != 0 { return .failure(CurlTransport.classify(code: code, handle: handle, message: message)) }
        return .success((CurlTransport.status(of: handle), body.length))
    }

    /// A fresh easy handle (libcurl loaded first); the caller cleans it up.
    private static func makeHandle() -> Result<UnsafeMutableRawPointer, HTTPFailure> {
        if let failure = load() { return .failure(failure) }
        guard let handle = sd_curl_easy_init() else { return .failure(.notSent("libcurl could not create a request")) }
        return .success(handle)
    }

    /// What every transfer shares: the common options (`configure`), then the
    /// transfer's own (`setUp`), the sinks, and curl's error text when it fails.
    private func perform(_ handle: UnsafeMutableRawPointer, url: String, timeout: Double, body: inout sd_sink,
                         headers: inout sd_sink, setUp: (UnsafeMutableRawPointer) -> Void) -> (code: Int32, message: String) {
        url.withCString { urlPointer in
            var errorBuffer = [CChar](repeating: 0, count: 256)
            return errorBuffer.withUnsafeMutableBufferPointer { errorPointer in
                configure(handle, url: urlPointer, timeout: timeout, errorBuffer: errorPointer.baseAddress!)
                setUp(handle)
                _ = sd_curl_set_sinks(handle, &body, &headers)
                let rc = sd_curl_easy_perform(handle)
                guard rc != 0 else { return (rc, "") }
                let detail = String(cString: errorPointer.baseAddress!)
                return (rc, detail.isEmpty ? String(cString: sd_curl_easy_strerror(rc)) : detail)
            }
        }
    }

    private static func status(of handle: UnsafeMutableRawPointer) -> Int {
        var status = 0
        _ = sd_curl_getinfo_long(handle, Int32(SD_CURLINFO_RESPONSE_CODE), &status)
        return status
    }

    private func configure(_ handle: UnsafeMutableRawPointer, url: UnsafePointer<CChar>, timeout: Double,
                           errorBuffer: UnsafeMutablePointer<CChar>) {
        _ = sd_curl_setopt_pointer(handle, Int32(SD_CURLOPT_URL), url)
        // Signals are not safe with threads; timeouts then rely on the threaded resolver.
        _ = sd_curl_setopt_long(handle, Int32(SD_CURLOPT_NOSIGNAL), 1)
        _ = sd_curl_setopt_long(handle, Int32(SD_CURLOPT_NOPROGRESS), 1)
        if timeout > 0 {
            let ms = max(1, Int(timeout * 1000))
            _ = sd_curl_setopt_long(handle, Int32(SD_CURLOPT_TIMEOUT_MS), ms)
            _ = sd_curl_setopt_long(handle, Int32(SD_CURLOPT_CONNECTTIMEOUT_MS), min(ms, 30_000))
        }
        // A loopback server is never reached through a proxy from the environment.
        _ = sd_curl_setopt_pointer(handle, Int32(SD_CURLOPT_NOPROXY), "localhost,127.0.0.1,::1")
        _ = sd_curl_setopt_pointer(handle, Int32(SD_CURLOPT_USERAGENT), "seedance")
        _ = sd_curl_setopt_pointer(handle, Int32(SD_CURLOPT_ERRORBUFFER), errorBuffer)
    }

    /// Whether any of the request left this machine decides between "not sent" and
    /// "outcome unknown". Connection-stage errors are "not sent"; for anything else,
    /// curl's pre-transfer time is zero only when it never began sending the request.
    static func classify(code: Int32, handle: UnsafeMutableRawPointer, message: String) -> HTTPFailure {
        let beforeSending: Set<Int32> = [
            Int32(SD_CURLE_UNSUPPORTED_PROTOCOL), Int32(SD_CURLE_FAILED_INIT), Int32(SD_CURLE_URL_MALFORMAT),
            Int32(SD_CURLE_COULDNT_RESOLVE_PROXY), Int32(SD_CURLE_COULDNT_RESOLVE_HOST),
            Int32(SD_CURLE_COULDNT_CONNECT), Int32(SD_CURLE_SSL_CONNECT_ERROR),
            Int32(SD_CURLE_PEER_FAILED_VERIFICATION),
        ]
        if beforeSending.contains(code) { return .notSent(message) }
        var pretransfer: Int64 = 0, requestSize = 0
        _ = sd_curl_getinfo_off_t(handle, Int32(SD_CURLINFO_PRETRANSFER_TIME_T), &pretransfer)
        _ = sd_curl_getinfo_long(handle, Int32(SD_CURLINFO_REQUEST_SIZE), &requestSize)
        if pretransfer == 0 && requestSize == 0 { return .notSent(message) }
        return .afterSend(message)
    }

    /// The header lines of the last response (redirects and 1xx answers come first).
    static func parseHeaders(_ text: String) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.hasPrefix("HTTP/") { result.removeAll(); continue }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].drop(while: { $0 == " " || $0 == "\t" })
            result.append((name, String(value).trimmingTrailingWhitespace()))
        }
        return result
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return String(s)
    }

    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let first = s.first, first.isWhitespace { s = s.dropFirst() }
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
