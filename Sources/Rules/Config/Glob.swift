/// A path pattern of the config's `include:`/`exclude:` lists, matched without Foundation.
///
/// `*` matches any run of characters within one path segment, `**` any run across
/// segments (`**/` also matches no folder at all, so `specs/**/*.yaml` matches
/// `specs/a.yaml`), `?` one character other than `/`, `[abc]`, `[a-z]` and `[!a]` (or
/// `[^a]`) one character of (or not of) a set, and `\` makes the next character literal.
/// Matching is by dynamic programming over (pattern token, path character), so no
/// pattern takes more than quadratic time.
public struct Glob: Sendable, Equatable {
    public let pattern: String
    private let tokens: [Token]

    private enum Token: Sendable, Equatable {
        case literal(Unicode.Scalar)
        case anyOne
        case star
        /// `**`: any characters, `/` included.
        case globstar
        /// `**/`: nothing, or any characters ending with `/`.
        case globstarFolders
        case set([ClosedRange<Unicode.Scalar>], negated: Bool)
    }

    /// Why a pattern cannot be compiled.
    public struct SyntaxError: Error, Equatable {
        public let message: String
    }

    public init(_ pattern: String) throws(SyntaxError) {
        self.pattern = pattern
        let s = Array(pattern.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        while i < s.count {
            switch s[i] {
            case "*":
                if i + 1 < s.count, s[i + 1] == "*" {
                    i += 2
                    while i < s.count, s[i] == "*" { i += 1 }  // `***` is `**`
                    if i < s.count, s[i] == "/" {
                        tokens.append(.globstarFolders)
                        i += 1
                    } else {
                        tokens.append(.globstar)
                    }
                    continue
                }
                tokens.append(.star)
            case "?":
                tokens.append(.anyOne)
            case "\\":
                guard i + 1 < s.count else { throw SyntaxError(message: "`\\` at the end of the pattern escapes nothing") }
                i += 1
                tokens.append(.literal(s[i]))
            case "[":
                let (token, next) = try Glob.parseSet(s, from: i)
                tokens.append(token)
                i = next
                continue
            default:
                tokens.append(.literal(s[i]))
            }
            i += 1
        }
        self.tokens = tokens
    }

    /// Parses `[...]` starting at `start` (the `[`); returns the token and the index after `]`.
    private static func parseSet(_ s: [Unicode.Scalar], from start: Int) throws(SyntaxError) -> (Token, Int) {
        var i = start + 1
        var negated = false
        if i < s.count, s[i] == "!" || s[i] == "^" {
            negated = true
            i += 1
        }
        var ranges: [ClosedRange<Unicode.Scalar>] = []
        var first = true
        while i < s.count, s[i] != "]" || first {
            first = false
            var low = s[i]
            if low == "\\", i + 1 < s.count { i += 1; low = s[i] }
            if i + 2 < s.count, s[i + 1] == "-", s[i + 2] != "]" {
                var high = s[i + 2]
                i += 2
                if high == "\\", i + 1 < s.count { i += 1; high = s[i] }
                guard low <= high else {
                    throw SyntaxError(message: "the range `\(low)-\(high)` is backwards; write `\(high)-\(low)`")
                }
                ranges.append(low...high)
            } else {
                ranges.append(low...low)
            }
            i += 1
        }
        guard i < s.count else { throw SyntaxError(message: "`[` opens a character class that no `]` closes; write `\\[` for a literal `[`") }
        return (.set(ranges, negated: negated), i + 1)
    }

    /// Whether the whole of `path` matches the pattern.
    public func matches(_ path: String) -> Bool {
        let text = Array(path.unicodeScalars)
        let n = text.count
        // reachable[t] after token k: whether tokens[..<k] can match text[..<t].
        var reachable = [Bool](repeating: false, count: n + 1)
        reachable[0] = true
        for token in tokens {
            var next = [Bool](repeating: false, count: n + 1)
            switch token {
            case .star, .globstar:
                // Any run from a reachable position, stopping at `/` for `*`.
                var open = false
                for t in 0...n {
                    if reachable[t] { open = true }
                    if open { next[t] = true }
                    if t < n, token == .star, text[t] == "/" { open = false }
                }
            case .globstarFolders:
                var open = false
                for t in 0...n {
                    if reachable[t] { next[t] = true; open = true }
                    if open, t > 0, text[t - 1] == "/" { next[t] = true }
                }
            default:
                for t in 0..<n where reachable[t] && Glob.matchesOne(token, text[t]) {
                    next[t + 1] = true
                }
            }
            reachable = next
        }
        return reachable[n]
    }

    private static func matchesOne(_ token: Token, _ c: Unicode.Scalar) -> Bool {
        switch token {
        case .literal(let l): return l == c
        case .anyOne: return c != "/"
        case .set(let ranges, let negated):
            guard c != "/" else { return false }
            return ranges.contains { $0.contains(c) } != negated
        case .star, .globstar, .globstarFolders: return false
        }
    }
}
