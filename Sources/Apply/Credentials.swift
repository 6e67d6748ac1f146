#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The API key. It never appears in `description`, and `redact` removes it from any
/// text that could have picked it up (an echoed header in an error body, a URL).
public struct APIKey: Sendable, CustomStringConvertible {
    let value: String

    public init(_ value: String) { self.value = value }

    public var description: String { "<api key>" }

    public var authorizationHeader: String { "Authorization: Bearer \(value)" }

    public func redact(_ text: String) -> String {
        guard !value.isEmpty else { return text }
        return text.replacingAll(value, with: "<redacted>")
    }

    /// The key from `--api-key-file` when given, else from `SEEDANCE_API_KEY`. Never
    /// from a flag value: command lines are visible to every user in `ps`.
    public static func load(keyFile: String?, environment: [String: String]) -> Result<APIKey, ApplyError> {
        let raw: String
        if let keyFile {
            switch readKeyFile(keyFile) {
            case .success(let text): raw = text
            case .failure(let error): return .failure(error)
            }
        } else if let fromEnvironment = environment["SEEDANCE_API_KEY"] {
            raw = fromEnvironment
        } else {
            return .failure(.usage("no API key: set SEEDANCE_API_KEY or pass --api-key-file PATH (a file only you can read)"))
        }
        let key = raw.trimmingWhitespace()
        if key.isEmpty { return .failure(.usage("the API key is empty")) }
        if key.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return .failure(.usage("the API key contains a control character (a line break?)"))
        }
        return .success(APIKey(key))
    }

    private static func readKeyFile(_ path: String) -> Result<String, ApplyError> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(.usage("cannot read the key file \(path): \(String(cString: strerror(errno)))")) }
        if info.st_mode & 0o077 != 0 {
            let mode = String(info.st_mode & 0o777, radix: 8)
            return .failure(.usage("the key file \(path) is accessible by group or others (mode \(mode)); run: chmod 600 \(path)"))
        }
        guard let bytes = FileIO.readFile(path, limit: 64 * 1024) else {
            return .failure(.usage("cannot read the key file \(path)"))
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
