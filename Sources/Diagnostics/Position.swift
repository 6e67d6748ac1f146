/// A place in a source file. Lines and columns are 1-based; a column counts Unicode
/// scalars (characters as libyaml counts them), not bytes; `offset` is the byte offset
/// from the start of the file (a leading byte-order mark included).
public struct Position: Hashable, Comparable, Sendable {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The start of a file: line 1, column 1, byte 0.
    public static let start = Position(line: 1, column: 1, offset: 0)

    public static func < (a: Position, b: Position) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A half-open range of source text: `start` is the first character, `end` is just past
/// the last one.
public struct Span: Hashable, Sendable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    /// An empty span at one position.
    public init(at position: Position) {
        self.init(start: position, end: position)
    }
}
