import Testing

/// Shell completion scripts from swift-argument-parser (README, "Shell completions"): each
/// is produced, bash's parses, and they offer the subcommands and the `--format` values.
@Suite struct CompletionTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptOffersCommandsAndFormats(shell: String) throws {
        let seedance = try ExternalTools.seedanceBinary()
        let script = try ExternalTools.run([seedance, "--generate-completion-script", shell])
        #expect(script.status == 0, "\(script.stderr)")
        for word in ["lint", "schema", "explain", "sarif", "github", "checkstyle"] {
            #expect(script.stdout.contains(word), "the \(shell) completion script does not offer `\(word)`")
        }
        if shell == "bash" {
            let check = try ExternalTools.run(["bash", "-n", "-c", script.stdout])
            #expect(check.status == 0, "bash cannot parse the completion script: \(check.stderr)")
        }
    }
}
