import Testing
@testable import SeedanceApply
#if canImport(Glibc)
import Glibc
#endif

@Suite struct EndpointTests {
    @Test func plainHTTPOnlyToLoopback() throws {
        #expect(throws: ApplyError.self) { try Endpoint(validating: "http://example.com/api") }
        #expect(throws: ApplyError.self) { try Endpoint(validating: "http://10.0.0.1/api") }
        #expect(throws: ApplyError.self) { try Endpoint(validating: "ftp://127.0.0.1/") }
        #expect(throws: ApplyError.self) { try Endpoint(validating: "https://user:pw@example.com/") }
        #expect(try Endpoint(validating: "http://127.0.0.1:8080/x/").base == "http://127.0.0.1:8080/x")
        #expect(try Endpoint(validating: "http://[::1]:9/x").base == "http://[::1]:9/x")
        #expect(try Endpoint(validating: "http://localhost/x").createURL == "http://localhost/x/v1/kyyvideo2/videos")
        #expect(try Endpoint(validating: "HTTPS://example.com/a").queryURL(id: "v 1") == "HTTPS://example.com/a/v1/result/v%201")
    }

    @Test func resolutionOrder() throws {
        let env = ["SEEDANCE_BASE_URL": "https://env.example/a"]
        #expect(try Endpoint.resolve(flag: "https://flag.example", environment: env, config: "https://config.example").base == "https://flag.example")
        #expect(try Endpoint.resolve(flag: nil, environment: env, config: "https://config.example").base == "https://env.example/a")
        #expect(try Endpoint.resolve(flag: nil, environment: [:], config: "https://config.example").base == "https://config.example")
        #expect(try Endpoint.resolve(flag: nil, environment: [:], config: nil).base == Endpoint.providerDefault)
    }

    @Test func aRefusedURLNamesWhereItCameFrom() {
        let http = "http://api.example.com"
        for (flag, env, config, source) in [(http, nil, nil, "--base-url"), (nil, http, "https://ok.example", "SEEDANCE_BASE_URL"),
                                            (nil, nil, http, "the config file")] {
            do {
                _ = try Endpoint.resolve(flag: flag, environment: env.map { ["SEEDANCE_BASE_URL": $0] } ?? [:], config: config)
                Issue.record("\(source): \(http) was accepted")
            } catch {
                #expect(error.message.hasPrefix("the base URL may use plain http:// only to a loopback address"))
                #expect(error.message.hasSuffix("(from \(source))"))
            }
        }
    }
}

@Suite struct RetryTests {
    @Test func retryAfterSecondsAndDates() {
        #expect(RetryPolicy.retryAfterSeconds("7") == 7)
        #expect(RetryPolicy.retryAfterSeconds(" 0 ") == 0)
        #expect(RetryPolicy.retryAfterSeconds("soon") == nil)
        #expect(RetryPolicy.retryAfterSeconds(nil) == nil)
        // 1994-11-06T08:49:37Z is 784111777.
        #expect(SystemClock.parseHTTPDate("Sun, 06 Nov 1994 08:49:37 GMT") == 784111777)
        #expect(SystemClock.parseHTTPDate("Sunday, 06-Nov-94 08:49:37 GMT") == 784111777)
        #expect(SystemClock.parseHTTPDate("Sun Nov  6 08:49:37 1994") == 784111777)
        #expect(RetryPolicy.retryAfterSeconds("Sun, 06 Nov 1994 08:50:07 GMT", now: 784111777) == 30)
        #expect(RetryPolicy.retryAfterSeconds("Sun, 06 Nov 1994 08:49:07 GMT", now: 784111777) == 0)
    }

    @Test func backoffIsBoundedAndHonoursRetryAfter() {
        let policy = RetryPolicy(maxAttempts: 5, baseDelay: 1, maxDelay: 8)
        for retry in 1...10 {
            let d = policy.delay(retry: retry, retryAfter: nil)
            let cap = min(8, Double(1 << (retry - 1)))
            #expect(d >= cap / 2 && d <= cap)
        }
        #expect(policy.delay(retry: 1, retryAfter: 5) >= 5)
    }

    @Test func timestamps() {
        #expect(SystemClock.iso8601(784111777) == "1994-11-06T08:49:37Z")
        #expect(SystemClock.iso8601(0) == "1970-01-01T00:00:00Z")
    }
}

@Suite struct KeyTests {
    @Test func keyFileMustBePrivate() throws {
        let path = "/tmp/seedance-key-\(getpid())-\(Int.random(in: 0..<1_000_000))"
        defer { unlink(path) }
        #expect(FileIO.writeAtomically(path, Array("sk-file-key\n".utf8), mode: 0o644) == nil)
        chmod(path, 0o644)
        guard case .failure(let error) = APIKey.load(keyFile: path, environment: [:]) else { Issue.record("accepted"); return }
        #expect(error.message.contains("chmod 600"))
        chmod(path, 0o600)
        let key = try APIKey.load(keyFile: path, environment: ["SEEDANCE_API_KEY": "env"]).get()
        #expect(key.value == "sk-file-key")
        #expect("\(key)" == "<api key>")
        #expect(try APIKey.load(keyFile: nil, environment: ["SEEDANCE_API_KEY": " env-key "]).get().value == "env-key")
        #expect(throws: ApplyError.self) { try APIKey.load(keyFile: nil, environment: [:]).get() }
    }

    @Test func errorBodiesAreRedacted() {
        let key = APIKey("sk-abc-123")
        let response = HTTPResponse(status: 401, body: Array(#"{"error": "bad key sk-abc-123"}"#.utf8))
        #expect(errorMessage(of: response, key: key) == "bad key <redacted>")
        let text = HTTPResponse(status: 502, body: Array("<html>gateway\nsk-abc-123</html>".utf8))
        #expect(errorMessage(of: text, key: key) == "<html>gateway <redacted></html>")
    }
}
