/// What a header reader gives: the header's facts, or why the header is broken.
typealias HeaderResult = Result<HeaderFacts, ProbeFailure>

/// Readers of the image formats whose size sits at a fixed place near the start: PNG,
/// GIF, BMP and WebP. (JPEG and TIFF need a walk: JPEGHeader, TIFFHeader.)
enum ImageHeaders {
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The signature, then the IHDR chunk, which PNG requires to come first.
    static func png(_ source: ByteSource) -> HeaderResult {
        guard let b = source.exact(at: 0, count: 24) else { return .failure(.malformed(.png, "the file ends inside its header")) }
        guard b.matches("IHDR", at: 12) else {
            return .failure(.malformed(.png, "the first chunk is not IHDR, which PNG requires first"))
        }
        return .success(HeaderFacts(format: .png, width: b.be32(16), height: b.be32(20)))
    }

    /// `GIF87a`/`GIF89a` and the logical screen size (little-endian).
    static func gif(_ source: ByteSource) -> HeaderResult {
        guard let b = source.exact(at: 0, count: 10) else { return .failure(.malformed(.gif, "the file ends inside its header")) }
        return .success(HeaderFacts(format: .gif, width: b.le16(6), height: b.le16(8)))
    }

    /// Sizes of the DIB headers Windows and OS/2 have written.
    static let bmpHeaderSizes: Set<Int> = [12, 16, 40, 52, 56, 64, 108, 124]

    static func looksLikeBMP(_ head: Bytes) -> Bool {
        head.matches("BM") && head.le32(14).map(bmpHeaderSizes.contains) == true
    }

    /// `BM`, then the DIB header: 16-bit sizes in the old OS/2 header, signed 32-bit
    /// ones in the others (a negative height means the rows are stored top-down).
    static func bmp(_ source: ByteSource) -> HeaderResult {
        guard let b = source.exact(at: 0, count: 26), let headerSize = b.le32(14) else {
            return .failure(.malformed(.bmp, "the file ends inside its header"))
        }
        if headerSize == 12 {
            return .success(HeaderFacts(format: .bmp, width: b.le16(18), height: b.le16(20)))
        }
        guard let w = b.le32(18), let h = b.le32(22) else { return .failure(.malformed(.bmp, "the file ends inside its header")) }
        let width = Int(Int32(truncatingIfNeeded: w)), height = Int(Int32(truncatingIfNeeded: h))
        guard width > 0, height != Int(Int32.min) else {
            return .failure(.malformed(.bmp, "the header gives an impossible size \(width)×\(height)"))
        }
        return .success(HeaderFacts(format: .bmp, width: width, height: abs(height)))
    }

    /// `RIFF....WEBP`, then the first chunk: lossy `VP8 ` (size in the key frame header),
    /// lossless `VP8L` (14-bit sizes minus one) or extended `VP8X` (24-bit canvas size
    /// minus one).
    static func webp(_ source: ByteSource) -> HeaderResult {
        let truncated = HeaderResult.failure(.malformed(.webp, "the file ends inside its header"))
        guard let b = source.exact(at: 0, count: 30), let chunk = b.fourCC(12) else { return truncated }
        switch chunk {
        case "VP8 ":
            guard b.matches([0x9D, 0x01, 0x2A], at: 23), let w = b.le16(26), let h = b.le16(28) else {
                return .failure(.malformed(.webp, "the VP8 chunk has no key frame start code"))
            }
            return .success(HeaderFacts(format: .webp, width: w & 0x3FFF, height: h & 0x3FFF))
        case "VP8L":
            guard b.u8(20) == 0x2F, let bits = b.le32(21) else {
                return .failure(.malformed(.webp, "the VP8L chunk has no lossless signature"))
            }
            return .success(HeaderFacts(format: .webp, width: (bits & 0x3FFF) + 1, height: ((bits >> 14) & 0x3FFF) + 1))
        case "VP8X":
            guard let w = b.le24(24), let h = b.le24(27) else { return truncated }
            return .success(HeaderFacts(format: .webp, width: w + 1, height: h + 1))
        default:
            return .failure(.malformed(.webp, "the first chunk is `\(printable(chunk))`, not VP8, VP8L or VP8X"))
        }
    }

    /// A four-character code as it can be shown in a message: non-printable bytes as `?`.
    static func printable(_ code: String) -> String {
        String(code.unicodeScalars.map { $0.value >= 0x20 && $0.value < 0x7F ? Character($0) : "?" })
    }
}
