/// Reads MP4 and QuickTime (MOV) files, both ISO base media files: a list of boxes, each a
/// 32-bit size and a four-character type. The brand in `ftyp` tells MOV (`qt  `) from
/// MP4; `moov/mvhd` gives the duration; the video track's `tkhd` its size. Boxes are
/// found by seeking from size to size, so the media data (`mdat`, nearly the whole file,
/// before or after `moov`) is never read.
enum MovieHeader {
    /// Box types that may open a movie file. Old QuickTime files have no `ftyp`.
    static let leadingTypes: Set<String> = ["ftyp", "moov", "mdat", "wide", "free", "skip", "pnot"]
    /// Brands of HEIF and AVIF images, built on the same box format: not videos, and not
    /// image formats the API takes either.
    static let imageBrands: Set<String> = ["heic", "heix", "heim", "heis", "hevc", "mif1", "msf1", "avif", "avis"]
    /// A file with more boxes than this along the way is rejected rather than walked.
    static let maxBoxes = 4096

    static func looksLikeMovie(_ head: Bytes) -> Bool {
        guard let size = head.be32(0), let type = head.fourCC(4) else { return false }
        return leadingTypes.contains(type) && (size >= 8 || size == 0 || size == 1)
    }

    struct Box {
        let type: String
        let start: Int
        /// Where the box's content starts (after its 8- or 16-byte header).
        let payload: Int
        let end: Int
        /// The box claims to run past the end of the file or of the box around it.
        let overruns: Bool
    }

    /// What the walk has found so far.
    private struct Findings {
        var brand: String?
        var timescale = 0
        var duration: Int?
        var fragmentDuration: Int?
        var width: Int?
        var height: Int?
        var boxesSeen = 0

        var format: MediaFormat { brand == nil || brand == "qt  " ? .mov : .mp4 }
    }

    static func read(_ source: ByteSource) -> HeaderResult {
        var found = Findings()
        let head = source.read(at: 0, count: 12)
        if head.matches("ftyp", at: 4) { found.brand = head.fourCC(8) }
        if let brand = found.brand, imageBrands.contains(brand) { return .failure(.unrecognized) }
        let format = found.format
        var moov: Box?
        switch children(of: nil, source, &found) {
        case .failure(let failure): return .failure(failure)
        case .success(let top): moov = top.first { $0.type == "moov" }
        }
        guard let moov else { return .failure(.malformed(format, "there is no movie header (`moov` box); is the file cut short?")) }
        guard !moov.overruns else { return .failure(.malformed(format, "the file ends inside the movie header (`moov` box)")) }
        if let failure = readMovie(moov, source, &found) { return .failure(failure) }
        var seconds: Double?
        let duration = found.duration.flatMap { $0 == 0 ? nil : $0 } ?? found.fragmentDuration
        if let duration, found.timescale > 0 { seconds = Double(duration) / Double(found.timescale) }
        return .success(HeaderFacts(format: format, width: found.width, height: found.height, durationSeconds: seconds))
    }

    /// `mvhd`, `mvex/mehd` (fragmented files) and the first video `trak`.
    private static func readMovie(_ moov: Box, _ source: ByteSource, _ found: inout Findings) -> ProbeFailure? {
        let format = found.format
        let boxes: [Box]
        switch children(of: moov, source, &found) {
        case .failure(let failure): return failure
        case .success(let b): boxes = b
        }
        for box in boxes where !box.overruns {
            switch box.type {
            case "mvhd":
                let b = source.read(at: box.payload, count: 32)
                let v1 = b.u8(0) == 1
                found.timescale = (v1 ? b.be32(20) : b.be32(12)) ?? 0
                let d = v1 ? b.be64(24) : b.be32(16)
                // All ones means "unknown" in the standard.
                found.duration = (d == 0xFFFF_FFFF && !v1) ? nil : d
            case "mvex":
                if case .success(let inner) = children(of: box, source, &found), let mehd = inner.first(where: { $0.type == "mehd" }) {
                    let b = source.read(at: mehd.payload, count: 12)
                    found.fragmentDuration = b.u8(0) == 1 ? b.be64(4) : b.be32(4)
                }
            case "trak" where found.width == nil:
                if let failure = readTrack(box, source, &found) { return failure }
            default:
                break
            }
        }
        if found.timescale == 0, boxes.contains(where: { $0.type == "mvhd" }) {
            return .malformed(format, "the movie header gives a time scale of 0")
        }
        return nil
    }

    /// A track's `tkhd` size, kept when `mdia/hdlr` says it is a video track (or, with no
    /// handler box, when the size is not zero: audio tracks have 0×0).
    private static func readTrack(_ trak: Box, _ source: ByteSource, _ found: inout Findings) -> ProbeFailure? {
        let boxes: [Box]
        switch children(of: trak, source, &found) {
        case .failure(let failure): return failure
        case .success(let b): boxes = b
        }
        var handler: String?
        if let mdia = boxes.first(where: { $0.type == "mdia" && !$0.overruns }) {
            switch children(of: mdia, source, &found) {
            case .failure(let failure): return failure
            case .success(let inner):
                if let hdlr = inner.first(where: { $0.type == "hdlr" }) {
                    handler = source.read(at: hdlr.payload + 8, count: 4).fourCC(0)
                }
            }
        }
        guard handler == nil || handler == "vide", let tkhd = boxes.first(where: { $0.type == "tkhd" }) else { return nil }
        let b = source.read(at: tkhd.payload, count: 96)
        let v1 = b.u8(0) == 1
        let matrix = v1 ? 52 : 40, size = v1 ? 88 : 76
        guard let w = b.be32(size), let h = b.be32(size + 4) else { return nil }
        var width = w >> 16, height = h >> 16
        guard width > 0 || height > 0 || handler == "vide" else { return nil }
        // A matrix of [0 ±1; ∓1 0] shows the frames turned a quarter: swap the sides.
        if b.be32(matrix) == 0, b.be32(matrix + 16) == 0, b.be32(matrix + 4) != 0 { swap(&width, &height) }
        found.width = width
        found.height = height
        return nil
    }

    /// The boxes inside `parent` (the top level when nil), in order. A box that runs past
    /// its container is returned with `overruns` and ends the list; a size smaller than
    /// the box's own header is an error (it would loop or go backwards).
    private static func children(of parent: Box?, _ source: ByteSource, _ found: inout Findings) -> Result<[Box], ProbeFailure> {
        let format = found.format
        let end = parent?.end ?? source.size
        var position = parent?.payload ?? 0
        var boxes: [Box] = []
        while end - position >= 8 {
            found.boxesSeen += 1
            guard found.boxesSeen <= maxBoxes else {
                return .failure(.malformed(format, "more than \(maxBoxes) boxes before the movie header"))
            }
            let head = source.read(at: position, count: 16)
            guard let size32 = head.be32(0), let type = head.fourCC(4) else { break }
            var header = 8, size = size32
            if size32 == 1 {
                guard let large = head.be64(8) else {
                    return .failure(.malformed(format, "box `\(ImageHeaders.printable(type))` at byte \(position) has an impossible 64-bit size"))
                }
                header = 16
                size = large
            } else if size32 == 0 {
                size = end - position                // "to the end of the file"
            }
            guard size >= header else {
                return .failure(.malformed(format, "box `\(ImageHeaders.printable(type))` at byte \(position) has size \(size), smaller than its header"))
            }
            let overruns = size > end - position
            let boxEnd = overruns ? end : position + size
            boxes.append(Box(type: type, start: position, payload: position + header, end: boxEnd, overruns: overruns))
            if overruns { break }
            position = boxEnd
        }
        return .success(boxes)
    }
}
