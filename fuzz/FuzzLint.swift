// libFuzzer entry point over the whole lint path: bytes -> SourceFile -> YAML front end
// -> spec model -> every rule -> both output formats. Built by fuzz/build.sh, outside
// Package.swift (a fuzz target needs -sanitize=fuzzer to link, and pre-commit builds
// every package target in plain release mode).
import SeedanceDiagnostics
import SeedanceFormats
import SeedanceRules

let linter = Linter()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // Raw API bodies are `.json` files, linted as a single shot: try both readings.
    let path = bytes.first == UInt8(ascii: "{") ? "fuzz.json" : "fuzz.yaml"
    let source = SourceFile(path: path, bytes: bytes)
    let result = linter.lint(source)
    for d in result.diagnostics { checkSpan(d, source) }
    let report = DiagnosticReport(fileCount: 1, diagnostics: result.diagnostics, sources: [path: source])
    _ = HumanFormatter(color: true).render(report)
    _ = JSONFormatter().render(report)
    return 0
}

/// Every diagnostic points into the file, its start before its end, and its line and
/// column say the same place as its byte offset.
func checkSpan(_ d: Diagnostic, _ source: SourceFile) {
    let span = d.span
    precondition(span.start.line >= 1 && span.start.column >= 1, "\(d.ruleID): position before 1:1: \(span)")
    precondition(span.start.offset <= span.end.offset, "\(d.ruleID): start after end: \(span)")
    precondition(span.end.offset <= source.bytes.count + 1, "\(d.ruleID): span past the end of the file: \(span)")
    precondition(!(span.end < span.start), "\(d.ruleID): end line/column before start: \(span)")
    if span.start.offset < source.bytes.count {
        let p = source.position(ofOffset: span.start.offset)
        precondition(p.line == span.start.line && p.column == span.start.column,
                     "\(d.ruleID): \(span.start) but its offset is at \(p.line):\(p.column)")
    }
}
