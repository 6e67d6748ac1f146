import CYAML
import SeedanceDiagnostics

/// Reads a YAML stream with libyaml's event parser into `YAMLNode` trees with exact spans.
///
/// The tree is built with an explicit stack, never by recursion, so a deeply nested file
/// cannot overflow the call stack; past the depth limit the rest of the document is read
/// and dropped. Every bad input becomes a diagnostic at the position where it happens.
public enum YAMLParser {
    public static func parse(_ source: SourceFile) -> YAMLStream {
        if let problem = Prescan.firstProblem(in: source) {
            return YAMLStream(documents: [], diagnostics: [problem], isComplete: false)
        }
        let builder = TreeBuilder(source: source)
        builder.run()
        return YAMLStream(documents: builder.documents, diagnostics: builder.diagnostics,
                          isComplete: builder.isComplete)
    }
}

/// An open collection on the builder's stack.
private struct Frame {
    var isMapping: Bool
    var start: Position
    var tag: String?
    var anchor: String?
    var isFlow: Bool
    var children: [YAMLNode] = []
    var aliasCost = 0
    var expandedSize = 1
}

private final class TreeBuilder {
    let source: SourceFile
    var documents: [YAMLDocument] = []
    var diagnostics: [Diagnostic] = []
    var isComplete = true

    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]
    private var root: YAMLNode?
    private var documentStart = Position.start
    private var documentIsExplicit = false
    private var aliasExpansions = 0
    private var expandedNodes = 0
    /// Set after a limit error: the rest of the document is read and dropped.
    private var skippingDocument = false
    /// Set after a depth error: libyaml checks every open flow level on every token, so
    /// reading on through a hostile `[[[[...` of 100 000 levels would take minutes.
    private var stopReading = false

    init(source: SourceFile) {
        self.source = source
    }

    func run() {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else {
            fail(rule: FrontEndRuleID.syntax, "libyaml could not start (out of memory)", at: Span(at: .start))
            return
        }
        defer { yaml_parser_delete(&parser) }
        var empty: UInt8 = 0
        source.bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress ?? withUnsafePointer(to: &empty) { $0 }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) != 0 else {
                    reportParserError(parser)
                    return
                }
                let done = event.type == YAML_STREAM_END_EVENT
                handle(&event)
                yaml_event_delete(&event)
                if done || stopReading { return }
            }
        }
    }

    // MARK: Events

    private func handle(_ event: inout yaml_event_t) {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            startDocument(at: position(event.start_mark), explicit: event.data.document_start.implicit == 0)
        case YAML_DOCUMENT_END_EVENT:
            endDocument()
        case _ where skippingDocument:
            return
        case YAML_SCALAR_EVENT:
            scalar(event)
        case YAML_ALIAS_EVENT:
            alias(event)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            open(isMapping: false, event, anchor: data.anchor, tag: data.tag,
                 isFlow: data.style == YAML_FLOW_SEQUENCE_STYLE)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            open(isMapping: true, event, anchor: data.anchor, tag: data.tag,
                 isFlow: data.style == YAML_FLOW_MAPPING_STYLE)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close(end: position(event.end_mark))
        default:
            return
        }
    }

    private func startDocument(at start: Position, explicit: Bool) {
        stack.removeAll()
        anchors.removeAll()
        root = nil
        documentStart = start
        documentIsExplicit = explicit
        aliasExpansions = 0
        expandedNodes = 0
        skippingDocument = false
    }

    private func endDocument() {
        documents.append(YAMLDocument(root: skippingDocument ? nil : root, start: documentStart,
                                      hasExplicitStart: documentIsExplicit, index: documents.count))
        stack.removeAll()
        anchors.removeAll()
        skippingDocument = false
    }

    /// Checks the depth a new node would have; false (after a diagnostic) when too deep.
    private func enterNode(at start: Position) -> Bool {
        guard stack.count + 1 > YAMLLimits.maxDepth else { return true }
        fail(rule: FrontEndRuleID.depthLimit,
             "nesting deeper than \(YAMLLimits.maxDepth) levels",
             at: Span(at: start),
             help: "a spec needs a few levels; this file is probably generated wrongly or hostile (the rest of the file is not read)")
        stopReading = true
        return false
    }

    private func scalar(_ event: yaml_event_t) {
        let data = event.data.scalar
        var span = Span(start: position(event.start_mark), end: position(event.end_mark))
        guard enterNode(at: span.start) else { return }
        let text = string(data.value, length: data.length)
        let style = scalarStyle(data.style)
        if style.isBlock { span.end = trimmedEnd(span) }
        let tag = data.tag.map { String(cString: $0) }
        var value = CoreSchema.value(of: text, style: style, tag: tag)
        if value == nil {
            diagnostics.append(Diagnostic(
                ruleID: FrontEndRuleID.tagMismatch, severity: .error,
                message: "`\(MessageText.excerpt(text))` is not a valid value for the tag \(shortTag(tag!))",
                path: source.path, span: span, help: "remove the tag or change the value"))
            value = .string
        }
        let node = YAMLNode(content: .scalar(Scalar(text: text, style: style, value: value!)), span: span,
                            tag: tag, anchor: data.anchor.map { String(cString: $0) })
        attach(node)
    }

    private func alias(_ event: yaml_event_t) {
        let span = Span(start: position(event.start_mark), end: position(event.end_mark))
        guard enterNode(at: span.start) else { return }
        let name = String(cString: event.data.alias.anchor)
        guard let target = anchors[name] else {
            fail(rule: FrontEndRuleID.unknownAnchor, "alias `*\(name)` refers to no anchor defined before it",
                 at: span, help: "define `&\(name)` on a node earlier in the same document", dropDocument: false)
            attach(YAMLNode(content: .scalar(Scalar(text: "", style: .plain, value: .null)), span: span,
                            tag: nil, anchor: nil))
            return
        }
        let cost = 1 + target.aliasCost
        aliasExpansions += cost
        expandedNodes += target.expandedSize
        if aliasExpansions > YAMLLimits.maxAliasExpansions || expandedNodes > YAMLLimits.maxExpandedNodes {
            let what = aliasExpansions > YAMLLimits.maxAliasExpansions
                ? "more than \(YAMLLimits.maxAliasExpansions) alias expansions in one document"
                : "aliases expand this document to more than \(YAMLLimits.maxExpandedNodes) nodes"
            fail(rule: FrontEndRuleID.aliasLimit, what, at: span,
                 help: "aliases that refer to aliases multiply (a \"billion laughs\" file); write the values out or use fewer levels")
            return
        }
        attach(YAMLNode(content: .alias(target), span: span, tag: nil, anchor: nil,
                        aliasCost: cost, expandedSize: target.expandedSize))
    }

    private func open(isMapping: Bool, _ event: yaml_event_t, anchor: UnsafeMutablePointer<yaml_char_t>?,
                      tag: UnsafeMutablePointer<yaml_char_t>?, isFlow: Bool) {
        let start = position(event.start_mark)
        guard enterNode(at: start) else { return }
        stack.append(Frame(isMapping: isMapping, start: start, tag: tag.map { String(cString: $0) },
                           anchor: anchor.map { String(cString: $0) }, isFlow: isFlow))
    }

    private func close(end flowEnd: Position) {
        guard let frame = stack.popLast() else { return }
        let end = frame.isFlow ? flowEnd : (frame.children.last?.span.end ?? frame.start)
        let span = Span(start: frame.start, end: end)
        let content: YAMLNode.Content = frame.isMapping
            ? .mapping(MappingBuilder(source: source, children: frame.children).build(into: &diagnostics))
            : .sequence(frame.children)
        attach(YAMLNode(content: content, span: span, tag: frame.tag, anchor: frame.anchor, isFlow: frame.isFlow,
                        aliasCost: frame.aliasCost, expandedSize: frame.expandedSize))
    }

    private func attach(_ node: YAMLNode) {
        if let anchor = node.anchor { anchors[anchor] = node }
        guard !stack.isEmpty else {
            root = node
            return
        }
        stack[stack.count - 1].children.append(node)
        stack[stack.count - 1].aliasCost += node.aliasCost
        stack[stack.count - 1].expandedSize += node.expandedSize
    }

    // MARK: Errors

    private func fail(rule: String, _ message: String, at span: Span, help: String? = nil,
                      dropDocument: Bool = true) {
        diagnostics.append(Diagnostic(ruleID: rule, severity: .error, message: message, path: source.path,
                                      span: span, help: help))
        isComplete = false
        if dropDocument {
            skippingDocument = true
            stack.removeAll()
        }
    }

    private func reportParserError(_ parser: yaml_parser_t) {
        isComplete = false
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        switch parser.error {
        case YAML_READER_ERROR:
            let start = source.position(ofOffset: parser.problem_offset)
            let value = parser.problem_value
            let detail = value >= 0 && problem.contains("control")
                ? "control character U+\(hex4(Int(value))) is not allowed in YAML" : problem
            fail(rule: FrontEndRuleID.encoding, detail, at: Span(start: start, end: advance(start)),
                 help: "remove the character, or write it as an escape in a double-quoted string")
        case YAML_MEMORY_ERROR:
            fail(rule: FrontEndRuleID.syntax, "libyaml ran out of memory", at: Span(at: .start))
        default:
            let start = position(parser.problem_mark)
            let span = Span(start: start, end: advance(start))
            let context = parser.context.map { String(cString: $0) }
            let contextAt = context == nil ? nil : position(parser.context_mark)
            if isTab(at: start) || problem.contains("tab") {
                fail(rule: FrontEndRuleID.tabIndentation, "tab character used for indentation", at: span,
                     help: "YAML indents with spaces only; replace the tab with spaces")
            } else if let text = SyntaxErrorText.explain(problem: problem, context: context, contextAt: contextAt) {
                let at = text.atContext ? (contextAt ?? start) : start
                fail(rule: FrontEndRuleID.syntax, "YAML syntax error: \(text.message)", at: Span(start: at, end: advance(at)),
                     help: text.help)
            } else {
                let help = context.map { "libyaml: \($0) at line \(contextAt!.line), column \(contextAt!.column)" }
                fail(rule: FrontEndRuleID.syntax, "YAML syntax error: \(problem)", at: span, help: help)
            }
        }
    }

    // MARK: Positions

    private func position(_ mark: yaml_mark_t) -> Position {
        let line = Int(mark.line) + 1
        let column = Int(mark.column) + 1
        let offset = source.isASCII ? source.bomLength + Int(mark.index) : source.offset(line: line, column: column)
        return Position(line: line, column: column, offset: offset)
    }

    /// The position one character after `p`, for an error that points at one character.
    private func advance(_ p: Position) -> Position {
        guard p.offset < source.bytes.count else { return p }
        let length = SourceFile.scalarLength(leadingByte: source.bytes[p.offset])
        return Position(line: p.line, column: p.column + 1, offset: p.offset + length)
    }

    private func isTab(at p: Position) -> Bool {
        p.offset < source.bytes.count && source.bytes[p.offset] == 0x09
    }

    /// A block scalar's end without the line breaks and spaces libyaml counts into it.
    private func trimmedEnd(_ span: Span) -> Position {
        var end = min(span.end.offset, source.bytes.count)
        while end > span.start.offset {
            let b = source.bytes[end - 1]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { break }
            end -= 1
        }
        return end == span.end.offset ? span.end : source.position(ofOffset: end)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private func scalarStyle(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}

func shortTag(_ tag: String) -> String {
    let prefix = "tag:yaml.org,2002:"
    return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
}

func hex4(_ value: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
