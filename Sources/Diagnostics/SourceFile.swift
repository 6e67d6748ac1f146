/// The bytes of one spec file and the means to turn positions into text and back.
///
/// Line breaks are counted the way libyaml counts them (LF, CRLF, CR, and also NEL,
/// LS and PS), so that a line/column from libyaml and a byte offset agree.
public final class SourceFile: @unchecked Sendable {
    /// The path as shown to the user.
    public let path: String
    public let bytes: [UInt8]
    /// Whether every byte is below 0x80 (then a column is a byte count).
    public let isASCII: Bool
    /// 3 when the file starts with a UTF-8 byte-order mark, else 0.
    public let bomLength: Int

    private var cachedLineStarts: [Int]?

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        self.isASCII = bytes.withUnsafeBufferPointer { buffer in
            // Eight bytes at a time: this runs over every file on every lint.
            var i = 0
            let n = buffer.count
            if let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                while i + 8 <= n {
                    if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                    i += 8
                }
            }
            while i < n {
                if buffer[i] >= 0x80 { return false }
                i += 1
            }
            return true
        }
        self.bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Byte offsets at which each line starts; index 0 is line 1.
    public var lineStarts: [Int] {
        if let starts = cachedLineStarts { return starts }
        var starts = [bomLength]
        var i = bomLength
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A {
                starts.append(i + 1)
            } else if b == 0x0D {
                if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            } else if b == 0xC2, i + 1 < n, bytes[i + 1] == 0x85 {
                i += 1
                starts.append(i + 1)
            } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                i += 2
                starts.append(i + 1)
            }
            i += 1
        }
        cachedLineStarts = starts
        return starts
    }

    public var lineCount: Int { lineStarts.count }

    /// The byte range of a line's content, without its line break.
    public func lineRange(_ line: Int) -> Range<Int> {
        let starts = lineStarts
        guard line >= 1, line <= starts.count else { return bytes.count..<bytes.count }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] : bytes.count
        // Step back over the break that ends the line.
        if end > start, line < starts.count {
            if bytes[end - 1] == 0x0A {
                end -= 1
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            } else if bytes[end - 1] == 0x0D {
                end -= 1
            } else if bytes[end - 1] == 0x85 {
                end -= 2
            } else {
                end -= 3
            }
        }
        return start..<max(start, end)
    }

    /// The text of a line without its break; invalid UTF-8 shows as U+FFFD.
    public func lineText(_ line: Int) -> String {
        String(decoding: bytes[lineRange(line)], as: UTF8.self)
    }

    /// The byte offset of a 1-based line and character column. A column past the end of
    /// the line gives the end of the line.
    public func offset(line: Int, column: Int) -> Int {
        if isASCII, line == 1 { return bomLength + column - 1 }
        let range = lineRange(line)
        var offset = range.lowerBound
        var remaining = column - 1
        while remaining > 0, offset < range.upperBound {
            offset += SourceFile.scalarLength(leadingByte: bytes[offset])
            remaining -= 1
        }
        return min(offset, range.upperBound) + max(0, remaining)
    }

    /// The position of a byte offset.
    public func position(ofOffset offset: Int) -> Position {
        let starts = lineStarts
        let clamped = max(0, min(offset, bytes.count))
        // Binary search for the last line starting at or before the offset.
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        var column = 1
        var i = starts[low]
        while i < clamped {
            i += SourceFile.scalarLength(leadingByte: bytes[i])
            column += 1
        }
        return Position(line: low + 1, column: column, offset: clamped)
    }

    /// A position from a 1-based line and column.
    public func position(line: Int, column: Int) -> Position {
        Position(line: line, column: column, offset: offset(line: line, column: column))
    }

    /// The span of the whole of one line's content.
    public func span(ofLine line: Int) -> Span {
        let range = lineRange(line)
        return Span(start: position(ofOffset: range.lowerBound), end: position(ofOffset: range.upperBound))
    }

    /// The source text of a span.
    public func text(of span: Span) -> String {
        let lower = max(0, min(span.start.offset, bytes.count))
        let upper = max(lower, min(span.end.offset, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    @inline(__always)
    public static func scalarLength(leadingByte b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b >= 0xF0 { return 4 }
        if b >= 0xE0 { return 3 }
        if b >= 0xC0 { return 2 }
        return 1  // a stray continuation byte: count it as one, as a decoder shows U+FFFD
    }
}
