import SeedanceDiagnostics
import SeedanceSpec

/// What loading the configuration gave.
public struct ConfigLoad: Sendable {
    /// The effective configuration (the defaults when no file was found).
    public var config: SeedanceConfig
    /// The config file's source, when one was read (for showing its diagnostics).
    public var source: SourceFile?
    public var diagnostics: [Diagnostic]
    /// The named or found config file could not be read.
    public var problem: PathProblem?

    /// A config with errors (or unreadable) stops every command with exit code 2: linting
    /// with settings other than the ones the user wrote would give a misleading result.
    public var isUsable: Bool {
        problem == nil && !diagnostics.contains { $0.severity == .error }
    }
}

/// Finds and reads the configuration: `--config FILE`, or `.seedance.yaml` in the
/// current folder or the nearest parent that has one.
public enum ConfigLoader {
    /// Loads the named config file, or the one discovery finds from `start` ("" for the
    /// current folder).
    public static func load(explicit: String?, from start: String = "") -> ConfigLoad {
        guard let path = explicit ?? discover(from: start) else {
            return ConfigLoad(config: SeedanceConfig(), source: nil, diagnostics: [], problem: nil)
        }
        if FileSystem.kind(of: path) == .directory {
            let problem = PathProblem(path: path, reason: "is a folder; name the config file itself (e.g. \(PathMath.join(path, ConfigReader.fileName)))")
            return ConfigLoad(config: SeedanceConfig(), source: nil, diagnostics: [], problem: problem)
        }
        switch FileSystem.readFile(path) {
        case .failed(let reason):
            return ConfigLoad(config: SeedanceConfig(), source: nil, diagnostics: [],
                              problem: PathProblem(path: path, reason: "cannot read the config file: \(reason)"))
        case .tooLarge(let size):
            return ConfigLoad(config: SeedanceConfig(), source: nil, diagnostics: [],
                              problem: PathProblem(path: path, reason: "the config file is \(size) bytes, too large to be a config"))
        case .bytes(let bytes):
            return read(SourceFile(path: path, bytes: bytes))
        }
    }

    /// Reads a config from its text.
    public static func read(_ source: SourceFile) -> ConfigLoad {
        let (config, diagnostics) = ConfigReader.read(source)
        return ConfigLoad(config: config, source: source, diagnostics: diagnostics, problem: nil)
    }

    /// The nearest `.seedance.yaml`: in `start`, then each parent up to the root. The
    /// path is relative when `start` is (`.seedance.yaml`, `../.seedance.yaml`, ...), so
    /// that paths in the config resolve against it without knowing the current folder.
    public static func discover(from start: String = "") -> String? {
        guard var absolute = start.hasPrefix("/") ? PathMath.normalized(start)
            : PathMath.currentDirectory().map({ PathMath.absolute(start, cwd: $0) }) else { return nil }
        var folder = PathMath.normalized(start)
        while true {
            let candidate = PathMath.join(folder, ConfigReader.fileName)
            if FileSystem.kind(of: candidate) == .file { return candidate }
            if absolute == "/" || absolute.isEmpty { return nil }
            absolute = PathMath.folder(of: absolute)
            folder = start.hasPrefix("/") ? absolute : PathMath.normalized(PathMath.join(folder, ".."))
        }
    }
}
