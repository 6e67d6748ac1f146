import SeedanceDiagnostics
import SeedanceSpec

/// Where a setting's effective value comes from, for `seedance config`.
public enum SettingSource: Sendable, Equatable {
    case defaultValue
    /// Written in the config file, at this position.
    case file(Position)
}

/// A setting's value and where it comes from.
public struct Setting<Value: Sendable>: Sendable {
    public var value: Value
    public var source: SettingSource

    public init(_ value: Value, _ source: SettingSource = .defaultValue) {
        self.value = value
        self.source = source
    }
}

/// A path pattern as written in the config file.
public struct PathPattern: Sendable {
    public let glob: Glob
    public let position: Position
    /// A pattern without `/` matches a file's name or any folder name on its path.
    public var matchesAnySegment: Bool { !glob.pattern.contains("/") }
}

/// The effective configuration: the built-in defaults with a `.seedance.yaml` laid over.
/// It sits below the commands so that lint, build, apply and status read it alike.
public struct SeedanceConfig: Sendable {
    /// The provider's base URL (API.md); `--base-url` and `SEEDANCE_BASE_URL` win over both.
    public static let defaultBaseURL = "https://zcbservice.aizfw.cn/kyyReactApiServer"

    /// The config file as found or named (relative to the current folder when found by
    /// discovery: `.seedance.yaml`, `../.seedance.yaml`, ...); nil when there is none.
    public var path: String?
    /// Configured severities by rule id; nil turns a rule off (Linter's convention).
    public var severities: [String: Setting<Severity?>] = [:]
    public var include: [PathPattern] = []
    public var exclude: [PathPattern] = []
    public var baseURL = Setting(SeedanceConfig.defaultBaseURL)
    /// The output folder as written, relative to the config file's folder; nil: `renders/`
    /// beside each spec file.
    public var output = Setting<String?>(nil)
    /// Models added or overridden by the config, in file order.
    public var models: [(model: ModelCapability, position: Position)] = []

    public init(path: String? = nil) {
        self.path = path
    }

    /// The folder the config file is in, as a path from the current folder ("" for the
    /// current folder itself). State (`.seedance/`) and relative settings live here.
    public var directory: String {
        guard let path else { return "" }
        return PathMath.folder(of: path)
    }

    /// The output folder as a path from the current folder (relative settings are
    /// relative to the config file), for `RequestBuilder(outputFolder:)`.
    public var outputFolder: String? {
        guard let output = output.value else { return nil }
        return PathMath.normalized(PathMath.join(directory, output))
    }

    /// The API facts with the config's models added or replacing built-in ones.
    public var facts: APIFacts {
        models.isEmpty ? .builtIn : APIFacts.builtIn.adding(models.map(\.model))
    }

    /// Severities in the form `Linter(severities:)` takes.
    public var linterSeverities: [String: Severity?] {
        severities.mapValues(\.value)
    }

    /// A linter with the config's rule severities and models.
    public func makeLinter() -> Linter {
        Linter(facts: facts, severities: linterSeverities)
    }
}
