import SeedanceDiagnostics

/// libyaml's error texts say what its parser expected ("did not find expected ',' or
/// ']'"); this turns the common ones into what a person fixes, at the place to fix it
/// (the opening quote of an unclosed string, not the end of the file).
struct SyntaxErrorText {
    var message: String
    /// Whether the error belongs at libyaml's context mark (where the unclosed thing
    /// starts) rather than at its problem mark.
    var atContext: Bool
    var help: String?

    static func explain(problem: String, context: String?, contextAt: Position?) -> SyntaxErrorText? {
        let opened = contextAt.map { "line \($0.line), column \($0.column)" } ?? "above"
        switch (problem, context ?? "") {
        case ("found unexpected end of stream", "while scanning a quoted scalar"):
            return SyntaxErrorText(message: "unclosed quoted string", atContext: true,
                                   help: "the string that starts here runs to the end of the file: add the closing quote")
        case ("did not find expected ',' or ']'", _):
            return SyntaxErrorText(message: "expected `,` or `]` in the list opened at \(opened)", atContext: false,
                                   help: "close the list with `]`, or put a `,` between its items")
        case ("did not find expected ',' or '}'", _):
            return SyntaxErrorText(message: "expected `,` or `}` in the mapping opened at \(opened)", atContext: false,
                                   help: "close the mapping with `}`, or put a `,` between its entries")
        case ("did not find expected node content", _):
            return SyntaxErrorText(message: "expected a value here", atContext: false,
                                   help: "a `[` or `{` without its closing bracket, or a `,` with nothing after it?")
        case ("mapping values are not allowed in this context", _):
            return SyntaxErrorText(message: "unexpected `:` here", atContext: false,
                                   help: "a plain value cannot contain `: `: quote the value; or, if this line is a key, indent it like the keys above it")
        case ("did not find expected key", _):
            return SyntaxErrorText(message: "expected a key at this indentation (the mapping starts at \(opened))",
                                   atContext: false, help: "check this line's indentation, or quote a value that starts with `[`, `{`, `*` or `&`")
        case ("could not find expected ':'", _):
            return SyntaxErrorText(message: "a key without `:`", atContext: true,
                                   help: "write `key: value`; a line that continues a value must be indented more than its key")
        case ("did not find expected '-' indicator", _):
            return SyntaxErrorText(message: "expected a `- ` list item at this indentation (the list starts at \(opened))",
                                   atContext: false, help: "check this line's indentation")
        case ("did not find expected alphabetic or numeric character", "while scanning an alias"),
             ("did not find expected alphabetic or numeric character", "while scanning an anchor"):
            let sign = context == "while scanning an alias" ? "*" : "&"
            return SyntaxErrorText(message: "`\(sign)` must be followed by a name", atContext: true,
                                   help: "write `\(sign)name`, or quote the value if `\(sign)` is meant as text")
        default:
            return nil
        }
    }
}
