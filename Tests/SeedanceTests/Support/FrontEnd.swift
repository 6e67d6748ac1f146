import SeedanceDiagnostics
import SeedanceRules
import SeedanceYAML

/// Short ways to read and lint text in tests, and to print positions compactly so that
/// an expectation reads like the editor's status bar: `LINE:COLUMN`, and `@OFFSET` for
/// the byte offset.
enum FrontEnd {
    static let linter = Linter()

    static func parse(_ text: String, path: String = "test.yaml") -> YAMLStream {
        YAMLParser.parse(SourceFile(path: path, text: text))
    }

    static func parse(bytes: [UInt8], path: String = "test.yaml") -> YAMLStream {
        YAMLParser.parse(SourceFile(path: path, bytes: bytes))
    }

    /// The root of the first document; nil when there is none.
    static func root(_ text: String) -> YAMLNode? {
        parse(text).documents.first?.root
    }

    static func lint(_ text: String, path: String = "test.yaml") -> [Diagnostic] {
        linter.lint(SourceFile(path: path, text: text)).diagnostics
    }

    static func lint(bytes: [UInt8], path: String = "test.yaml") -> [Diagnostic] {
        linter.lint(SourceFile(path: path, bytes: bytes)).diagnostics
    }

    /// `rule@LINE:COLUMN` of each diagnostic of the given rules (all when empty).
    static func findings(_ diagnostics: [Diagnostic], _ rules: String...) -> [String] {
        diagnostics.filter { rules.isEmpty || rules.contains($0.ruleID) }
            .map { "\($0.ruleID)@\($0.span.start.line):\($0.span.start.column)" }
    }

    /// The byte offset of the `occurrence`-th (from 1) appearance of `needle` in `text`,
    /// found in the UTF-8 bytes independently of SourceFile's line table.
    static func byteOffset(of needle: String, in text: String, occurrence: Int = 1) -> Int {
        let hay = Array(text.utf8), pin = Array(needle.utf8)
        var seen = 0
        var i = 0
        while i + pin.count <= hay.count {
            if Array(hay[i..<i + pin.count]) == pin {
                seen += 1
                if seen == occurrence { return i }
            }
            i += 1
        }
        return -1
    }
}

extension Position {
    /// `LINE:COLUMN@OFFSET`.
    var full: String { "\(line):\(column)@\(offset)" }
    /// `LINE:COLUMN`.
    var short: String { "\(line):\(column)" }
}

extension Span {
    /// `L:C@O-L:C@O`.
    var full: String { "\(start.full)-\(end.full)" }
    /// `L:C-L:C`.
    var short: String { "\(start.short)-\(end.short)" }
}

extension YAMLNode {
    /// The pair of a mapping by key.
    func pair(_ key: String) -> YAMLPair? { mapping?.first { $0.key == key } }

    /// The keys of a mapping in order.
    var keys: [String] { (mapping ?? []).map(\.key) }
}
