/// Reads a TIFF's size from the ImageWidth (256) and ImageLength (257) entries of its
/// first image file directory, in either byte order (`II` little-endian, `MM`
/// big-endian), classic TIFF and BigTIFF.
enum TIFFHeader {
    static func looksLikeTIFF(_ head: Bytes) -> Bool {
        head.matches([0x49, 0x49, 0x2A, 0x00]) || head.matches([0x4D, 0x4D, 0x00, 0x2A])
            || head.matches([0x49, 0x49, 0x2B, 0x00]) || head.matches([0x4D, 0x4D, 0x00, 0x2B])
    }

    /// The layout of a directory: classic TIFF has 16-bit counts, 12-byte entries and
    /// 32-bit offsets; BigTIFF 64-bit counts, 20-byte entries and 64-bit offsets.
    private struct Layout {
        let countSize: Int
        let entrySize: Int
        let valueOffset: Int
    }

    static func read(_ source: ByteSource) -> HeaderResult {
        let truncated = HeaderResult.failure(.malformed(.tiff, "the file ends inside its header"))
        guard let head = source.exact(at: 0, count: 16) else {
            // A classic TIFF header is 8 bytes; a tiny file may still be one.
            guard let short = source.exact(at: 0, count: 8) else { return truncated }
            return readClassic(source, short)
        }
        return head.u8(2) == 0x2B || head.u8(3) == 0x2B ? readBig(source, head) : readClassic(source, head)
    }

    private static func readClassic(_ source: ByteSource, _ head: Bytes) -> HeaderResult {
        let big = head.matches("MM")
        guard let offset = head.u32(4, bigEndian: big) else { return .failure(.malformed(.tiff, "the file ends inside its header")) }
        return readDirectory(source, at: offset, bigEndian: big, layout: Layout(countSize: 2, entrySize: 12, valueOffset: 8))
    }

    private static func readBig(_ source: ByteSource, _ head: Bytes) -> HeaderResult {
        let big = head.matches("MM")
        guard head.u16(4, bigEndian: big) == 8, let offset = head.u64(8, bigEndian: big) else {
            return .failure(.malformed(.tiff, "the BigTIFF header is broken"))
        }
        return readDirectory(source, at: offset, bigEndian: big, layout: Layout(countSize: 8, entrySize: 20, valueOffset: 12))
    }

    private static func readDirectory(_ source: ByteSource, at offset: Int, bigEndian big: Bool, layout: Layout) -> HeaderResult {
        guard offset >= 8, offset < source.size, let countBytes = source.exact(at: offset, count: layout.countSize),
              let count = countBytes.u64OrSmaller(layout.countSize, bigEndian: big), count > 0 else {
            return .failure(.malformed(.tiff, "the first image directory is missing or empty"))
        }
        // Bounded whatever `count` claims: the two entries sought come early (entries
        // are sorted by tag) and the read stops at the end of the file anyway.
        let entries = min(count, ByteSource.maxRead / layout.entrySize)
        let table = source.read(at: offset + layout.countSize, count: entries * layout.entrySize)
        var width: Int?, height: Int?
        for i in 0..<(table.count / layout.entrySize) {
            let entry = i * layout.entrySize
            guard let tag = table.u16(entry, bigEndian: big), let type = table.u16(entry + 2, bigEndian: big) else { break }
            guard tag == 256 || tag == 257 else { continue }
            let at = entry + layout.valueOffset
            let value: Int?
            switch type {
            case 3: value = table.u16(at, bigEndian: big)      // SHORT
            case 4: value = table.u32(at, bigEndian: big)      // LONG
            case 16: value = table.u64(at, bigEndian: big)     // LONG8 (BigTIFF)
            default: value = nil
            }
            if tag == 256 { width = value } else { height = value }
            if width != nil, height != nil { break }
        }
        guard let width, let height else {
            return .failure(.malformed(.tiff, "the first image directory has no ImageWidth and ImageLength"))
        }
        return .success(HeaderFacts(format: .tiff, width: width, height: height))
    }
}

extension Bytes {
    /// An unsigned field of 2, 4 or 8 bytes at the start.
    fileprivate func u64OrSmaller(_ size: Int, bigEndian: Bool) -> Int? {
        switch size {
        case 2: return u16(0, bigEndian: bigEndian)
        case 4: return u32(0, bigEndian: bigEndian)
        default: return u64(0, bigEndian: bigEndian)
        }
    }
}
