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

/// How a media mapping's `file` is found and cached, and what the media rules say about
/// files the examples cannot carry (a 16 MB sound, a file that changes).
@Suite struct MediaLocalFileTests {
    /// A fresh folder under /tmp, removed with its files by `clean`.
    static func makeFolder() -> String {
        var template = Array("/tmp/seedance-media-XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }

    static func clean(_ folder: String, _ names: [String]) {
        for name in names { unlink(folder + "/" + name) }
        rmdir(folder)
    }

    static func save(_ path: String, _ bytes: [UInt8], size: Int? = nil) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        precondition(fd >= 0, "cannot write \(path)")
        bytes.withUnsafeBytes { _ = write(fd, $0.baseAddress, $0.count) }
        // A sparse tail: a 16 MB file that takes no disk space.
        if let size { _ = ftruncate(fd, off_t(size)) }
        close(fd)
    }

    static func wavHeader(byteRate: Int) -> [UInt8] {
        func le(_ v: Int, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
        let fmt = Array("fmt ".utf8) + le(16, 4) + le(1, 2) + le(1, 2) + le(byteRate, 4) + le(byteRate, 4) + le(1, 2) + le(8, 2)
        return Array("RIFF".utf8) + le(0, 4) + Array("WAVE".utf8) + fmt + Array("data".utf8) + le(0xFFFF_FFFF, 4)
    }

    static func lint(_ text: String, at path: String) -> [Diagnostic] {
        let ours: Set = ["media-file", "media-dimensions", "media-resolution"]
        return Linter().lint(SourceFile(path: path, text: text)).diagnostics.filter { ours.contains($0.ruleID) }
    }

    @Test func fileIsFoundFromTheSpecFilesFolder() {
        #expect(MediaProbe.resolve("a.png", specPath: "specs/intro.yaml") == "specs/a.png")
        #expect(MediaProbe.resolve("../media/a.png", specPath: "/work/specs/intro.yaml") == "/work/specs/../media/a.png")
        #expect(MediaProbe.resolve("/abs/a.png", specPath: "specs/intro.yaml") == "/abs/a.png")
        // Standard input has no folder: the current one.
        #expect(MediaProbe.resolve("media/a.png", specPath: "<stdin>") == "media/a.png")
        #expect(MediaProbe.resolve("a.png", specPath: "intro.yaml") == "a.png")
    }

    @Test func anAudioOverTheSizeLimitIsReportedAtItsFile() {
        let folder = Self.makeFolder()
        defer { Self.clean(folder, ["big.wav", "ok.wav"]) }
        Self.save(folder + "/big.wav", Self.wavHeader(byteRate: 2_000_000), size: 16 * 1_048_576)
        Self.save(folder + "/ok.wav", Self.wavHeader(byteRate: 2_000_000), size: 15 * 1_048_576)
        let spec = """
        model: seedance_2_0_pro
        prompt: a cat to audio 1
        referenceAudios:
          - url: https://cdn.example.com/big.wav
            file: big.wav
          - url: https://cdn.example.com/ok.wav
            file: ok.wav
        """
        let found = Self.lint(spec, at: folder + "/spec.yaml")
        #expect(found.map(\.ruleID) == ["media-file"])
        #expect(found.first?.span.start.line == 5 && found.first?.span.start.column == 11)
        #expect(found.first?.message == "`big.wav` is 16 MB, over the 15 MB limit for one reference audio")
    }

    @Test func aChangedFileIsReadAgain() throws {
        let folder = Self.makeFolder()
        defer { Self.clean(folder, ["clip.wav"]) }
        let path = folder + "/clip.wav"
        let spec = SpecFile.load(SourceFile(path: folder + "/spec.yaml", text: """
        model: seedance_2_0_pro
        prompt: a
        referenceAudios: [{url: "https://cdn.example.com/a.wav", file: clip.wav}]
        """))
        let media = try #require(spec.shots.first?.media("referenceAudios").first)
        Self.save(path, Self.wavHeader(byteRate: 1000) + [UInt8](repeating: 0x80, count: 3000))
        #expect(MediaProbe.info(for: media, specPath: spec.path)?.durationSeconds == 3)
        Self.save(path, Self.wavHeader(byteRate: 1000) + [UInt8](repeating: 0x80, count: 5000))
        #expect(MediaProbe.info(for: media, specPath: spec.path)?.durationSeconds == 5)
        unlink(path)
        #expect(MediaProbe.info(for: media, specPath: spec.path) == nil)
        guard case .failure(.unreadable)? = MediaProbe.result(for: media, specPath: spec.path) else {
            Issue.record("a deleted file still answered from the cache")
            return
        }
    }

    @Test func manyThreadsProbingTheSameFilesAgree() throws {
        let fixtures = MediaProbeTests.fixtures
        let spec = SpecFile.load(SourceFile(path: fixtures + "spec.yaml", text: """
        model: seedance_2_0
        prompt: a
        referenceVideos: [{url: "https://a.example/a.mp4", file: clip.mp4}, {url: "https://a.example/b.mov", file: portrait.mov}]
        referenceAudios: [{url: "https://a.example/a.mp3", file: voice.mp3}]
        """))
        let shot = try #require(spec.shots.first)
        let media = shot.media("referenceVideos") + shot.media("referenceAudios")
        let expected = media.map { MediaProbe.info(for: $0, specPath: spec.path) }
        #expect(expected.allSatisfy { $0 != nil })
        let rounds = 64
        let results = UnsafeMutableBufferPointer<MediaInfo?>.allocate(capacity: rounds)
        defer { results.deallocate() }
        nonisolated(unsafe) let out = results
        DispatchQueue.concurrentPerform(iterations: rounds) { i in
            out[i] = MediaProbe.info(for: media[i % media.count], specPath: spec.path)
        }
        for i in 0..<rounds { #expect(results[i] == expected[i % media.count]) }
    }

    @Test func aFileInDefaultsIsReportedOnceNamingEveryShot() {
        let spec = """
        defaults:
          model: seedance_2_0_pro
          first_image: {url: "https://cdn.example.com/cat.png", file: small.png}
        shots:
          - prompt: a
          - prompt: b
          - prompt: c
            first_image: https://cdn.example.com/other.png
        """
        let found = Self.lint(spec, at: MediaProbeTests.fixtures + "spec.yaml")
        #expect(found.count == 1)
        #expect(found.first?.ruleID == "media-dimensions")
        #expect(found.first?.message.hasSuffix("(in `defaults`, inherited by shots `spec-1` and `spec-2`)") == true)
    }

    @Test func aNamedPipeDoesNotHangTheProbe() {
        let folder = Self.makeFolder()
        defer { Self.clean(folder, ["pipe.wav"]) }
        #expect(mkfifo(folder + "/pipe.wav", 0o644) == 0)
        #expect(MediaProbe.probe(path: folder + "/pipe.wav") == .failure(.notRegularFile))
    }
}
