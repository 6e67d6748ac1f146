/// The exit codes of CLI.md.
public enum ExitStatus: Int32 {
    /// No error (warnings allowed unless `--strict`).
    case ok = 0
    /// The specs have errors (or warnings with `--strict`).
    case specErrors = 1
    /// The tool could not do its job: bad usage, unreadable file, network or API failure.
    case toolFailure = 2
    /// apply/status: at least one task ended `failed`.
    case taskFailed = 3
}
