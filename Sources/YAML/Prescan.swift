import SeedanceDiagnostics

/// Checks on the raw bytes before libyaml sees them, so that encoding problems get a
/// precise message and position: NUL bytes, invalid UTF-8, a byte-order mark after the
/// start. Returns the first problem, or nil.
enum Prescan {
    static func firstProblem(in source: SourceFile) -> Diagnostic? {
        source.bytes.withUnsafeBufferPointer { buffer -> Diagnostic? in
            let n = buffer.count
            var i = source.bomLength
            while i < n {
                let b = buffer[i]
                if b == 0 {
                    return problem(source, at: i, FrontEndRuleID.encoding, "NUL byte in the file",
                                   help: "spec files are UTF-8 text; a NUL byte usually means a binary or UTF-16 file")
                }
                if b < 0x80 { i += 1; continue }
                let length = utf8SequenceLength(buffer, at: i)
                if length == 0 {
                    let hex = "0x" + String(b, radix: 16, uppercase: true)
                    return problem(source, at: i, FrontEndRuleID.encoding, "invalid UTF-8 byte \(hex)",
                                   help: "save the file as UTF-8")
                }
                if length == 3, b == 0xEF, buffer[i + 1] == 0xBB, buffer[i + 2] == 0xBF {
                    return problem(source, at: i, FrontEndRuleID.byteOrderMark,
                                   "byte-order mark (U+FEFF) after the start of the file",
                                   help: "a byte-order mark is allowed only as the file's first character; delete this one")
                }
                i += length
            }
            return nil
        }
    }

    /// The length of the well-formed UTF-8 sequence at `i`, or 0 when it is ill-formed
    /// (overlong forms, surrogates and values above U+10FFFF included).
    private static func utf8SequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = b.count
        let c0 = b[i]
        func cont(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < n && b[i + k] >= low && b[i + k] <= high
        }
        switch c0 {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }

    private static func problem(_ source: SourceFile, at offset: Int, _ rule: String, _ message: String,
                                help: String) -> Diagnostic {
        let start = source.position(ofOffset: offset)
        var end = start
        end.column += 1
        end.offset += 1
        return Diagnostic(ruleID: rule, severity: .error, message: message, path: source.path,
                          span: Span(start: start, end: end), help: help)
    }
}
