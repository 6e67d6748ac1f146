#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import SeedanceApply
import SeedanceEmitter

/// The built binary against the fake provider, as a user runs it.
@Suite("seedance apply and status, end to end")
struct EndToEndTests {
    let fast = ["--yes", "--wait", "--poll-interval", "0.05"]

    @Test func applySubmitsOnceDownloadsAndOnlyResubmitsWhatChanged() throws {
        let server = try FakeProvider()
        let ws = try Workspace(server: server)
        ws.write("shots/a.yaml", shotYAML(name: "alpha", prompt: "a fox in snow"))
        ws.write("shots/b.yaml", shotYAML(name: "beta", prompt: "a boat at dawn"))

        let first = try ws.run(["apply", "shots"] + fast)
        #expect(first.code == 0, "\(first.all)")
        #expect(first.stdout.contains("Plan: 2 to submit, 0 to resubmit, 0 unchanged."))
        #expect(try server.acceptedCreates().count == 2)
        let shas = Dictionary(uniqueKeysWithValues: try server.tasks().map { ($0.string("id")!, $0.string("sha256")!) })
        for record in try ws.state() {
            #expect(record.taskStatus == .completed)
            #expect(record.sha256 == shas[record.taskID!])
            #expect(FileIO.sha256(of: ws.path + "/" + record.output) == record.sha256)
        }
        #expect(ws.read("shots/renders/alpha.mp4") != nil && ws.read("shots/renders/beta.mp4") != nil)

        let second = try ws.run(["apply", "shots"] + fast)
        #expect(second.code == 0, "\(second.all)")
        #expect(second.stdout.contains("Plan: 0 to submit, 0 to resubmit, 2 unchanged."))
        #expect(try server.allCreates().count == 2)

        ws.write("shots/a.yaml", shotYAML(name: "alpha", prompt: "a fox in deep snow"))
        let third = try ws.run(["apply", "shots"] + fast)
        #expect(third.code == 0, "\(third.all)")
        #expect(third.stdout.contains("~ alpha"))
        let creates = try server.acceptedCreates()
        #expect(creates.count == 3)
        #expect(creates.last?["body"]?.string("prompt") == "a fox in deep snow")

        // The key is in no output, no file, and never went to the video host.
        for run in [first, second, third] { #expect(!run.all.contains(FakeProvider.key)) }
        #expect(!ws.everything().contains(FakeProvider.key))
        #expect(try server.requests().allSatisfy { $0.string("auth") != "leaked" })
    }

    @Test func dryRunSendsNothingAndNeedsNoKey() throws {
        let server = try FakeProvider()
        let ws = try Workspace(server: server)
        ws.write("a.yaml", shotYAML(name: "alpha", prompt: "a fox"))
        var env = ws.environment
        env["SEEDANCE_API_KEY"] = nil
        let run = try ws.run(["apply", "a.yaml", "--dry-run"], environment: env)
        #expect(run.code == 0, "\(run.all)")
        #expect(run.stdout.contains("+ alpha"))
        #expect(try server.requests().isEmpty)
    }

    @Test func lintErrorSendsNothing() throws {
        let server = try FakeProvider()
        let ws = try Workspace(server: server)
        ws.write("a.yaml", shotYAML(name: "alpha", prompt: "a fox"))
        ws.write("b.yaml", shotYAML(name: "beta", prompt: "a boat", duration: 30))
        let run = try ws.run(["apply", "."] + fast)
        #expect(run.code == 1, "\(run.all)")
        #expect(run.stderr.contains("b.yaml:"))
        #expect(try server.requests().isEmpty)
        #expect(!FileIO.exists(ws.path + "/.seedance/state.json"))
    }

    @Test func noConsentWithoutATerminal() throws {
        let server = try FakeProvider()
        let ws = try Workspace(server: server)
        ws.write("a.yaml", shotYAML(name: "alpha", prompt: "a fox"))
        let run = try ws.run(["apply", "a.yaml"])
        #expect(run.code == 2)
        #expect(run.stderr.contains("--yes"))
        #expect(try server.requests().isEmpty)
    }

    @Test func wrongKeyFailsFast() throws {
        let server = try FakeProvider()
        let ws = try Workspace(server: server)
        ws.write("a.yaml", shotYAML(name: "alpha", prompt: "a fox"))
        ws.write("b.yaml", shotYAML(name: "beta", prompt: "a boat"))
        var env = ws.environment
        env["SEEDANCE_API_KEY"] = "sk-wrong-key-0000"
        let start = SystemClock.monotonic()
        let run = try ws.run(["apply", "."] + fast, environment: env)
        #expect(SystemClock.monotonic() - start < 5)
        #expect(run.code == 2)
        #expect(run.stderr.contains("API key was refused"))
        #expect(!run.all.contains("sk-wrong-key-0000"))
        #expect(try server.requests().count <= 2, "one refused create per worker at most, never retried")
        #expect(try ws.state().isEmpty, "nothing was created, so nothing is recorded")
    }

    @Test func retriesNeverDuplicateATask() throws {
        let server = try FakeProvider()
        let ws = try Workspace(server: server)
        ws.write("a.yaml", shotYAML(name: "alpha", prompt: "a fox"))
        try server.setFaults(["create_429": .int(1), "create_503": .int(1), "retry_after": .string("0"),
                              "query_500": .int(1), "query_malformed": .int(1), "truncate_downloads": .int(1)])
        let run = try ws.run(["apply", "a.yaml"] + fast)
        #expect(run.code == 0, "\(run.all)")
        #expect(try server.acceptedCreates().count == 1)
        let task = try #require(try server.tasks().first)
        #expect(task["downloads"]?.intValue == 2, "the truncated download was retried")
        #expect(FileIO.sha256(of: ws.path + "/renders/alpha.mp4") == task.string("sha256"))
        #expect(ws.files(in: "renders") == ["alpha.mp4"], "no partial download left beside the video")
    }

    @Test(arguments: ["create_500", "create_drop"])
    func unknownOutcomeIsReportedNotResent(fault: String) throws {
        let server = try FakeProvider()
        let ws = try Workspace(server: server)
        ws.write("a.yaml", shotYAML(name: "alpha", prompt: "a fox"))
        try server.setFaults([fault: .int(1)])
        let first = try ws.run(["apply", "a.yaml"] + fast)
        #expect(first.code == 2, "\(first.all)")
        #expect(first.stderr.contains("outcome unknown"))
        #expect(try ws.state().first?.phase == .unknown)

        let second = try ws.run(["apply", "a.yaml"] + fast)
        #expect(second.code == 2)
        #expect(second.stdout.contains("! alpha"))
        #expect(try server.allCreates().count == 1, "never resent without --force")

        let status = try ws.run(["status"])
        #expect(status.code == 2)
        #expect(status.stdout.contains("unknown"))

        let forced = try ws.run(["apply", "a.yaml", "--force"] + fast)
        #expect(forced.code == 0, "\(forced.all)")
        #expect(try server.allCreates().count == 2)
    }

    @Test func crashBetweenRequestAndResponseLeavesAnUnknownEntry() throws {
        let server = try FakeProvider()
        let ws = try Workspace(server: server)
        ws.write("a.yaml", shotYAML(name: "alpha", prompt: "a fox"))
        try server.setFaults(["create_slow": .int(1), "delay": .double(10)])
        let started = try ws.spawn(["apply", "a.yaml"] + fast)
        try waitUntil { try server.acceptedCreates().count == 1 }
        kill(started.pid, SIGKILL)
        _ = ws.finish(started)
        #expect(try ws.state().first?.phase == .submitting)

        let rerun = try ws.run(["apply", "a.yaml"] + fast)
        #expect(rerun.code == 2)
        #expect(rerun.stdout.contains("! alpha"))
        #expect(try server.allCreates().count == 1)
    }

    @Test func interruptedWaitResumesWithTheSameTask() throws {
        let server = try FakeProvider()
        let ws = try Workspace(server: server)
        ws.write("a.yaml", shotYAML(name: "alpha", prompt: "a fox"))
        try server.setFaults(["steps": .int(1_000_000)])
        let started = try ws.spawn(["apply", "a.yaml"] + fast)
        try waitUntil { try ws.state().first?.taskID != nil && server.tasks().first?["queries"]?.intValue ?? 0 > 0 }
        kill(started.pid, SIGINT)
        let interrupted = ws.finish(started)
        #expect(interrupted.code == 130)
        #expect(interrupted.stderr.contains("seedance status --wait"))
        let id = try #require(try ws.state().first?.taskID)

        try server.setFaults(["steps": .int(1)])
        let resumed = try ws.run(["status", "--wait", "--poll-interval", "0.05"])
        #expect(resumed.code == 0, "\(resumed.all)")
        #expect(resumed.stdout.contains(id))
        #expect(try ws.state().first?.sha256 != nil)
        #expect(try server.allCreates().count == 1)
        #expect(try ws.run(["apply", "a.yaml"] + fast).stdout.contains("Plan: 0 to submit"))
    }

    @Test func failedTaskExitsThreeWithTheProvidersReason() throws {
        let server = try FakeProvider()
        let ws = try Workspace(server: server)
        ws.write("a.yaml", shotYAML(name: "alpha", prompt: "PLEASE FAIL this one"))
        let run = try ws.run(["apply", "a.yaml"] + fast)
        #expect(run.code == 3, "\(run.all)")
        #expect(run.all.contains("content policy"))
        #expect(try ws.run(["status"]).code == 3)
    }

    @Test func timeoutBoundsTheWait() throws {
        let server = try FakeProvider()
        let ws = try Workspace(server: server)
        ws.write("a.yaml", shotYAML(name: "alpha", prompt: "a fox"))
        try server.setFaults(["steps": .int(1_000_000)])
        let start = SystemClock.monotonic()
        let run = try ws.run(["apply", "a.yaml", "--timeout", "0.5"] + fast)
        #expect(SystemClock.monotonic() - start < 5)
        #expect(run.code == 2)
        #expect(run.all.contains("timed out"))
    }

    @Test func aLockedStateIsRefused() throws {
        let server = try FakeProvider()
        let ws = try Workspace(server: server)
        ws.write("a.yaml", shotYAML(name: "alpha", prompt: "a fox"))
        let lock = try StateLock.acquire(folder: ws.path + "/.seedance", command: "test")
        defer { lock.release() }
        let run = try ws.run(["apply", "a.yaml"] + fast)
        #expect(run.code == 2)
        #expect(run.stderr.contains("locked by another seedance process (pid \(getpid())"))
        #expect(try server.requests().isEmpty)
    }
}

/// Polls `condition` for up to 10 s.
func waitUntil(_ condition: () throws -> Bool) throws {
    let deadline = SystemClock.monotonic() + 10
    while SystemClock.monotonic() < deadline {
        if try condition() { return }
        SystemClock.sleep(0.02)
    }
    throw TestFailure("condition not met within 10 s")
}
