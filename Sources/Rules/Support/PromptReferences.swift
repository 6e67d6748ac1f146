/// A reference to a numbered input in a prompt: "image 3", "Video 2", "@image3",
/// "@audio 1" (SPEC.md section 6).
struct PromptReference: Equatable {
    var kind: MediaKindWord
    var number: Int
    /// UTF-8 byte range in the prompt's text.
    var range: Range<Int>

    enum MediaKindWord: String, CaseIterable {
        case image, video, audio
    }

    /// Every reference in a prompt, in order. A reference starts at a word boundary (or
    /// `@`); the word is matched ignoring case; "image" and its number are separated by
    /// spaces, or by nothing after `@`; the number ends at a word boundary, so "image 3D"
    /// is no reference.
    static func find(in prompt: String) -> [PromptReference] {
        let bytes = Array(prompt.utf8)
        var found: [PromptReference] = []
        var i = 0
        while i < bytes.count {
            if let match = match(bytes, at: i) {
                found.append(match)
                i = match.range.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    private static func match(_ bytes: [UInt8], at start: Int) -> PromptReference? {
        let at = bytes[start] == UInt8(ascii: "@")
        if !at, start > 0, isWordByte(bytes[start - 1]) { return nil }
        var i = at ? start + 1 : start
        guard i + 5 <= bytes.count else { return nil }
        // Bytes, not a String per position: prompts can be long.
        guard let kind = MediaKindWord.allCases.first(where: { word in
            zip(word.rawValue.utf8, bytes[i..<(i + 5)]).allSatisfy { $0 == $1 | 0x20 }
        }) else { return nil }
        i += 5
        let spaceStart = i
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
        if !at, i == spaceStart { return nil }
        let digitStart = i
        while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
        guard i > digitStart, i == bytes.count || !isWordByte(bytes[i]) else { return nil }
        let digits = String(decoding: bytes[digitStart..<i], as: UTF8.self)
        let number = digits.count > 9 ? Int.max : Int(digits)!
        return PromptReference(kind: kind, number: number, range: start..<i)
    }

    /// ASCII letters, digits and `_`. Other bytes (punctuation, spaces, non-ASCII text such
    /// as Chinese, which has no spaces between words) end a word.
    private static func isWordByte(_ b: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: "_")
    }
}
