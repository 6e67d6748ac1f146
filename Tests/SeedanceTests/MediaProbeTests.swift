#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import SeedanceDiagnostics
import SeedanceRules
import SeedanceSpec
import Testing

/// The media header readers on the fixtures of Tests/Fixtures/media (made by its
/// make_fixtures.py), on every truncation of them, on random bytes after each signature,
/// and on hand-made files whose size fields lie.
@Suite struct MediaProbeTests {
    /// The fixtures folder, found from this file so the tests do not depend on the
    /// working directory.
    static let fixtures: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(2)
        return parts.joined(separator: "/") + "/Fixtures/media/"
    }()

    static func bytes(_ name: String) -> [UInt8] {
        guard let f = fopen(fixtures + name, "rb") else { return [] }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n <= 0 { break }
            out += buffer[0..<n]
        }
        return out
    }

    struct Expected: Sendable, CustomTestStringConvertible {
        let file: String
        let format: MediaFormat
        var width: Int?
        var height: Int?
        var seconds: Double?
        var testDescription: String { file }
    }

    /// What make_fixtures.py wrote into each file.
    static let expectations: [Expected] = [
        Expected(file: "photo.png", format: .png, width: 640, height: 480),
        Expected(file: "small.png", format: .png, width: 200, height: 150),
        Expected(file: "wide.png", format: .png, width: 3000, height: 1000),
        Expected(file: "really-png.jpg", format: .png, width: 640, height: 480),
        Expected(file: "photo.jpg", format: .jpeg, width: 400, height: 300),
        Expected(file: "photo.gif", format: .gif, width: 400, height: 300),
        Expected(file: "photo.bmp", format: .bmp, width: 400, height: 300),
        Expected(file: "photo.webp", format: .webp, width: 400, height: 300),
        Expected(file: "photo.tiff", format: .tiff, width: 400, height: 300),
        Expected(file: "photo-mm.tif", format: .tiff, width: 500, height: 400),
        Expected(file: "clip.mp4", format: .mp4, width: 1280, height: 720, seconds: 5),
        Expected(file: "clip-1080p.mp4", format: .mp4, width: 1920, height: 1080, seconds: 6),
        Expected(file: "tiny.mp4", format: .mp4, width: 160, height: 120, seconds: 3),
        // 854×480 turned a quarter by its track matrix; mdat before moov.
        Expected(file: "portrait.mov", format: .mov, width: 480, height: 854, seconds: 4.5),
        Expected(file: "voice.wav", format: .wav, seconds: 3),
        Expected(file: "voice.mp3", format: .mp3, seconds: 84 * 0.036),
        Expected(file: "vbr.mp3", format: .mp3, seconds: 250 * 0.036),
    ]

    @Test(arguments: expectations)
    func fixtureHeaderIsRead(_ expected: Expected) throws {
        let info = try MediaProbe.probe(path: Self.fixtures + expected.file).get()
        #expect(info.format == expected.format)
        #expect(info.width == expected.width)
        #expect(info.height == expected.height)
        if let seconds = expected.seconds {
            #expect(abs((info.durationSeconds ?? -1) - seconds) < 0.001)
        } else {
            #expect(info.durationSeconds == nil)
        }
        let bytes = Self.bytes(expected.file)
        #expect(info.byteSize == bytes.count && !bytes.isEmpty)
        // Reading with pread and reading from memory agree.
        #expect(MediaProbe.probe(bytes: bytes) == .success(info))
    }

    /// Every prefix of every fixture: no crash, and never taken for another format.
    @Test(arguments: expectations)
    func everyTruncationIsHandled(_ expected: Expected) {
        let bytes = Self.bytes(expected.file)
        let step = max(1, bytes.count / 2000)
        for length in stride(from: 0, to: bytes.count, by: step) {
            switch MediaProbe.probe(bytes: Array(bytes[0..<length])) {
            case .success(let info):
                #expect(info.format == expected.format, "\(expected.file) cut at \(length)")
                #expect(info.byteSize == length)
            case .failure(.malformed(let format, _)):
                #expect(format == expected.format || [.mp4, .mov].contains(format), "\(expected.file) cut at \(length)")
            case .failure(let failure):
                #expect(failure == .empty || failure == .unrecognized, "\(expected.file) cut at \(length): \(failure)")
            }
        }
        // Cut inside the image header: an image without its size is never a success.
        if expected.format.kind == .image {
            #expect(throws: ProbeFailure.self) { try MediaProbe.probe(bytes: Array(bytes.prefix(9))).get() }
        }
    }

    /// Random bytes after each signature (a fixed seed, so a failure repeats).
    @Test func randomBytesAfterEverySignatureAreHandled() {
        let signatures: [[UInt8]] = [
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], [0xFF, 0xD8, 0xFF], Array("GIF89a".utf8),
            Array("BM".utf8) + [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40, 0, 0, 0], Array("RIFF\0\0\0\0WEBPVP8X".utf8),
            Array("RIFF\0\0\0\0WAVE".utf8), [0x49, 0x49, 0x2A, 0], [0x4D, 0x4D, 0, 0x2A], [0x49, 0x49, 0x2B, 0, 8, 0, 0, 0],
            [0, 0, 0, 0x10] + Array("ftypisom".utf8), [0, 0, 0, 8] + Array("moov".utf8), Array("ID3\u{4}\0\0".utf8), [0xFF, 0xFB, 0x90, 0x64],
        ]
        var seed: UInt64 = 0x5EED
        func next() -> UInt8 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: seed >> 56)
        }
        var handled = 0
        for signature in signatures {
            for round in 0..<300 {
                let tail = (0..<(round % 97 * 3)).map { _ in next() }
                _ = MediaProbe.probe(bytes: signature + tail)
                handled += 1
            }
        }
        #expect(handled == signatures.count * 300)
    }

    /// Random bytes overwritten in each fixture, mostly in its header, sometimes cut short:
    /// whatever comes back is sane (a fixed seed, so a failure repeats).
    @Test(arguments: expectations)
    func damagedFixturesGiveSaneAnswers(_ expected: Expected) {
        var seed: UInt64 = 42
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        let bytes = Self.bytes(expected.file)
        for _ in 0..<300 {
            var damaged = bytes
            for _ in 0..<(1 + next() % 6) {
                damaged[next() % min(damaged.count, next() % 2 == 0 ? 128 : damaged.count)] = UInt8(truncatingIfNeeded: next())
            }
            if next() % 4 == 0 { damaged = Array(damaged.prefix(next() % damaged.count)) }
            guard case .success(let info) = MediaProbe.probe(bytes: damaged) else { continue }
            if info.format.kind == .image {
                #expect((info.width ?? 0) > 0 && (info.height ?? 0) > 0, "\(expected.file): \(info)")
            }
            if let seconds = info.durationSeconds {
                #expect(seconds.isFinite && seconds >= 0, "\(expected.file): \(info)")
            }
            #expect(info.byteSize == damaged.count)
        }
    }

    @Test func unknownAndEmptyFilesAreNamedAsSuch() {
        #expect(MediaProbe.probe(path: Self.fixtures + "notes.txt") == .failure(.unrecognized))
        #expect(MediaProbe.probe(bytes: []) == .failure(.empty))
        #expect(MediaProbe.probe(path: Self.fixtures) == .failure(.notRegularFile))
        guard case .failure(.unreadable(let reason)) = MediaProbe.probe(path: Self.fixtures + "absent.png") else {
            Issue.record("a missing file must be unreadable")
            return
        }
        #expect(reason.contains("No such file"))
    }

    // MARK: Images built by hand

    @Test func pngWithAZeroSideIsMalformed() {
        var png = Self.bytes("photo.png")
        png.replaceSubrange(16..<20, with: [0, 0, 0, 0])
        guard case .failure(.malformed(.png, let reason)) = MediaProbe.probe(bytes: png) else {
            Issue.record("width 0 accepted")
            return
        }
        #expect(reason.contains("0×480"))
    }

    @Test func jpegFrameHeadersOtherThanBaselineAreRead() throws {
        // SOI, a DHT (C4, not a frame header despite its code), then a progressive SOF2.
        let dht: [UInt8] = [0xFF, 0xC4, 0x00, 0x04, 0x00, 0x00]
        let sof2: [UInt8] = [0xFF, 0xC2, 0x00, 0x0B, 0x08, 0x02, 0x58, 0x03, 0x20, 0x01, 0x01, 0x11, 0x00]
        let info = try MediaProbe.probe(bytes: [0xFF, 0xD8] + [0xFF, 0xFF] + dht + sof2).get()
        #expect(info.format == .jpeg && info.width == 800 && info.height == 600)
    }

    @Test func jpegWithLyingSegmentsIsMalformedQuickly() {
        let tooShort: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x01, 0, 0, 0, 0]
        let pastTheEnd: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF, 0, 0, 0, 0]
        let scanFirst: [UInt8] = [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0, 0]
        let onlyFill: [UInt8] = [0xFF, 0xD8] + [UInt8](repeating: 0xFF, count: 200_000)
        for bytes in [tooShort, pastTheEnd, scanFirst, onlyFill] {
            guard case .failure(.malformed(.jpeg, _)) = MediaProbe.probe(bytes: bytes) else {
                Issue.record("accepted a broken JPEG of \(bytes.count) bytes")
                continue
            }
        }
    }

    @Test func bmpStoredTopDownHasAPositiveHeight() throws {
        var bmp = Self.bytes("photo.bmp")
        let negative = UInt32(bitPattern: -300)
        bmp.replaceSubrange(22..<26, with: (0..<4).map { UInt8(truncatingIfNeeded: negative >> ($0 * 8)) })
        let info = try MediaProbe.probe(bytes: bmp).get()
        #expect(info.width == 400 && info.height == 300)
    }

    @Test func lossyAndExtendedWebPAreRead() throws {
        func riff(_ chunk: String, _ body: [UInt8]) -> [UInt8] {
            let inner = Array("WEBP\(chunk)".utf8) + le32(body.count) + body
            return Array("RIFF".utf8) + le32(inner.count) + inner
        }
        // VP8: frame tag, start code, 14-bit sizes (the top 2 bits are scaling, ignored).
        let vp8 = riff("VP8 ", [0x10, 0x02, 0x00, 0x9D, 0x01, 0x2A] + le16(0x4000 | 1024) + le16(768) + [0, 0])
        let vp8x = riff("VP8X", [0x10, 0, 0, 0] + [0xFF, 0x0F, 0x00] + [0x37, 0x04, 0x00])
        #expect(try MediaProbe.probe(bytes: vp8).get().width == 1024)
        #expect(try MediaProbe.probe(bytes: vp8).get().height == 768)
        #expect(try MediaProbe.probe(bytes: vp8x).get() == MediaInfo(format: .webp, width: 4096, height: 1080, byteSize: vp8x.count))
    }

    @Test func tiffDirectoriesThatLieAreMalformed() {
        let pastTheEnd: [UInt8] = [0x49, 0x49, 0x2A, 0, 0xFF, 0xFF, 0xFF, 0x7F]
        let hugeCount: [UInt8] = [0x4D, 0x4D, 0, 0x2A, 0, 0, 0, 8, 0xFF, 0xFF, 0, 0]
        let bigTIFF: [UInt8] = [0x49, 0x49, 0x2B, 0, 8, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0] + [UInt8](repeating: 0xFF, count: 8)
        for bytes in [pastTheEnd, hugeCount, bigTIFF] {
            guard case .failure(.malformed(.tiff, _)) = MediaProbe.probe(bytes: bytes) else {
                Issue.record("accepted a broken TIFF: \(bytes)")
                continue
            }
        }
    }

    // MARK: Movies built by hand

    static func box(_ type: String, _ body: [UInt8]) -> [UInt8] {
        be32(8 + body.count) + Array(type.utf8) + body
    }

    static let ftyp = box("ftyp", Array("mp42".utf8) + be32(0))

    @Test func movieBoxesWithImpossibleSizesAreMalformed() {
        let tooSmall = Self.ftyp + be32(4) + Array("free".utf8)
        let hugeLarge = Self.ftyp + be32(1) + Array("mdat".utf8) + [UInt8](repeating: 0xFF, count: 8)
        let noMovie = Self.ftyp + be32(0xFFFF_FFFF) + Array("mdat".utf8)
        let cutMovie = Self.ftyp + be32(1000) + Array("moov".utf8) + [0, 0]
        for (bytes, words) in [(tooSmall, "smaller than its header"), (hugeLarge, "64-bit size"),
                               (noMovie, "no movie header"), (cutMovie, "ends inside the movie header")] {
            guard case .failure(.malformed(.mp4, let reason)) = MediaProbe.probe(bytes: bytes) else {
                Issue.record("accepted: \(words)")
                continue
            }
            #expect(reason.contains(words))
        }
    }

    @Test func aMovieOfCountlessBoxesIsRejectedNotWalked() {
        let free = Self.box("free", [])
        let moov = Self.box("moov", Array([[UInt8]](repeating: free, count: 50_000).joined()))
        guard case .failure(.malformed(.mp4, let reason)) = MediaProbe.probe(bytes: Self.ftyp + moov) else {
            Issue.record("walked 50 000 boxes")
            return
        }
        #expect(reason.contains("boxes"))
    }

    @Test func fragmentedMovieTakesItsDurationFromMehdAndReadsVersion1Headers() throws {
        let mvhd = Self.box("mvhd", [1, 0, 0, 0] + [UInt8](repeating: 0, count: 16) + be32(1000) + [UInt8](repeating: 0, count: 8))
        let mehd = Self.box("mehd", [0, 0, 0, 0] + be32(7500))
        var tkhd: [UInt8] = [1, 0, 0, 0] + [UInt8](repeating: 0, count: 84)
        tkhd += be32(720 << 16) + be32(1280 << 16)
        let trak = Self.box("trak", Self.box("tkhd", tkhd))
        let movie = Self.ftyp + Self.box("moov", mvhd + Self.box("mvex", mehd) + trak)
        let info = try MediaProbe.probe(bytes: movie).get()
        #expect(info.durationSeconds == 7.5)
        #expect(info.width == 720 && info.height == 1280)
    }

    @Test func heifImagesAreNotTakenForVideos() {
        let heic = Self.box("ftyp", Array("heic".utf8) + be32(0)) + Self.box("meta", [])
        #expect(MediaProbe.probe(bytes: heic) == .failure(.unrecognized))
    }

    // MARK: Sounds built by hand

    @Test func wavHeadersThatLieAreHandled() throws {
        func wav(byteRate: Int, dataSize: Int, data: Int) -> [UInt8] {
            let fmt = Array("fmt ".utf8) + le32(16) + le16(1) + le16(1) + le32(byteRate) + le32(byteRate) + le16(1) + le16(8)
            let body = Array("WAVE".utf8) + fmt + Array("data".utf8) + le32(dataSize) + [UInt8](repeating: 0x80, count: data)
            return Array("RIFF".utf8) + le32(body.count) + body
        }
        // A data chunk that claims more than the file holds counts what is there.
        #expect(try MediaProbe.probe(bytes: wav(byteRate: 100, dataSize: 0x7FFF_FFFF, data: 250)).get().durationSeconds == 2.5)
        guard case .failure(.malformed(.wav, _)) = MediaProbe.probe(bytes: wav(byteRate: 0, dataSize: 10, data: 10)) else {
            Issue.record("a byte rate of 0 accepted")
            return
        }
        let hugeChunkFirst = Array("RIFF\0\0\0\0WAVE".utf8) + Array("LIST".utf8) + le32(0xFFFF_FFF0)
        guard case .failure(.malformed(.wav, _)) = MediaProbe.probe(bytes: hugeChunkFirst) else {
            Issue.record("a WAV without fmt accepted")
            return
        }
    }

    @Test func mpeg1XingFrameCountGivesTheDuration() throws {
        let header: [UInt8] = [0xFF, 0xFB, 0x90, 0x64]       // MPEG-1 layer III, 128 kbit/s, 44.1 kHz
        var first = header + [UInt8](repeating: 0, count: 32) + Array("Xing".utf8) + be32(1) + be32(1000)
        first += [UInt8](repeating: 0, count: 417 - first.count)
        let frame = header + [UInt8](repeating: 0, count: 413)
        let info = try MediaProbe.probe(bytes: first + frame + frame).get()
        #expect(abs((info.durationSeconds ?? 0) - 1000 * 1152 / 44100.0) < 0.0001)
    }

    @Test func mp3WithBrokenTagsIsMalformed() {
        let badSize = Array("ID3\u{4}\0\0".utf8) + [0x80, 0, 0, 0]
        let tagPastTheEnd = Array("ID3\u{4}\0\0".utf8) + [0x7F, 0x7F, 0x7F, 0x7F]
        let tagThenNoise = Array("ID3\u{4}\0\0".utf8) + [0, 0, 0, 0] + Array("just text, no frames".utf8)
        for bytes in [badSize, tagPastTheEnd, tagThenNoise] {
            guard case .failure(.malformed(.mp3, _)) = MediaProbe.probe(bytes: bytes) else {
                Issue.record("accepted a broken MP3")
                continue
            }
        }
    }
}

fileprivate func be32(_ v: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (24 - 8 * $0)) } }
fileprivate func le32(_ v: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
fileprivate func le16(_ v: Int) -> [UInt8] { (0..<2).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
