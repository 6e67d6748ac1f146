import SeedanceDiagnostics

/// Applies text edits to a file's bytes as minimal replacements, so that comments, key
/// order, indentation and line endings stay as they were.
public enum FixApplier {
    /// Applies every edit that overlaps no earlier one (in file order); identical edits
    /// count once. Edits are applied back to front, so that byte offsets stay valid.
    public static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> (bytes: [UInt8], applied: Int) {
        struct Edit: Hashable {
            let range: Range<Int>
            let replacement: String
        }
        var unique = Set<Edit>()
        var sorted: [Edit] = []
        for edit in edits {
            let start = edit.span.start.offset, end = edit.span.end.offset
            guard start >= 0, start <= end, end <= bytes.count else { continue }
            let e = Edit(range: start..<end, replacement: edit.replacement)
            if unique.insert(e).inserted { sorted.append(e) }
        }
        sorted.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var chosen: [Edit] = []
        for edit in sorted {
            if let last = chosen.last {
                // Overlapping edits, or two insertions at one point, would need an order.
                if edit.range.lowerBound < last.range.upperBound { continue }
                if edit.range.isEmpty, last.range.isEmpty, edit.range.lowerBound == last.range.lowerBound { continue }
            }
            chosen.append(edit)
        }
        var out = bytes
        for edit in chosen.reversed() {
            out.replaceSubrange(edit.range, with: Array(edit.replacement.utf8))
        }
        return (out, chosen.count)
    }
}
