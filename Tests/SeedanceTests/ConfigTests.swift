import SeedanceDiagnostics
import SeedanceRules
import SeedanceSpec
import Testing

/// `.seedance.yaml`: discovery, every error with its position, and each setting's effect.
@Suite struct ConfigTests {
    static func read(_ text: String) -> ConfigLoad {
        ConfigLoader.read(SourceFile(path: ".seedance.yaml", text: text))
    }

    static func findings(_ text: String) -> [String] {
        read(text).diagnostics.map { "\($0.span.start.line):\($0.span.start.column) \($0.ruleID)" }
    }

    // MARK: discovery

    @Test func discoveryFindsTheConfigInTheFolderItself() {
        let dir = ScratchFolder()
        dir.write(".seedance.yaml", "output: out\n")
        #expect(ConfigLoader.discover(from: dir.path) == dir.path + "/.seedance.yaml")
    }

    @Test func discoveryFindsTheNearestParent() {
        let dir = ScratchFolder()
        dir.write(".seedance.yaml", "output: top\n")
        dir.write("a/.seedance.yaml", "output: near\n")
        dir.write("a/b/c/spec.yaml", "model: seedance_2_0_pro\nprompt: a cat\n")
        #expect(ConfigLoader.discover(from: dir.path + "/a/b/c") == dir.path + "/a/.seedance.yaml")
        #expect(ConfigLoader.discover(from: dir.path + "/x") == dir.path + "/.seedance.yaml")
    }

    @Test func discoveryFromTheCurrentFolderGivesARelativePath() {
        let dir = ScratchFolder()
        dir.write(".seedance.yaml", "output: renders-here\n")
        dir.write("specs/deep/spec.yaml", "model: seedance_2_0_pro\nprompt: a cat\n")
        let run = dir.seedance(["config"], in: "specs/deep")
        #expect(run.status == 0)
        #expect(run.out.contains("# config: ../../.seedance.yaml (found by searching"))
        #expect(run.out.contains("output: \"renders-here\""))
        #expect(run.out.contains("../../renders-here from here"))
    }

    @Test func anExplicitConfigWinsOverDiscovery() {
        let dir = ScratchFolder()
        dir.write(".seedance.yaml", "rules:\n  unquoted-ratio: error\n")
        dir.write("quiet.yaml", "rules:\n  unquoted-ratio: off\n")
        dir.write("specs/shot.yaml", "model: seedance_2_0_pro\nprompt: a cat\naspect_ratio: 16:9\n")
        let discovered = dir.seedance(["lint", "specs"])
        #expect(discovered.status == 1)
        #expect(discovered.out.contains("error: unquoted `16:9`"))
        let named = dir.seedance(["lint", "--config", "quiet.yaml", "specs"])
        #expect(named.status == 0)
        #expect(!named.out.contains("unquoted-ratio"))
        let missing = dir.seedance(["lint", "--config", "nope.yaml", "specs"])
        #expect(missing.status == 2)
        #expect(missing.err.contains("nope.yaml: cannot read the config file"))
    }

    // MARK: errors

    @Test(arguments: [
        ("base_url: https://a.example\n", "1:1 config-unknown-key"),
        ("rules:\n  unquoted-ratios: off\n", "2:3 config-unknown-rule"),
        ("rules:\n  unquoted-ratio: ignore\n", "2:19 config-invalid-value"),
        ("rules:\n  unquoted-ratio: false\n", "2:19 config-invalid-value"),
        ("rules: [unquoted-ratio]\n", "1:8 config-invalid-value"),
        ("include: [\"specs/**\", 3]\n", "1:23 config-invalid-value"),
        ("exclude: \"[z-a]\"\n", "1:10 config-invalid-value"),
        ("exclude: \"drafts/[ab\"\n", "1:10 config-invalid-value"),
        ("baseURL: ftp://a.example\n", "1:10 config-invalid-value"),
        ("baseURL: https://\n", "1:10 config-invalid-value"),
        ("baseURL: http://api.example.com/v1\n", "1:10 config-invalid-value"),
        ("baseURL: https://user:pw@api.example.com\n", "1:10 config-invalid-value"),
        ("output: \"\"\n", "1:9 config-invalid-value"),
        ("output: {dir: x}\n", "1:9 config-invalid-value"),
        ("models: [seedance_3_0]\n", "1:9 config-invalid-model"),
        ("models:\n  seedance_3_0:\n    speed: fast\n", "2:3 config-invalid-model"),
        ("models:\n  seedance_3_0:\n    referenceVideos: sometimes\n", "3:22 config-invalid-model"),
        ("models:\n  seedance_3_0:\n    referenceVideos: optional\n    colour: red\n", "4:5 config-unknown-key"),
        ("models:\n  seedance_3_0:\n    referenceVideos: optional\n    speed: 3\n", "4:12 config-invalid-model"),
        ("- rules\n", "1:1 config-invalid-value"),
        ("output: a\n---\noutput: b\n", "2:1 config-invalid-value"),
        ("output: a\noutput: b\n", "2:1 duplicate-key"),
        ("rules: {a: [}\n", "1:13 yaml-syntax"),
    ])
    func everyErrorHasItsRuleAndPosition(config: String, expected: String) {
        let found = Self.findings(config)
        #expect(found == [expected], "\(config)")
        #expect(!Self.read(config).isUsable)
    }

    @Test func misspellingsGetDidYouMean() {
        let unknownKey = Self.read("baseUrl: https://a.example\n").diagnostics.first
        #expect(unknownKey?.help == "did you mean `baseURL`?")
        #expect(unknownKey?.fix?.replacement == "baseURL")
        let unknownRule = Self.read("rules:\n  duration-ranges: off\n").diagnostics.first
        #expect(unknownRule?.help == "did you mean `duration-range`?")
        let severity = Self.read("rules:\n  duration-range: eror\n").diagnostics.first
        #expect(severity?.help == "did you mean `error`?")
        // A rename onto a key that is already there would make a duplicate: no fix.
        let clash = Self.read("baseURL: https://a.example\nbaseUrl: https://b.example\n").diagnostics.first
        #expect(clash?.fix == nil)
    }

    @Test func aWrongValueIsNamedByItsTypeAndText() {
        let messages = Self.read("baseURL: 1.5\noutput: \"\"\nrules:\n  duration-range: \"loud\"\n").diagnostics.map(\.message)
        #expect(messages == ["`baseURL` must be a URL string, not the number `1.5`",
                             "`output` must be a folder path, not an empty string",
                             "the severity of `duration-range` must be `off`, `note`, `warning` or `error`, not the quoted string `loud`"])
    }

    @Test func aBaseURLApplyWouldRefuseIsAnErrorWhereItIsWritten() {
        let http = Self.read("baseURL: http://api.example.com/v1\n").diagnostics.first
        #expect(http?.message == "`baseURL` may use plain http:// only to a loopback address (127.0.0.1, ::1, localhost); use https://")
        #expect(Self.read("baseURL: http://127.0.0.1:8080/api/\n").diagnostics.isEmpty)
        #expect(Self.read("baseURL: http://[::1]:9/api\n").diagnostics.isEmpty)
    }

    @Test func aConfigWithErrorsStopsLintWithExitCode2AndItsDiagnostics() {
        let dir = ScratchFolder()
        dir.write(".seedance.yaml", "rules:\n  unquoted-ratios: off\n")
        dir.write("shot.yaml", "model: seedance_2_0_pro\nprompt: a cat\n")
        let human = dir.seedance(["lint", "shot.yaml"])
        #expect(human.status == 2)
        #expect(human.out.contains(".seedance.yaml:2:3: error: no rule `unquoted-ratios` [config-unknown-rule]"))
        #expect(human.err.contains("has errors; fix them first"))
        let json = dir.seedance(["lint", "--format", "json", "shot.yaml"])
        #expect(json.status == 2)
        #expect(json.out.contains("\"rule\":\"config-unknown-rule\"") || json.out.contains("\"rule\": \"config-unknown-rule\""))
        let build = dir.seedance(["build", "shot.yaml"])
        #expect(build.status == 2)
        #expect(build.out.isEmpty)
        #expect(build.err.contains("config-unknown-rule"))
    }

    @Test func lintingTheConfigFileChecksItAsAConfig() {
        let result = Linter().lint(SourceFile(path: "project/.seedance.yaml", text: "rules:\n  unquoted-ratio: of\n"))
        #expect(result.diagnostics.map(\.ruleID) == ["config-invalid-value"])
        #expect(result.file.shots.isEmpty)
    }

    // MARK: severities

    @Test(arguments: [
        ("off", 0, nil), ("note", 0, "note: unquoted"), ("warning", 0, "warning: unquoted"), ("error", 1, "error: unquoted"),
    ] as [(String, Int32, String?)])
    func severitiesChangeOutputAndExitCode(level: String, status: Int32, shown: String?) {
        let dir = ScratchFolder()
        dir.write(".seedance.yaml", "rules:\n  unquoted-ratio: \(level)\n")
        dir.write("shot.yaml", "model: seedance_2_0_pro\nprompt: a cat\naspect_ratio: 16:9\n")
        let run = dir.seedance(["lint", "shot.yaml"])
        #expect(run.status == status)
        if let shown { #expect(run.out.contains(shown)) } else { #expect(!run.out.contains("unquoted-ratio")) }
        // --strict fails on warnings, not on notes.
        let strict = dir.seedance(["lint", "--strict", "shot.yaml"])
        #expect(strict.status == (level == "warning" || level == "error" ? 1 : 0))
    }

    @Test func aFrontEndRuleCanBeLowered() {
        let load = Self.read("rules:\n  duplicate-key: warning\n")
        let linter = load.config.makeLinter()
        let result = linter.lint(SourceFile(path: "a.yaml", text: "model: seedance_2_0_pro\nprompt: a\nprompt: b\n"))
        #expect(result.diagnostics.map { "\($0.ruleID) \($0.severity)" } == ["duplicate-key warning"])
    }

    // MARK: models

    @Test func aModelFromTheConfigIsKnownAndItsCapabilitiesEnforced() {
        let spec = SourceFile(path: "a.yaml", text: "model: seedance_3_0\nprompt: a cat\n")
        #expect(Linter().lint(spec).diagnostics.map(\.ruleID) == ["model-unknown"])
        let optional = Self.read("models:\n  seedance_3_0: {referenceVideos: optional, speed: fast}\n")
        #expect(optional.isUsable)
        #expect(optional.config.makeLinter().lint(spec).diagnostics.isEmpty)
        let required = Self.read("models:\n  seedance_3_0:\n    referenceVideos: required\n")
        let found = required.config.makeLinter().lint(spec).diagnostics
        #expect(found.map(\.ruleID) == ["reference-video-required"])
        #expect(found.first?.message == "`seedance_3_0` needs at least one reference video")
    }

    @Test func aConfigCanOverrideABuiltInModel() {
        let load = Self.read("models:\n  seedance_2_0:\n    referenceVideos: optional\n")
        let spec = SourceFile(path: "a.yaml", text: "model: seedance_2_0\nprompt: a cat\n")
        #expect(Linter().lint(spec).diagnostics.map(\.ruleID) == ["reference-video-required"])
        #expect(load.config.makeLinter().lint(spec).diagnostics.isEmpty)
        #expect(load.config.facts.model(named: "seedance_2_0")?.speed == "standard")  // kept from the built-in entry
    }

    // MARK: baseURL, output, printing

    @Test func baseURLAndOutputAreExposedForApply() {
        let defaults = SeedanceConfig()
        #expect(defaults.baseURL.value == SeedanceConfig.defaultBaseURL)
        #expect(defaults.outputFolder == nil)
        var load = ConfigLoader.read(SourceFile(path: "../.seedance.yaml", text: "baseURL: http://127.0.0.1:9/api\noutput: videos\n"))
        #expect(load.config.baseURL.value == "http://127.0.0.1:9/api")
        #expect(load.config.baseURL.source == .file(Position(line: 1, column: 10, offset: 9)))
        #expect(load.config.outputFolder == "../videos")
        #expect(load.config.directory == "..")
        load = ConfigLoader.read(SourceFile(path: ".seedance.yaml", text: "output: /abs/videos\n"))
        #expect(load.config.outputFolder == "/abs/videos")
    }

    @Test func buildUsesTheConfiguredOutputFolder() {
        let dir = ScratchFolder()
        dir.write(".seedance.yaml", "output: videos\n")
        dir.write("specs/intro.yaml", "model: seedance_2_0_pro\nprompt: a cat\n")
        let run = dir.seedance(["build", "specs"])
        #expect(run.status == 0)
        #expect(run.out.contains("\"prompt\":\"a cat\""))
    }

    @Test func printConfigShowsEverySettingWithItsSource() {
        let dir = ScratchFolder()
        dir.write(".seedance.yaml", "rules:\n  unquoted-ratio: off\nexclude: drafts/\nmodels:\n  seedance_3_0: {referenceVideos: required}\n")
        let run = dir.seedance(["lint", "--print-config"])
        #expect(run.status == 0)
        let lines = run.out.split(separator: "\n").map { String($0) }
        #expect(lines.first == "# config: .seedance.yaml (found by searching the current folder and its parents)")
        #expect(lines.contains { $0.hasPrefix("  unquoted-ratio: off") && $0.hasSuffix("# .seedance.yaml:2") })
        #expect(lines.contains { $0.hasPrefix("  duration-range: error") && $0.hasSuffix("# default") })
        #expect(lines.contains { $0.hasPrefix("  - \"drafts/**\"") && $0.hasSuffix("# .seedance.yaml:3") })
        #expect(lines.contains { $0.hasPrefix("  seedance_3_0: {referenceVideos: required") && $0.hasSuffix("# .seedance.yaml:5") })
        #expect(lines.contains { $0.hasPrefix("baseURL: \"\(SeedanceConfig.defaultBaseURL)\"") && $0.hasSuffix("# default") })
        // Every rule is listed once.
        #expect(lines.filter { $0.hasPrefix("  ") && $0.contains(": ") && !$0.contains("{") && !$0.hasPrefix("  -") }.count
                == RuleRegistry.ids.count)
        // The printed configuration is itself a valid config.
        #expect(Self.read(run.out).isUsable)
    }

    /// `seedance config` prints strings YAML reads back as they were, whatever they hold.
    @Test func printedStringsReadBackUnchanged() throws {
        let output = "a\"b\\c\td\re\u{7F}f\u{85}g\u{9F}h\u{2028}i é 😀\nj\u{1}"
        var config = SeedanceConfig(path: ".seedance.yaml")
        config.output = Setting(output, .file(Position(line: 1, column: 1, offset: 0)))
        let printed = ConfigDescription.text(config, origin: .discovered)
        let load = Self.read(printed)
        #expect(load.diagnostics.isEmpty, "\(load.diagnostics.map(\.message))\n\(printed)")
        #expect(load.config.output.value == output)
    }

    // MARK: include, exclude

    @Test(arguments: [
        ("*.yaml", "a.yaml", true), ("*.yaml", "specs/a.yaml", false), ("specs/*.yaml", "specs/a.yaml", true),
        ("specs/**/*.yaml", "specs/a.yaml", true), ("specs/**/*.yaml", "specs/x/y/a.yaml", true),
        ("specs/**/*.yaml", "other/a.yaml", false), ("**", "a/b/c", true), ("a/**", "a/b/c.yml", true),
        ("shot-?.yaml", "shot-1.yaml", true), ("shot-?.yaml", "shot-12.yaml", false), ("a?b", "a/b", false),
        ("shot-[0-9].yaml", "shot-7.yaml", true), ("shot-[!0-9].yaml", "shot-7.yaml", false),
        ("shot-[^0-9].yaml", "shot-x.yaml", true), ("[ab]*", "b-roll", true), ("\\*", "*", true), ("\\*", "a", false),
        ("猫*.yaml", "猫が踊る.yaml", true), ("*draft*", "my-draft-1.yaml", true),
    ])
    func globsMatch(pattern: String, path: String, matches: Bool) throws {
        #expect(try Glob(pattern).matches(path) == matches, "\(pattern) ~ \(path)")
    }

    @Test func aPathologicalGlobIsFast() throws {
        let glob = try Glob(String(repeating: "*a", count: 40) + "b")
        #expect(!glob.matches(String(repeating: "a", count: 2000)))
    }

    @Test func includeAndExcludeSelectFilesFoundUnderFolders() {
        let dir = ScratchFolder()
        dir.write(".seedance.yaml", "include: [\"specs/**/*.yaml\"]\nexclude: [drafts, \"specs/old/\", \"*.wip.yaml\"]\n")
        let bad = "model: seedance_2_0_pro\nprompt: a cat\nduration: 99\n"
        for path in ["specs/a.yaml", "specs/deep/b.yaml", "specs/drafts/c.yaml", "specs/old/d.yaml", "specs/e.wip.yaml",
                     "specs/f.yml", "other/g.yaml"] {
            dir.write(path, bad)
        }
        let run = dir.seedance(["lint", "."])
        let reported = Set(run.out.split(separator: "\n").compactMap { $0.split(separator: ":").first.map(String.init) }
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") })
        #expect(reported == ["./specs/a.yaml", "./specs/deep/b.yaml"])
        // A file named on the command line is linted whatever the globs say.
        let named = dir.seedance(["lint", "specs/old/d.yaml"])
        #expect(named.out.contains("specs/old/d.yaml:3:11"))
        // From a subfolder, patterns stay relative to the config file's folder.
        let inner = dir.seedance(["lint", "."], in: "specs")
        #expect(inner.out.contains("./a.yaml:3:11") && inner.out.contains("./deep/b.yaml:3:11"))
        #expect(!inner.out.contains("drafts") && !inner.out.contains("old/"))
    }
}
