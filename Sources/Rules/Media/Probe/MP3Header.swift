/// Reads an MP3's duration: skip the ID3v2 tags, find the first MPEG layer III frame
/// header, then take the frame count from a Xing/Info or VBRI header when the encoder
/// wrote one (variable bit rate), or estimate from the file size and the bit rate.
enum MP3Header {
    /// One MPEG audio layer III frame header.
    struct Frame: Equatable {
        let mpeg1: Bool
        let bitRate: Int            // bits per second
        let sampleRate: Int
        let length: Int             // bytes, header included
        let mono: Bool

        var samplesPerFrame: Int { mpeg1 ? 1152 : 576 }
        /// Where the Xing/Info header sits: after the header and the side information.
        var xingOffset: Int { 4 + (mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17)) }
    }

    static let mpeg1BitRates = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
    static let mpeg2BitRates = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
    static let mpeg1SampleRates = [44100, 48000, 32000]
    /// How far past the tags to look for the first frame (encoders pad a little).
    static let searchWindow = 65536
    static let maxTags = 8

    /// The frame header at `i`, when the four bytes are a valid layer III header with a
    /// known bit rate (free-format streams have no frame length to go by).
    static func frame(_ b: Bytes, at i: Int) -> Frame? {
        guard b.u8(i) == 0xFF, let b1 = b.u8(i + 1), let b2 = b.u8(i + 2), let b3 = b.u8(i + 3),
              b1 & 0xE0 == 0xE0 else { return nil }
        let version = (b1 >> 3) & 3, layer = (b1 >> 1) & 3
        let rateIndex = b2 >> 4, sampleIndex = (b2 >> 2) & 3
        guard version != 1, layer == 1, rateIndex != 0, rateIndex != 15, sampleIndex != 3 else { return nil }
        let mpeg1 = version == 3
        let bitRate = (mpeg1 ? mpeg1BitRates : mpeg2BitRates)[rateIndex] * 1000
        let sampleRate = mpeg1SampleRates[sampleIndex] >> (version == 3 ? 0 : version == 2 ? 1 : 2)
        let length = (mpeg1 ? 144 : 72) * bitRate / sampleRate + ((b2 >> 1) & 1)
        return Frame(mpeg1: mpeg1, bitRate: bitRate, sampleRate: sampleRate, length: length, mono: b3 >> 6 == 3)
    }

    static func looksLikeMP3(_ head: Bytes) -> Bool {
        head.matches("ID3") || frame(head, at: 0) != nil
    }

    static func read(_ source: ByteSource) -> HeaderResult {
        var start = 0
        for _ in 0..<maxTags {
            guard let tag = source.exact(at: start, count: 10), tag.matches("ID3") else { break }
            var size = 0
            for k in 6..<10 {
                guard let byte = tag.u8(k), byte < 0x80 else {
                    return .failure(.malformed(.mp3, "the ID3 tag at byte \(start) has a broken size"))
                }
                size = size << 7 | byte
            }
            let footer = (tag.u8(5) ?? 0) & 0x10 != 0 ? 10 : 0
            start += 10 + size + footer
        }
        guard start < source.size else { return .failure(.malformed(.mp3, "the file ends inside its ID3 tag, before any audio")) }
        let window = source.read(at: start, count: searchWindow + 4)
        guard let (offset, first) = firstFrame(window, source, base: start) else {
            return .failure(.malformed(.mp3, "no MP3 (MPEG layer III) frame in the first \(searchWindow / 1024) KiB after the tags"))
        }
        let frameStart = start + offset
        return .success(HeaderFacts(format: .mp3, durationSeconds: duration(first, at: frameStart, source)))
    }

    /// The first frame header that is followed by another one (or by the end of the file):
    /// one alone could be a chance pattern in the padding.
    private static func firstFrame(_ window: Bytes, _ source: ByteSource, base: Int) -> (Int, Frame)? {
        var i = 0
        while i + 4 <= window.count {
            defer { i += 1 }
            guard window.raw[i] == 0xFF, let frame = frame(window, at: i) else { continue }
            let next = i + frame.length
            if base + next >= source.size - 4 { return (i, frame) }
            let follower = next + 4 <= window.count ? MP3Header.frame(window, at: next)
                                                    : MP3Header.frame(source.read(at: base + next, count: 4), at: 0)
            if follower != nil { return (i, frame) }
        }
        return nil
    }

    private static func duration(_ frame: Frame, at frameStart: Int, _ source: ByteSource) -> Double {
        let info = source.read(at: frameStart + frame.xingOffset, count: 12)
        if (info.matches("Xing") || info.matches("Info")), let flags = info.be32(4), flags & 1 != 0, let frames = info.be32(8) {
            return Double(frames * frame.samplesPerFrame) / Double(frame.sampleRate)
        }
        let vbri = source.read(at: frameStart + 36, count: 18)
        if vbri.matches("VBRI"), let frames = vbri.be32(14) {
            return Double(frames * frame.samplesPerFrame) / Double(frame.sampleRate)
        }
        // Constant bit rate: the audio bytes (an ID3v1 tag at the end excluded) over the rate.
        let hasID3v1 = source.size >= 128 && source.read(at: source.size - 128, count: 3).matches("TAG")
        let audioBytes = source.size - frameStart - (hasID3v1 ? 128 : 0)
        return Double(max(audioBytes, 0) * 8) / Double(frame.bitRate)
    }
}
