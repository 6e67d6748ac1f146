@testable import SeedanceSpec
import Testing

/// The binary carries schema/seedance-api.yaml as text (scripts/embed-data), so that
/// nothing is read from disk at start-up: the copy must be the file, and the file must read
/// as the API facts of SPEC.md sections 2, 4 and 5.
@Suite struct EmbeddedDataTests {
    @Test func embeddedCopyIsTheDataFile() throws {
        let file = try #require(RepositoryFiles.readText("schema/seedance-api.yaml"))
        // The generator writes the file between the raw string's delimiters, then a newline.
        #expect(EmbeddedData.seedanceAPI + "\n" == file || EmbeddedData.seedanceAPI == file,
                "Sources/Spec/Generated/EmbeddedData.swift is stale: run scripts/embed-data")
    }

    @Test func dataFileReadsAsTheSpecsFacts() {
        let facts = APIFacts.builtIn
        #expect(facts.models.map(\.name) == ["seedance_2_0", "seedance_2_0_fast", "seedance_2_0_pro", "seedance_2_0_fast_pro"])
        #expect(facts.models.filter(\.requiresReferenceVideos).map(\.name) == ["seedance_2_0", "seedance_2_0_fast"])
        #expect(facts.aspectRatios == ["16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive"])
        #expect(facts.duration == 4...15 && facts.defaultDuration == 5)
        #expect(facts.images.count == 1...9 && facts.videos.count == 1...3 && facts.audios.count == 1...3)
        #expect(facts.videos.seconds == 2...15 && facts.videos.maxTotalSeconds == 15 && facts.videos.resolutions == [480, 720])
        #expect(facts.audios.maxBytes == 15 * 1024 * 1024)
        #expect(facts.imageSide == 300...6000 && facts.imageAspect == 0.4...2.5)
        #expect(facts.audioFormats == ["wav", "mp3"] && facts.videoFormats == ["mp4", "mov"])
    }
}
