import SeedanceDiagnostics
import SeedanceYAML

/// One `# seedance-ignore: RULE[, RULE]` comment.
struct IgnoreComment {
    /// One rule id as written, with its byte range.
    struct Item {
        var id: String
        var bytes: Range<Int>
    }

    var line: Int
    /// Nothing but white space before the `#`: the comment covers the next line too.
    var ownLine: Bool
    /// From the `#` to the end of the line's content.
    var bytes: Range<Int>
    /// Where `seedance-ignore` is written, for a comment that names no rule.
    var keyword: Range<Int>
    var items: [Item]

    /// The lines whose findings it suppresses: its own, and the next for a comment on a
    /// line of its own.
    var lines: [Int] { ownLine ? [line, line + 1] : [line] }
}

/// Finds ignore comments by scanning the source lines: libyaml drops comments. A comment
/// is a `#` at the start of a line or after white space, outside quoted and block scalars
/// (whose regions the AST gives).
enum IgnoreComments {
    static let keyword = Array("seedance-ignore".utf8)

    /// Whether the file mentions the keyword at all: the fast path for nearly every file.
    static func mayContain(_ bytes: [UInt8]) -> Bool {
        let first = keyword[0], n = keyword.count
        guard bytes.count >= n else { return false }
        var i = 0
        while i <= bytes.count - n {
            if bytes[i] == first, bytes[i..<(i + n)].elementsEqual(keyword) { return true }
            i += 1
        }
        return false
    }

    static func scan(_ source: SourceFile, roots: [YAMLNode]) -> [IgnoreComment] {
        let excluded = quotedRegions(roots)
        let bytes = source.bytes
        var comments: [IgnoreComment] = []
        var region = 0
        for line in 1...max(1, source.lineCount) {
            let range = source.lineRange(line)
            var i = range.lowerBound
            while i < range.upperBound {
                while region < excluded.count, excluded[region].upperBound <= i { region += 1 }
                if region < excluded.count, excluded[region].contains(i) {
                    i = excluded[region].upperBound
                    continue
                }
                if bytes[i] == UInt8(ascii: "#"), i == range.lowerBound || isBlank(bytes[i - 1]) {
                    let ownLine = bytes[range.lowerBound..<i].allSatisfy(isBlank)
                    if let comment = parse(bytes, hash: i, end: range.upperBound, line: line, ownLine: ownLine) {
                        comments.append(comment)
                    }
                    break  // the rest of the line is the comment
                }
                i += 1
            }
        }
        return comments
    }

    /// `# seedance-ignore: a, b -- reason`; nil for any other comment.
    private static func parse(_ bytes: [UInt8], hash: Int, end: Int, line: Int, ownLine: Bool) -> IgnoreComment? {
        var i = hash + 1
        while i < end, isBlank(bytes[i]) { i += 1 }
        guard end - i >= keyword.count, bytes[i..<(i + keyword.count)].elementsEqual(keyword) else { return nil }
        let keywordRange = i..<(i + keyword.count)
        i += keyword.count
        var comment = IgnoreComment(line: line, ownLine: ownLine, bytes: hash..<end, keyword: keywordRange, items: [])
        guard i < end, bytes[i] == UInt8(ascii: ":") else { return comment }
        i += 1
        // The ids run to the end of the line or to ` --`, after which a reason may follow.
        while i < end {
            while i < end, isBlank(bytes[i]) || bytes[i] == UInt8(ascii: ",") { i += 1 }
            if i + 1 < end, bytes[i] == UInt8(ascii: "-"), bytes[i + 1] == UInt8(ascii: "-") { break }
            let start = i
            while i < end, !isBlank(bytes[i]), bytes[i] != UInt8(ascii: ",") { i += 1 }
            if i > start {
                comment.items.append(.init(id: String(decoding: bytes[start..<i], as: UTF8.self), bytes: start..<i))
            }
        }
        return comment
    }

    private static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

    /// Byte ranges of quoted and block scalars, sorted: a `#` in them is text.
    private static func quotedRegions(_ roots: [YAMLNode]) -> [Range<Int>] {
        var regions: [Range<Int>] = []
        var stack = roots
        while let node = stack.popLast() {
            switch node.content {
            case .scalar(let scalar):
                if scalar.style != .plain, node.span.start.offset < node.span.end.offset {
                    regions.append(node.span.start.offset..<node.span.end.offset)
                }
            case .sequence(let items):
                stack += items
            case .mapping(let pairs):
                for pair in pairs where pair.mergedAt == nil {
                    stack.append(pair.keyNode)
                    stack.append(pair.value)
                }
            case .alias:
                break  // its target is walked where it is written
            }
        }
        return regions.sorted { $0.lowerBound < $1.lowerBound }
    }
}
