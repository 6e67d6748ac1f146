import SeedanceDiagnostics
import SeedanceYAML

extension SourceFile {
    /// Where a part of a scalar's text (a UTF-8 byte range of `Scalar.text`) is written in
    /// the source, or nil when that cannot be known exactly.
    ///
    /// Quoting, escapes, folding and block indentation make the text differ from the
    /// source, so the part is found by content: the k-th occurrence of the same bytes in the
    /// text is the k-th in the node's source, provided both have the same number of
    /// occurrences. Folding or an escape that splits or forms an occurrence changes the
    /// count, and then the answer is nil rather than a guess.
    func span(ofScalarBytes range: Range<Int>, in node: YAMLNode) -> Span? {
        guard let scalar = node.scalar else { return nil }
        let text = Array(scalar.text.utf8)
        guard range.lowerBound >= 0, range.upperBound <= text.count, !range.isEmpty else { return nil }
        let needle = Array(text[range])
        let inText = SourceFile.occurrences(of: needle, in: text[...])
        let target = node.resolved.span
        let lower = max(0, min(target.start.offset, bytes.count)), upper = max(lower, min(target.end.offset, bytes.count))
        let inSource = SourceFile.occurrences(of: needle, in: bytes[lower..<upper])
        guard inText.count == inSource.count, let k = inText.firstIndex(of: range.lowerBound) else { return nil }
        let start = inSource[k]
        return Span(start: position(ofOffset: start), end: position(ofOffset: start + needle.count))
    }

    /// Start indices (in the slice's own indices) of every occurrence, overlapping ones too.
    private static func occurrences(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> [Int] {
        guard let first = needle.first, haystack.count >= needle.count else { return [] }
        // Raw buffers: a prompt can be megabytes long, and this runs once per warning.
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var found: [Int] = []
                var i = 0
                let last = hay.count - pin.count
                while i <= last {
                    if hay[i] == first {
                        var j = 1
                        while j < pin.count, hay[i + j] == pin[j] { j += 1 }
                        if j == pin.count { found.append(haystack.startIndex + i) }
                    }
                    i += 1
                }
                return found
            }
        }
    }
}
