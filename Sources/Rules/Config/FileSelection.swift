extension SeedanceConfig {
    /// Expands the named paths as `LintRun.expand` does, keeping of the files found under
    /// named folders only those the config's `include:`/`exclude:` select. A file named
    /// on the command line is always linted: naming it is the user's choice.
    public func expand(_ paths: [String]) -> (files: [String], problems: [PathProblem]) {
        guard !include.isEmpty || !exclude.isEmpty else { return LintRun.expand(paths) }
        let cwd = PathMath.currentDirectory() ?? "/"
        let base = PathMath.absolute(directory, cwd: cwd)
        var files: [String] = [], problems: [PathProblem] = []
        for path in paths {
            let found = LintRun.expand([path])
            problems += found.problems
            if FileSystem.kind(of: path) == .directory {
                files += found.files.filter { selects($0, base: base, cwd: cwd) }
            } else {
                files += found.files
            }
        }
        var seen = Set<String>()
        return (files.filter { seen.insert($0).inserted }, problems)
    }

    /// Whether a file found under a folder is linted. Patterns are relative to the config
    /// file's folder (`base`, absolute); a file outside that folder is not filtered.
    func selects(_ path: String, base: String, cwd: String) -> Bool {
        guard let relative = PathMath.relative(PathMath.absolute(path, cwd: cwd), below: base) else { return true }
        return selects(relativePath: relative)
    }

    /// Whether a path relative to the config file's folder is selected: it matches an
    /// `include:` pattern (or there are none) and no `exclude:` pattern.
    public func selects(relativePath: String) -> Bool {
        if !include.isEmpty, !include.contains(where: { $0.matches(relativePath) }) { return false }
        return !exclude.contains { $0.matches(relativePath) }
    }
}

extension PathPattern {
    /// A pattern with `/` matches the whole relative path or a folder on the way
    /// (`specs/drafts` takes in everything below it); one without matches the file's name
    /// or the name of any folder on the way (`drafts` matches every `drafts/` folder).
    func matches(_ relativePath: String) -> Bool {
        let segments = relativePath.split(separator: "/")
        if matchesAnySegment { return segments.contains { glob.matches(String($0)) } }
        var prefix = ""
        for segment in segments {
            prefix += prefix.isEmpty ? String(segment) : "/" + segment
            if glob.matches(prefix) { return true }
        }
        return false
    }
}
