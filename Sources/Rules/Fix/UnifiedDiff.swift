/// A unified diff (`diff -u`, three lines of context) between two versions of a file, for
/// `seedance lint --fix --dry-run`. Lines are compared with Myers' O((N+M)D) algorithm,
/// fast when, as with fixes, the two versions differ in a few lines.
public enum UnifiedDiff {
    public static func make(old: [UInt8], new: [UInt8], path: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        let script = editScript(a, b)
        guard script.contains(where: { $0.kind != .same }) else { return "" }
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        for hunk in hunks(script, context: context) {
            out += render(hunk, a, b)
        }
        return out
    }

    /// Lines with their line breaks (`\n`, `\r\n`), so that a changed line ending shows.
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            result.append(bytes[start...i])
            start = i + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    enum Kind { case same, delete, insert }

    struct Step {
        let kind: Kind
        /// Index in the old lines (same, delete) or the new lines (insert).
        let oldIndex: Int
        let newIndex: Int
    }

    /// The shortest edit script, by Myers' greedy algorithm with the furthest-reaching
    /// paths of every round kept for the walk back.
    static func editScript(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Step] {
        // Lines as numbers: equal lines, equal numbers.
        var ids: [ArraySlice<UInt8>: Int] = [:]
        func id(_ line: ArraySlice<UInt8>) -> Int {
            if let known = ids[line] { return known }
            ids[line] = ids.count
            return ids.count - 1
        }
        let x = a.map(id), y = b.map(id)
        let n = x.count, m = y.count, offset = n + m + 1
        var v = [Int](repeating: 0, count: 2 * offset + 1)
        var trace: [[Int]] = []
        search: for d in 0...(n + m) {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var i = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var j = i - k
                while i < n, j < m, x[i] == y[j] { i += 1; j += 1 }
                v[offset + k] = i
                if i >= n, j >= m { break search }
            }
        }
        // Walk back from the end through the saved rounds.
        var steps: [Step] = []
        var i = n, j = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let vd = trace[d]
            let k = i - j
            let down = k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1])
            let prevK = down ? k + 1 : k - 1
            let prevI = vd[offset + prevK], prevJ = prevI - prevK
            while i > prevI, j > prevJ, i > 0, j > 0 {
                i -= 1; j -= 1
                steps.append(Step(kind: .same, oldIndex: i, newIndex: j))
            }
            if d == 0 { break }
            if down { j -= 1; steps.append(Step(kind: .insert, oldIndex: i, newIndex: j)) }
            else { i -= 1; steps.append(Step(kind: .delete, oldIndex: i, newIndex: j)) }
        }
        while i > 0, j > 0 { i -= 1; j -= 1; steps.append(Step(kind: .same, oldIndex: i, newIndex: j)) }
        return steps.reversed()
    }

    /// Groups the script into hunks: changes with up to `context` unchanged lines around
    /// them, hunks closer than twice that merged.
    static func hunks(_ script: [Step], context: Int) -> [ArraySlice<Step>] {
        var result: [ArraySlice<Step>] = []
        var start: Int?, lastChange = -1
        for (index, step) in script.enumerated() where step.kind != .same {
            if let s = start, index - lastChange > 2 * context {
                result.append(script[s...min(script.count - 1, lastChange + context)])
                start = nil
            }
            if start == nil { start = max(0, index - context) }
            lastChange = index
        }
        if let s = start { result.append(script[s...min(script.count - 1, lastChange + context)]) }
        return result
    }

    private static func render(_ hunk: ArraySlice<Step>, _ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> String {
        let first = hunk.first!
        let oldCount = hunk.filter { $0.kind != .insert }.count
        let newCount = hunk.filter { $0.kind != .delete }.count
        // `diff -u` numbers an empty side by the line before it.
        let oldStart = oldCount == 0 ? first.oldIndex : first.oldIndex + 1
        let newStart = newCount == 0 ? first.newIndex : first.newIndex + 1
        var out = "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
        for step in hunk {
            switch step.kind {
            case .same: out += line(" ", a[step.oldIndex])
            case .delete: out += line("-", a[step.oldIndex])
            case .insert: out += line("+", b[step.newIndex])
            }
        }
        return out
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(start),\(count)"
    }

    private static func line(_ prefix: String, _ bytes: ArraySlice<UInt8>) -> String {
        let text = prefix + String(decoding: bytes, as: UTF8.self)
        return bytes.last == 0x0A ? text : text + "\n\\ No newline at end of file\n"
    }
}
