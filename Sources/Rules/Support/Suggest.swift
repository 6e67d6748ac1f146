/// "Did you mean" suggestions (SPEC.md section 2): a known name is close when it is equal
/// ignoring case, underscores and hyphens, or within an edit distance of 2.
public enum Suggest {
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let folded = fold(word)
        if let same = candidates.first(where: { fold($0) == folded }) { return same }
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let d = distance(Array(word.lowercased().unicodeScalars), Array(candidate.lowercased().unicodeScalars), limit: 2)
            if d <= 2, best == nil || d < best!.distance { best = (candidate, d) }
        }
        return best?.name
    }

    /// Whether `suggestion` is close enough to `word` to rename without asking: the same
    /// but for case, underscores and hyphens, or one edit away. Two edits suggest only:
    /// `base` is two edits from `name`, and renaming it would change what the value means.
    public static func isSafeRename(of word: String, to suggestion: String) -> Bool {
        fold(word) == fold(suggestion)
            || distance(Array(word.lowercased().unicodeScalars), Array(suggestion.lowercased().unicodeScalars), limit: 1) <= 1
    }

    static func fold(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" })
    }

    /// Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// "did you mean `x`?" help text, or nil.
    public static func help(for word: String, among candidates: [String]) -> String? {
        closest(to: word, among: candidates).map { "did you mean `\($0)`?" }
    }
}
