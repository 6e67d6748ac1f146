import SeedanceDiagnostics
import SeedanceSpec

/// Empty documents and files without any document are skipped, with a warning.
public struct EmptyDocumentRule: Rule {
    public static let description = RuleDescription(
        id: "empty-document", severity: .warning,
        summary: "An empty document, or a file with no document at all",
        description: """
        An empty document (a `---` with nothing after it) is skipped, and so is a file that \
        is empty or holds only comments; both are usually a leftover of editing. The warning \
        is at the document's `---`, or at the start of an empty file.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\n↓---\n"),
            Example("↓# only a comment\n"),
        ],
        nonTriggering: [
            Example("---\nmodel: seedance_2_0_pro\nprompt: a cat\n"),
        ])

    public init() {}

    public func check(file: SpecFile, _ context: inout RuleContext) {
        if file.stream.documents.isEmpty, file.stream.isComplete {
            let span = file.source.lineCount > 0 ? file.source.span(ofLine: 1) : Span(at: .start)
            context.report(Span(start: span.start, end: span.start.line == span.end.line ? span.end : span.start),
                           "the file has no document", help: "add a shot, or delete the file")
            return
        }
        for case .empty(let document) in file.documents {
            var end = document.start
            end.column += 3
            end.offset += 3
            context.report(Span(start: document.start, end: end), "empty document is skipped",
                           help: "remove the `---`, or put a shot under it")
        }
    }
}
