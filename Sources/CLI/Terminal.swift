#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SeedanceRules

/// Standard output and error, written with one call per message.
enum Terminal {
    static func write(_ text: String, to fd: Int32 = 1) {
        var text = text
        // A failed write (a closed pipe) leaves nothing to tell.
        text.withUTF8 { FileSystem.writeAll(fd, UnsafeRawBufferPointer($0)) }
    }

    static func error(_ text: String) {
        write(text.hasSuffix("\n") ? text : text + "\n", to: 2)
    }

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Colour only on a terminal, and never with NO_COLOR set (no-color.org).
    static func wantsColor(_ fd: Int32) -> Bool {
        guard isTerminal(fd) else { return false }
        if let value = environment("NO_COLOR"), !value.isEmpty { return false }
        return environment("TERM") != "dumb"
    }
}
