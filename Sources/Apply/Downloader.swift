#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fetches a finished video to its output path. The bytes go to a temporary file
/// beside the output and are renamed into place only when complete, so a short or
/// broken download is never mistaken for the video. `video_url` is fetched exactly as
/// given and without the key: it points at storage, not at the API.
struct Downloader: Sendable {
    let transport: any HTTPTransport
    /// A download that receives nothing for this long is abandoned (and retried).
    var stallTimeout: Double
    var attempts = 3
    var retryDelay = 0.5

    /// The SHA-256 of the saved file, or why it could not be saved.
    func download(url: String, to path: String) -> Result<String, DownloadFailure> {
        if let problem = FileIO.makeFolders(FileIO.folder(of: path)) { return .failure(DownloadFailure(problem)) }
        let base = path.split(separator: "/").last.map(String.init) ?? "video"
        let temporary = FileIO.folder(of: path) + "/.\(base).part-\(getpid())"
        var lastProblem = ""
        for attempt in 1...attempts {
            if attempt > 1 { SystemClock.sleep(retryDelay * Double(attempt - 1)) }
            let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { return .failure("cannot create \(temporary): \(FileIO.lastError())") }
            let result = transport.download(url: url, to: fd, stallTimeout: stallTimeout)
            let synced = fsync(fd) == 0
            close(fd)
            switch result {
            case .success(let (status, bytes)) where (200..<300).contains(status) && bytes > 0 && synced:
                guard let sha = FileIO.sha256(of: temporary) else {
                    unlink(temporary)
                    return .failure("cannot read back \(temporary)")
                }
                guard rename(temporary, path) == 0 else {
                    let problem = FileIO.lastError()
                    unlink(temporary)
                    return .failure("cannot rename the download to \(path): \(problem)")
                }
                FileIO.syncFolder(of: path)
                return .success(sha)
            case .success(let (status, bytes)):
                unlink(temporary)
                if status == 401 || status == 403 || status == 404 || status == 410 {
                    return .failure("the video URL was refused (HTTP \(status)); it is valid for one day after the task ends")
                }
                lastProblem = (200..<300).contains(status) ? "empty download (\(bytes) bytes)" : "HTTP \(status)"
            case .failure(.localWrite(let message)), .failure(.unavailable(let message)):
                unlink(temporary)
                return .failure(DownloadFailure(message))
            case .failure(let failure):
                unlink(temporary)
                lastProblem = failure.message
            }
        }
        return .failure("download failed after \(attempts) attempts: \(lastProblem)")
    }
}

/// Why a video could not be saved; written as a string literal at the failure sites.
struct DownloadFailure: Error, CustomStringConvertible, ExpressibleByStringInterpolation {
    let description: String
    init(_ description: String) { self.description = description }
    init(stringLiteral value: String) { description = value }
    init(stringInterpolation: DefaultStringInterpolation) { description = String(stringInterpolation: stringInterpolation) }
}
