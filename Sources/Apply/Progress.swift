/// Task progress while waiting. On a terminal: one live line per task (status and
/// elapsed time), redrawn in place. Elsewhere (CI logs, pipes): one plain line per
/// change of status, so logs stay short and readable.
final class Progress: @unchecked Sendable {
    private let console: Console
    private var order: [String] = []
    private var lines: [String: String] = [:]
    private var drawn = 0
    private var lastPrinted: [String: String] = [:]

    init(console: Console) { self.console = console }

    var isLive: Bool { console.outputIsTerminal }

    /// The task's state changed (or, live, its elapsed time did).
    func update(task: String, status: String, elapsed: Double?, detail: String = "") {
        let time = elapsed.map { " (\(formatElapsed($0)))" } ?? ""
        let line = "\(task): \(status)\(time)\(detail.isEmpty ? "" : " " + detail)"
        console.exclusive {
            if lines[task] == nil { order.append(task) }
            lines[task] = line
            if isLive {
                redraw()
            } else if lastPrinted[task] != status + detail {
                lastPrinted[task] = status + detail
                console.writeUnlocked(line + "\n")
            }
        }
    }

    /// A message printed above the live lines.
    func note(_ text: String) {
        console.exclusive {
            if isLive && drawn > 0 {
                console.writeUnlocked("\u{1B}[\(drawn)A\r\u{1B}[J")
                drawn = 0
            }
            console.writeUnlocked(text + "\n")
            if isLive { redraw() }
        }
    }

    /// Stops redrawing: later output goes below the final lines.
    func finish() {
        console.exclusive { drawn = 0; order.removeAll(); lines.removeAll() }
    }

    private func redraw() {
        var text = drawn > 0 ? "\u{1B}[\(drawn)A" : ""
        for task in order { text += "\r\u{1B}[2K" + (lines[task] ?? "") + "\n" }
        console.writeUnlocked(text)
        drawn = order.count
    }
}

func formatElapsed(_ seconds: Double) -> String {
    let s = max(0, Int(seconds))
    if s < 60 { return "\(s)s" }
    if s < 3600 { return "\(s / 60)m\(s % 60 < 10 ? "0" : "")\(s % 60)s" }
    return "\(s / 3600)h\(s / 60 % 60 < 10 ? "0" : "")\(s / 60 % 60)m"
}
