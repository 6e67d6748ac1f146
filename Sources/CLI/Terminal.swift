#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error, written with one call per message.
enum Terminal {
    static func write(_ text: String, to fd: Int32 = 1) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return  // a closed pipe: nothing left to tell
                }
                offset += n
            }
        }
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
