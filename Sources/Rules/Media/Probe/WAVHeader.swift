/// Reads a WAV file's duration: `RIFF....WAVE`, then chunks; `fmt ` gives the byte rate,
/// `data` the number of bytes of sound. Chunks are skipped by their sizes, so the sound
/// itself is never read.
enum WAVHeader {
    /// A walk that has not found both chunks after this many gives up.
    static let maxChunks = 1000

    static func looksLikeWAV(_ head: Bytes) -> Bool {
        (head.matches("RIFF") || head.matches("RF64")) && head.matches("WAVE", at: 8)
    }

    static func read(_ source: ByteSource) -> HeaderResult {
        var position = 12
        var byteRate: Int?, dataBytes: Int?
        for _ in 0..<maxChunks {
            guard let chunk = source.exact(at: position, count: 8), let id = chunk.fourCC(0), let size = chunk.le32(4) else { break }
            let body = position + 8
            if id == "fmt " {
                guard let format = source.exact(at: body, count: 16) else {
                    return .failure(.malformed(.wav, "the file ends inside the `fmt ` chunk"))
                }
                byteRate = format.le32(8)
            } else if id == "data" {
                // A file cut short, or written while streaming (size 0 or 0xFFFFFFFF, and
                // RF64 files), has less sound than the chunk claims: count what is there.
                let present = source.size - body
                dataBytes = size == 0 || size == 0xFFFF_FFFF ? present : min(size, present)
            }
            if byteRate != nil, dataBytes != nil { break }
            // Chunks are padded to an even size.
            position = body + size + (size & 1)
        }
        guard let byteRate else { return .failure(.malformed(.wav, "there is no `fmt ` chunk before the end of the file")) }
        guard byteRate > 0 else { return .failure(.malformed(.wav, "the `fmt ` chunk gives a byte rate of 0")) }
        guard let dataBytes else { return .failure(.malformed(.wav, "there is no `data` chunk")) }
        return .success(HeaderFacts(format: .wav, durationSeconds: Double(dataBytes) / Double(byteRate)))
    }
}
