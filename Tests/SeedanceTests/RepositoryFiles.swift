#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Files of this repository, read without Foundation, for tests that check the README and
/// the bundled example specs.
enum RepositoryFiles {
    /// The repository's root: two folders above this file's folder.
    static let root: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/SeedanceTests/RepositoryFiles.swift
        return parts.joined(separator: "/")
    }()

    static func read(_ relativePath: String) -> [UInt8]? {
        guard let file = fopen(root + "/" + relativePath, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        return bytes
    }

    static func readText(_ relativePath: String) -> String? {
        read(relativePath).map { String(decoding: $0, as: UTF8.self) }
    }
}
