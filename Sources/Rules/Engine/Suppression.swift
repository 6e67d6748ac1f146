import SeedanceDiagnostics
import SeedanceSpec

/// Inline suppression (CLI.md, Configuration): `# seedance-ignore: RULE[, RULE]` on a
/// line suppresses those rules' findings that start on that line; on a line of its own
/// it also covers the line below. A finding counts by the line of its span's start,
/// where the header and the underline point. An ignore that suppresses nothing is
/// reported (`unused-ignore`), and so is one that names no rule (`unknown-ignore-rule`).
enum Suppression {
    /// Applied by the linter after inherited findings are merged.
    static func apply(_ diagnostics: [Diagnostic], in file: SpecFile, severities: [String: Severity?]) -> [Diagnostic] {
        let source = file.source
        let roots = file.stream.documents.compactMap(\.root)
        guard IgnoreComments.mayContain(source.bytes) else { return diagnostics }
        let comments = IgnoreComments.scan(source, roots: roots)
        guard !comments.isEmpty else { return diagnostics }

        var byLine: [Int: [Int]] = [:]
        for (index, comment) in comments.enumerated() {
            for line in comment.lines { byLine[line, default: []].append(index) }
        }
        var used = comments.map { Array(repeating: false, count: $0.items.count) }
        var kept: [Diagnostic] = []
        for d in diagnostics {
            var suppressed = false
            for c in byLine[d.span.start.line] ?? [] {
                for (k, item) in comments[c].items.enumerated() where item.id == d.ruleID {
                    used[c][k] = true
                    suppressed = true
                }
            }
            if !suppressed { kept.append(d) }
        }
        let report = Reporter(source: source, severities: severities)
        for (c, comment) in comments.enumerated() {
            report.problems(of: comment, used: used[c], into: &kept)
        }
        return kept
    }

    /// Reports the ignore comments' own problems at the configured severities.
    private struct Reporter {
        let source: SourceFile
        let severities: [String: Severity?]
        let known = Set(RuleRegistry.ids)

        func problems(of comment: IgnoreComment, used: [Bool], into out: inout [Diagnostic]) {
            if comment.items.isEmpty {
                emit(UnknownIgnoreRuleRule.description, comment.keyword, "`seedance-ignore` names no rule",
                     help: "write `# seedance-ignore: RULE-ID` (several separated by commas); `seedance rules` lists the ids",
                     into: &out)
                return
            }
            let removable = comment.items.indices.filter { known.contains(comment.items[$0].id) && !used[$0] }
            let wholeComment = removable.count == comment.items.count
            for (k, item) in comment.items.enumerated() {
                if !known.contains(item.id) {
                    let help = Suggest.help(for: item.id, among: RuleRegistry.ids) ?? "`seedance rules` lists every rule id"
                    emit(UnknownIgnoreRuleRule.description, item.bytes, "`seedance-ignore` names no rule `\(item.id)`",
                         help: help, into: &out)
                } else if !used[k], severities[item.id] != .some(nil) {
                    let place = comment.ownLine ? "this line or the next" : "this line"
                    let fix = wholeComment ? removeComment(comment) : removeItem(k, of: comment)
                    emit(UnusedIgnoreRule.description, item.bytes,
                         "`seedance-ignore: \(item.id)` suppresses nothing: `\(item.id)` reports nothing on \(place)",
                         help: "remove it; the finding it was for is gone (or has moved to another line)",
                         fix: fix, into: &out)
                }
            }
        }

        private func emit(_ rule: RuleDescription, _ bytes: Range<Int>, _ message: String, help: String,
                          fix: TextEdit? = nil, into out: inout [Diagnostic]) {
            guard let severity = severities[rule.id] ?? rule.severity else { return }
            out.append(Diagnostic(ruleID: rule.id, severity: severity, message: message, path: source.path,
                                  span: span(bytes), help: help, fix: fix))
        }

        private func span(_ bytes: Range<Int>) -> Span {
            Span(start: source.position(ofOffset: bytes.lowerBound), end: source.position(ofOffset: bytes.upperBound))
        }

        /// The whole comment: its line, break included, when it stands alone; else the
        /// comment and the blanks before it.
        private func removeComment(_ comment: IgnoreComment) -> TextEdit {
            let starts = source.lineStarts
            if comment.ownLine {
                let start = starts[comment.line - 1]
                let end = comment.line < starts.count ? starts[comment.line] : source.bytes.count
                return TextEdit(span: span(start..<end), replacement: "")
            }
            var start = comment.bytes.lowerBound
            while start > 0, source.bytes[start - 1] == 0x20 || source.bytes[start - 1] == 0x09 { start -= 1 }
            return TextEdit(span: span(start..<comment.bytes.upperBound), replacement: "")
        }

        /// One id and the separator that goes with it.
        private func removeItem(_ k: Int, of comment: IgnoreComment) -> TextEdit {
            let items = comment.items
            let range = k > 0 ? items[k - 1].bytes.upperBound..<items[k].bytes.upperBound
                : items[k].bytes.lowerBound..<items[k + 1].bytes.lowerBound
            return TextEdit(span: span(range), replacement: "")
        }
    }
}
