import SeedanceSpec

/// A reference to a numbered input in a prompt: "image 3", "Video 2", "@image3",
/// "@audio 1" (SPEC.md section 6).
struct PromptReference: Equatable {
    /// What a reference refers to, whatever way it is written.
    struct Target: Hashable {
        var kind: MediaKind
        var number: Int
    }

    var kind: MediaKind
    var number: Int
    /// UTF-8 byte range in the prompt's text.
    var range: Range<Int>

    var target: Target { Target(kind: kind, number: number) }

    /// Every reference in a prompt, in order. A reference starts at a word boundary (or
    /// `@`); the word is matched ignoring case; "image" and its number are separated by
    /// spaces, or by nothing after `@`; the number ends at a word boundary, so "image 3D"
    /// is no reference.
    static func find(in prompt: String) -> [PromptReference] {
        let bytes = Array(prompt.utf8)
        var found: [PromptReference] = []
        var i = 0
        while i < bytes.count {
            // Most bytes cannot start a reference: skip them without a call.
            let b = bytes[i] | 0x20
            guard b == UInt8(ascii: "`") || b == UInt8(ascii: "i") || b == UInt8(ascii: "v") || b == UInt8(ascii: "a") else {
                i += 1
                continue
            }
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
        // Bytes, not a String per position: prompts can be long. `| 0x20` lowercases ASCII letters.
        let kind: MediaKind
        switch (bytes[i] | 0x20, bytes[i + 1] | 0x20, bytes[i + 2] | 0x20, bytes[i + 3] | 0x20, bytes[i + 4] | 0x20) {
        case (0x69, 0x6D, 0x61, 0x67, 0x65): kind = .image  // "image"
        case (0x76, 0x69, 0x64, 0x65, 0x6F): kind = .video  // "video"
        case (0x61, 0x75, 0x64, 0x69, 0x6F): kind = .audio  // "audio"
        default: return nil
        }
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
