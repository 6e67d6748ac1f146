import Testing

/// The README's first example is real: the file it `cat`s, linted by the built binary,
/// gives exactly the output it shows (and exit code 1, for its errors).
@Suite struct ReadmeExampleTests {
    @Test func firstExampleMatchesTheBinary() throws {
        let readme = try #require(RepositoryFiles.readText("README.md"))
        let block = try #require(readme.components(separatedBy: "```console\n").dropFirst().first?
            .components(separatedBy: "\n```").first, "README.md has no console example")
        let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let catLine = try #require(lines.firstIndex(of: "$ cat shot.yaml"))
        let lintLine = try #require(lines.firstIndex(of: "$ seedance lint shot.yaml"))
        let spec = lines[(catLine + 1)..<lintLine].joined(separator: "\n") + "\n"
        let expected = lines[(lintLine + 1)...].joined(separator: "\n") + "\n"

        let folder = ScratchFolder()
        folder.write("shot.yaml", spec)
        let run = folder.seedance(["lint", "shot.yaml"])
        #expect(run.out == expected)
        #expect(run.status == 1)
    }
}

extension String {
    fileprivate func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.firstRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
