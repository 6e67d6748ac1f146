/// Reads a JPEG's size from its frame header (SOF0–SOF15), walking the segments before it
/// (EXIF, ICC profiles, quantization tables...) by their lengths without reading them.
enum JPEGHeader {
    static let signature: [UInt8] = [0xFF, 0xD8, 0xFF]

    /// A walk that finds no frame header within this many markers gives up: real files
    /// have a few dozen, and each step is one small read.
    static let maxMarkers = 20_000

    static func read(_ source: ByteSource) -> HeaderResult {
        var position = 2
        for _ in 0..<maxMarkers {
            guard let b = source.exact(at: position, count: 4) else {
                return .failure(.malformed(.jpeg, "the file ends before the frame header that gives the image size"))
            }
            guard b.u8(0) == 0xFF, let marker = b.u8(1) else {
                return .failure(.malformed(.jpeg, "no segment marker at byte \(position)"))
            }
            switch marker {
            case 0xFF:
                position += 1                    // a fill byte before a marker
                continue
            case 0x01, 0xD0...0xD8:
                position += 2                    // markers without a length: TEM, RSTn, SOI
                continue
            case 0xD9, 0xDA:
                return .failure(.malformed(.jpeg, "the image data starts before any frame header (SOF)"))
            default:
                break
            }
            guard let length = b.be16(2), length >= 2 else {
                return .failure(.malformed(.jpeg, "a segment at byte \(position) has an impossible length"))
            }
            if isFrameHeader(marker) {
                guard let frame = source.exact(at: position, count: 9) else {
                    return .failure(.malformed(.jpeg, "the file ends inside the frame header"))
                }
                return .success(HeaderFacts(format: .jpeg, width: frame.be16(7), height: frame.be16(5)))
            }
            position += 2 + length
        }
        return .failure(.malformed(.jpeg, "no frame header within the first \(maxMarkers) markers"))
    }

    /// SOF0–SOF15, except the codes in that range that are not frame headers: DHT (C4),
    /// JPG (C8) and DAC (CC).
    static func isFrameHeader(_ marker: Int) -> Bool {
        (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
    }
}
