#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Random access to the few bytes a header reader needs: from an open file with pread(2),
/// never the whole file (a reference video may be hundreds of megabytes), or from memory
/// (tests). Every read is bounded by `maxRead`, whatever a size field in the file claims.
final class ByteSource {
    /// The size of the whole file.
    let size: Int
    private let fd: Int32
    private let memory: [UInt8]?
    /// No header reader needs more than this in one read (a TIFF directory of 65 535
    /// entries is 786 kB).
    static let maxRead = 1 << 20

    init(bytes: [UInt8]) {
        memory = bytes
        fd = -1
        size = bytes.count
    }

    /// Reads from `fd`, which the caller owns and closes.
    init(fd: Int32, size: Int) {
        memory = nil
        self.fd = fd
        self.size = size
    }

    /// Up to `count` bytes from `offset`: fewer at the end of the file, none past it or
    /// when the read fails.
    func read(at offset: Int, count: Int) -> Bytes {
        guard offset >= 0, offset < size, count > 0 else { return Bytes([]) }
        let wanted = min(count, size - offset, ByteSource.maxRead)
        if let memory {
            return Bytes(Array(memory[offset..<(offset + wanted)]))
        }
        var buffer = [UInt8](repeating: 0, count: wanted)
        var got = 0
        while got < wanted {
            let n = buffer.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress! + got, wanted - got, off_t(offset + got))
            }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            got += n
        }
        buffer.removeSubrange(got...)
        return Bytes(buffer)
    }

    /// Exactly `count` bytes from `offset`, or nil when the file ends first.
    func exact(at offset: Int, count: Int) -> Bytes? {
        let bytes = read(at: offset, count: count)
        return bytes.count == count ? bytes : nil
    }
}

/// A few bytes read from a file, with bounds-checked integer readers: every accessor
/// returns nil instead of trapping when the bytes end early.
struct Bytes {
    let raw: [UInt8]

    init(_ raw: [UInt8]) {
        self.raw = raw
    }

    var count: Int { raw.count }

    func u8(_ i: Int) -> Int? {
        i >= 0 && i < raw.count ? Int(raw[i]) : nil
    }

    func be16(_ i: Int) -> Int? { unsigned(i, 2, bigEndian: true) }
    func le16(_ i: Int) -> Int? { unsigned(i, 2, bigEndian: false) }
    func be32(_ i: Int) -> Int? { unsigned(i, 4, bigEndian: true) }
    func le32(_ i: Int) -> Int? { unsigned(i, 4, bigEndian: false) }
    func le24(_ i: Int) -> Int? { unsigned(i, 3, bigEndian: false) }
    /// A 64-bit field; nil also when it does not fit an Int (no real file is 8 EiB).
    func be64(_ i: Int) -> Int? { unsigned(i, 8, bigEndian: true) }
    func le64(_ i: Int) -> Int? { unsigned(i, 8, bigEndian: false) }

    /// A 16- or 32-bit field in the given byte order (TIFF files choose theirs).
    func u16(_ i: Int, bigEndian: Bool) -> Int? { unsigned(i, 2, bigEndian: bigEndian) }
    func u32(_ i: Int, bigEndian: Bool) -> Int? { unsigned(i, 4, bigEndian: bigEndian) }
    func u64(_ i: Int, bigEndian: Bool) -> Int? { unsigned(i, 8, bigEndian: bigEndian) }

    /// Whether the bytes at `i` are `expected`.
    func matches(_ expected: [UInt8], at i: Int = 0) -> Bool {
        guard i >= 0, i + expected.count <= raw.count else { return false }
        return raw[i..<(i + expected.count)].elementsEqual(expected)
    }

    func matches(_ ascii: String, at i: Int = 0) -> Bool {
        matches(Array(ascii.utf8), at: i)
    }

    /// Four bytes as text, for box and chunk types ("moov", "fmt ").
    func fourCC(_ i: Int) -> String? {
        guard i >= 0, i + 4 <= raw.count else { return nil }
        return String(decoding: raw[i..<(i + 4)], as: UTF8.self)
    }

    private func unsigned(_ i: Int, _ width: Int, bigEndian: Bool) -> Int? {
        guard i >= 0, i <= raw.count - width else { return nil }
        var value: UInt64 = 0
        for k in 0..<width {
            let byte = UInt64(raw[bigEndian ? i + k : i + width - 1 - k])
            value = value << 8 | byte
        }
        return value <= UInt64(Int.max) ? Int(value) : nil
    }
}
