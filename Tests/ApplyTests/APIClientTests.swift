import Testing
@testable import SeedanceApply
import SeedanceEmitter

@Suite("API client against the fake provider")
struct APIClientTests {
    @Test func createThenQueryUntilCompleted() throws {
        let server = try FakeProvider()
        let client = try makeClient(server)
        guard case .created(let task) = client.create(body: sampleBody()) else { Issue.record("not created"); return }
        #expect(task.status == .queued)
        #expect(task.id.hasPrefix("video_"))
        let first = try client.query(id: task.id).get()
        #expect(first.status == .processing)
        let second = try client.query(id: task.id).get()
        #expect(second.status == .completed)
        #expect(second.videoURL?.hasPrefix(server.origin + "/files/") == true)
        #expect(second.totalTokens == 1234)
        #expect(try server.acceptedCreates().count == 1)
    }

    @Test func wrongKeyFailsFastWithoutRetryOrLeak() throws {
        let server = try FakeProvider()
        let wrong = "sk-WRONG-key-should-never-show"
        let client = try makeClient(server, key: wrong, attempts: 5)
        let outcome = client.create(body: sampleBody())
        guard case .unauthorized(let message) = outcome else { Issue.record("got \(outcome)"); return }
        #expect(message.contains("401"))
        #expect(!message.contains(wrong))
        #expect(try server.requests().count == 1)
        #expect(try server.requests().first?.string("auth") == "bad")
        guard case .failure(.unauthorized) = client.query(id: "video_x") else { Issue.record("query not refused"); return }
    }

    @Test func rejectionCarriesTheProviderMessage() throws {
        let server = try FakeProvider()
        let outcome = try makeClient(server).create(body: sampleBody(duration: 30))
        guard case .rejected(let status, let message) = outcome else { Issue.record("got \(outcome)"); return }
        #expect(status == 400)
        #expect(message.contains("duration"))
        #expect(try server.allCreates().count == 1)
    }

    @Test func rateLimitIsRetriedHonouringRetryAfter() throws {
        let server = try FakeProvider()
        try server.setFaults(["create_429": .int(1), "create_503": .int(1), "retry_after": .string("1")])
        let start = SystemClock.monotonic()
        let outcome = try makeClient(server).create(body: sampleBody())
        let elapsed = SystemClock.monotonic() - start
        guard case .created = outcome else { Issue.record("got \(outcome)"); return }
        #expect(elapsed >= 2.0, "two Retry-After: 1 waits")
        #expect(try server.acceptedCreates().count == 1)
        #expect(try server.requests().count == 3)
    }

    @Test func rateLimitBeyondTheBoundIsNotCreated() throws {
        let server = try FakeProvider()
        try server.setFaults(["create_503": .int(10), "retry_after": .string("0")])
        let outcome = try makeClient(server, attempts: 3).create(body: sampleBody())
        guard case .notCreated(let message) = outcome else { Issue.record("got \(outcome)"); return }
        #expect(message.contains("503"))
        #expect(try server.requests().count == 3)
        #expect(try server.tasks().isEmpty)
    }

    @Test(arguments: ["create_500", "create_502", "create_504", "create_drop"])
    func ambiguousCreateIsUnknownAndNeverResent(fault: String) throws {
        let server = try FakeProvider()
        try server.setFaults([fault: .int(1)])
        let outcome = try makeClient(server, attempts: 5).create(body: sampleBody())
        guard case .unknown = outcome else { Issue.record("got \(outcome)"); return }
        #expect(try server.acceptedCreates().count == 1, "the task exists on the provider")
        #expect(try server.requests().count == 1, "and the request was not sent again")
    }

    @Test func slowCreatePastTheTimeoutIsUnknown() throws {
        let server = try FakeProvider()
        try server.setFaults(["create_slow": .int(1), "delay": .double(3)])
        let start = SystemClock.monotonic()
        let outcome = try makeClient(server, timeout: 0.5).create(body: sampleBody())
        #expect(SystemClock.monotonic() - start < 2.5)
        guard case .unknown(let message) = outcome else { Issue.record("got \(outcome)"); return }
        #expect(message.contains("after the request was sent"))
        #expect(try server.requests().count == 1)
    }

    @Test func refusedConnectionIsNotSent() throws {
        // A port that was just free: bind, read its number, close.
        let server = try FakeProvider()
        let port = server.port
        _ = consume server
        let client = APIClient(endpoint: try Endpoint(validating: "http://127.0.0.1:\(port)/api"), key: APIKey("k"),
                               requestTimeout: 2, retry: RetryPolicy(maxAttempts: 2, baseDelay: 0.01))
        guard case .notCreated(let message) = client.create(body: sampleBody()) else { Issue.record("expected notCreated"); return }
        #expect(message.contains("could not connect"))
        guard case .failure(.notSent) = CurlTransport().send(HTTPRequest(method: "GET", url: "http://127.0.0.1:\(port)/", timeout: 2)) else {
            Issue.record("a refused connection must be classified as not sent"); return
        }
    }

    @Test func queriesRetryServerErrorsAndTimeouts() throws {
        let server = try FakeProvider()
        let client = try makeClient(server, timeout: 0.5, attempts: 4)
        guard case .created(let task) = client.create(body: sampleBody()) else { Issue.record("not created"); return }
        try server.setFaults(["query_500": .int(1), "query_429": .int(1), "retry_after": .string("0"),
                              "query_slow": .int(1), "delay": .double(1.5)])
        let info = try client.query(id: task.id).get()
        #expect(info.status == .processing)
        let queries = try server.requests().filter { $0.string("method") == "GET" }
        #expect(queries.count == 4)
    }

    @Test func malformedJSONNamesTheEndpoint() throws {
        let server = try FakeProvider()
        let client = try makeClient(server)
        try server.setFaults(["query_malformed": .int(1)])
        guard case .failure(.failed(let message)) = client.query(id: "video_1") else { Issue.record("expected failure"); return }
        #expect(message.contains("malformed JSON from GET /v1/result"))
    }

    @Test func unknownStatusIsKept() throws {
        let server = try FakeProvider()
        let client = try makeClient(server)
        guard case .created(let task) = client.create(body: sampleBody()) else { Issue.record("not created"); return }
        try server.setFaults(["query_unknown_status": .int(1)])
        #expect(try client.query(id: task.id).get().status == .other("moderating"))
    }

    @Test func taskIdIsOnePercentEncodedSegment() throws {
        let server = try FakeProvider()
        let result = try makeClient(server).query(id: "a/b?c#d e%")
        guard case .failure(.notFound) = result else { Issue.record("got \(result)"); return }
        #expect(try server.requests().last?.string("path") == "/kyyReactApiServer/v1/result/a%2Fb%3Fc%23d%20e%25")
    }
}
