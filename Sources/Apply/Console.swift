#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where apply and status talk to the user: results on standard output, problems on
/// standard error, and the consent question on the terminal. One lock for all writes,
/// since submissions and polling run on several threads.
public final class Console: @unchecked Sendable {
    public let outputIsTerminal: Bool
    public let inputIsTerminal: Bool
    private var mutex = pthread_mutex_t()

    public init(outputIsTerminal: Bool = isatty(1) == 1, inputIsTerminal: Bool = isatty(0) == 1) {
        self.outputIsTerminal = outputIsTerminal
        self.inputIsTerminal = inputIsTerminal
        pthread_mutex_init(&mutex, nil)
    }

    deinit { pthread_mutex_destroy(&mutex) }

    public func out(_ text: String) { write(1, text + "\n") }
    public func err(_ text: String) { write(2, text + "\n") }
    /// Raw text to standard output (for live lines), no newline added.
    func raw(_ text: String) { write(1, text) }

    /// One line from standard input, or nil at its end.
    public func readLine() -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let n = read(0, &byte, 1)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
    }

    /// Runs `body` with the console to itself (live redraws must not interleave).
    func exclusive<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }

    private func write(_ fd: Int32, _ text: String) {
        exclusive { _ = FileIO.writeAll(fd, Array(text.utf8)) }
    }

    func writeUnlocked(_ text: String) { _ = FileIO.writeAll(1, Array(text.utf8)) }
}
