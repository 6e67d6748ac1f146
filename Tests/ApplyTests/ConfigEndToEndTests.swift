#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import SeedanceApply

/// apply and status with a `.seedance.yaml`: the base URL, the output folder and the
/// state's place come from the config (CLI.md "Configuration", "apply and its state").
@Suite("seedance apply with a config file, end to end")
struct ConfigEndToEndTests {
    let fast = ["--yes", "--wait", "--poll-interval", "0.05"]

    /// Which of two servers gets the create when the base URL is given in some of the
    /// three places: the config names `fromConfig`; the environment and the flag name
    /// the server given (nil: not given).
    enum Winner: String, CaseIterable { case config, environment, flag }

    @Test(arguments: Winner.allCases)
    func baseURLComesFromTheFlagThenTheEnvironmentThenTheConfig(winner: Winner) throws {
        let fromConfig = try FakeProvider(), other = try FakeProvider()
        let ws = try Workspace(server: fromConfig)
        ws.write(".seedance.yaml", "baseURL: \(fromConfig.baseURL)\n")
        ws.write("a.yaml", shotYAML(name: "alpha", prompt: "a fox"))
        var env = ws.environment
        env["SEEDANCE_BASE_URL"] = winner == .config ? nil : other.baseURL
        // The flag names the config's server again: only a flag that beats the
        // environment sends the create there.
        let flag = winner == .flag ? ["--base-url", fromConfig.baseURL] : []
        let run = try ws.run(["apply", "a.yaml", "--yes"] + flag, environment: env)
        #expect(run.code == 0, "\(run.all)")

        let (chosen, unused) = winner == .environment ? (other, fromConfig) : (fromConfig, other)
        #expect(try chosen.acceptedCreates().count == 1)
        #expect(try unused.requests().isEmpty)
    }

    @Test func aRefusedBaseURLIsReportedBeforeConsentIsAsked() throws {
        let server = try FakeProvider()
        let ws = try Workspace(server: server)
        ws.write("a.yaml", shotYAML(name: "alpha", prompt: "a fox"))
        var env = ws.environment
        env["SEEDANCE_BASE_URL"] = "http://api.example.com"
        let run = try ws.run(["apply", "a.yaml"], environment: env)
        #expect(run.code == 2)
        #expect(run.stderr.contains("plain http:// only to a loopback address"))
        #expect(run.stderr.contains("(from SEEDANCE_BASE_URL)"))
        #expect(!run.all.contains("consent"), "no consent is asked for a run that cannot send")
    }

    @Test func statusQueriesTheConfigsBaseURL() throws {
        let server = try FakeProvider()
        let ws = try Workspace(server: server)
        ws.write(".seedance.yaml", "baseURL: \(server.baseURL)\n")
        ws.write("a.yaml", shotYAML(name: "alpha", prompt: "a fox"))
        var env = ws.environment
        env["SEEDANCE_BASE_URL"] = nil
        #expect(try ws.run(["apply", "a.yaml", "--yes"], environment: env).code == 0)
        let id = try #require(try ws.state().first?.taskID)

        let status = try ws.run(["status"], environment: env)
        #expect(status.code == 0, "\(status.all)")
        #expect(status.stdout.contains(id))
        #expect(try server.requests().contains { $0.string("path")?.hasSuffix("/v1/result/" + id) == true })
    }

    @Test func outputFolderOfTheConfigHoldsTheVideosAndAShotsOwnOutputWins() throws {
        let server = try FakeProvider()
        let ws = try Workspace(server: server)
        ws.write(".seedance.yaml", "output: out/videos\n")
        ws.write("shots/a.yaml", shotYAML(name: "alpha", prompt: "a fox"))
        ws.write("shots/b.yaml", shotYAML(name: "beta", prompt: "a boat") + "output: mine/beta.mp4\n")
        let run = try ws.run(["apply", "shots"] + fast)
        #expect(run.code == 0, "\(run.all)")

        #expect(ws.files(in: "out/videos") == ["alpha.mp4"])
        #expect(ws.files(in: "shots/mine") == ["beta.mp4"], "a shot's own output is relative to its spec file")
        #expect(ws.files(in: "shots/renders").isEmpty)
        let outputs = Dictionary(uniqueKeysWithValues: try ws.state().map { ($0.name, $0.output) })
        #expect(outputs == ["alpha": "out/videos/alpha.mp4", "beta": "shots/mine/beta.mp4"])
        for record in try ws.state() {
            #expect(FileIO.sha256(of: ws.path + "/" + record.output) == record.sha256)
        }
    }

    @Test func fromASubfolderTheStateAndOutputStayBesideTheConfig() throws {
        let server = try FakeProvider()
        let ws = try Workspace(server: server)
        ws.write(".seedance.yaml", "output: videos\n")
        ws.write("shots/a.yaml", shotYAML(name: "alpha", prompt: "a fox"))
        let run = try ws.run(["apply", "a.yaml"] + fast, in: "shots")
        #expect(run.code == 0, "\(run.all)")

        #expect(FileIO.exists(ws.path + "/.seedance/state.json"))
        #expect(!ws.files(in: "shots").contains(".seedance"), "no second state in the subfolder")
        #expect(ws.files(in: "videos") == ["alpha.mp4"], "output is relative to the config, not the current folder")
        let record = try #require(try ws.state().first)
        #expect(record.spec == "shots/a.yaml")
        #expect(record.output == "videos/alpha.mp4")

        // The same shot seen from the config's folder is the same record.
        let again = try ws.run(["apply", "shots"] + fast)
        #expect(again.code == 0, "\(again.all)")
        #expect(again.stdout.contains("Plan: 0 to submit, 0 to resubmit, 1 unchanged."))
        #expect(try server.allCreates().count == 1)
        let status = try ws.run(["status", "a.yaml"], in: "shots")
        #expect(status.code == 0, "\(status.all)")
        #expect(status.stdout.contains("alpha"))
    }

    @Test(arguments: [
        "baseURL: 42\n",
        "baseURL: http://api.example.com\n",
        "output: [a, b]\n",
        "rules:\n  no-such-rule: off\n",
        "colour: blue\n",
    ])
    func aConfigWithAnErrorStopsApplyBeforeAnythingIsSent(config: String) throws {
        let server = try FakeProvider()
        let ws = try Workspace(server: server)
        ws.write(".seedance.yaml", config)
        ws.write("shots/a.yaml", shotYAML(name: "alpha", prompt: "a fox"))
        let run = try ws.run(["apply", "a.yaml"] + fast, in: "shots")
        #expect(run.code == 2, "\(run.all)")
        #expect(run.stderr.contains(".seedance.yaml:1:") || run.stderr.contains(".seedance.yaml:2:"),
                "the config's error is shown with its position")
        #expect(run.stderr.contains("has errors"))
        #expect(try server.requests().isEmpty)
        #expect(!FileIO.exists(ws.path + "/.seedance") && !FileIO.exists(ws.path + "/shots/.seedance"))
    }
}
