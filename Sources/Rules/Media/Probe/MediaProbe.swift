#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SeedanceSpec

/// Reads what a local media file is (SPEC.md section 4, `file:`): its format from its
/// first bytes, never from its name, and its size and duration from its header.
public enum MediaProbe {
    /// The header of the file at `path`. Opens the file without blocking (a named pipe
    /// must not hang the linter) and reads only the bytes the header needs.
    public static func probe(path: String) -> Result<MediaInfo, ProbeFailure> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notRegularFile) }
        return probe(ByteSource(fd: fd, size: Int(info.st_size)))
    }

    /// The header of media held in memory (tests).
    public static func probe(bytes: [UInt8]) -> Result<MediaInfo, ProbeFailure> {
        probe(ByteSource(bytes: bytes))
    }

    static func probe(_ source: ByteSource) -> Result<MediaInfo, ProbeFailure> {
        guard source.size > 0 else { return .failure(.empty) }
        let head = source.read(at: 0, count: 32)
        let header: HeaderResult
        if head.matches(ImageHeaders.pngSignature) {
            header = ImageHeaders.png(source)
        } else if head.matches(JPEGHeader.signature) {
            header = JPEGHeader.read(source)
        } else if head.matches("GIF87a") || head.matches("GIF89a") {
            header = ImageHeaders.gif(source)
        } else if ImageHeaders.looksLikeBMP(head) {
            header = ImageHeaders.bmp(source)
        } else if head.matches("RIFF"), head.matches("WEBP", at: 8) {
            header = ImageHeaders.webp(source)
        } else if WAVHeader.looksLikeWAV(head) {
            header = WAVHeader.read(source)
        } else if TIFFHeader.looksLikeTIFF(head) {
            header = TIFFHeader.read(source)
        } else if MovieHeader.looksLikeMovie(head) {
            header = MovieHeader.read(source)
        } else if MP3Header.looksLikeMP3(head) {
            header = MP3Header.read(source)
        } else {
            return .failure(.unrecognized)
        }
        return header.flatMap { facts in
            if facts.format.kind == .image {
                guard let w = facts.width, let h = facts.height, w > 0, h > 0 else {
                    return .failure(.malformed(facts.format, "the header gives a size of \(facts.width ?? 0)×\(facts.height ?? 0) px"))
                }
            }
            return .success(MediaInfo(format: facts.format, width: facts.width, height: facts.height,
                                      durationSeconds: facts.durationSeconds, byteSize: source.size))
        }
    }

    /// Where a media mapping's `file` is: relative to the folder of the spec file as the
    /// user named it (`specs/intro.yaml` → `specs/`); an absolute path as it is. A spec
    /// read from standard input has no folder unless `--stdin-filename` gives it one, so
    /// its files are found from the current folder.
    public static func resolve(_ file: String, specPath: String) -> String {
        if file.hasPrefix("/") { return file }
        guard let slash = specPath.lastIndex(of: "/") else { return file }
        return String(specPath[...slash]) + file
    }

    /// What the `file` of a media mapping is; nil when it has no `file` string. Cached per
    /// process, so that every rule that needs the file (format, size, duration) reads it
    /// once.
    public static func result(for media: MediaRef, specPath: String) -> Result<MediaInfo, ProbeFailure>? {
        guard let file = media.file, !file.isEmpty else { return nil }
        return ProbeCache.shared.result(for: resolve(file, specPath: specPath))
    }

    /// The header facts of a media mapping's `file` (for the duration rules); nil when it
    /// has none, or when the file cannot be read (`media-file` reports why).
    public static func info(for media: MediaRef, specPath: String) -> MediaInfo? {
        guard case .success(let info)? = result(for: media, specPath: specPath) else { return nil }
        return info
    }
}
