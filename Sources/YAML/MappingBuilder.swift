import SeedanceDiagnostics

/// Turns the alternating key and value nodes of a mapping into pairs: checks that keys are
/// strings and unique, and applies merge keys (`<<: *a`, `<<: [*a, *b]`) as YAML 1.1's
/// merge type does: keys written in the mapping win over merged ones, and among merged
/// mappings the earlier one wins.
struct MappingBuilder {
    let source: SourceFile
    let children: [YAMLNode]

    /// Mappings with more keys than this use a dictionary to find duplicates.
    private static let linearSearchLimit = 16

    func build(into diagnostics: inout [Diagnostic]) -> [YAMLPair] {
        var pairs: [YAMLPair] = []
        pairs.reserveCapacity(children.count / 2)
        var merges: [(keySpan: Span, value: YAMLNode)] = []
        var index: [String: Span] = [:]
        let useIndex = children.count / 2 > MappingBuilder.linearSearchLimit

        var i = 0
        while i + 1 < children.count {
            let keyNode = children[i], value = children[i + 1]
            i += 2
            guard let key = keyString(keyNode, into: &diagnostics) else { continue }
            if isMergeKey(keyNode) {
                merges.append((keyNode.span, value))
                continue
            }
            let earlier = useIndex ? index[key] : pairs.first(where: { $0.key == key })?.keyNode.span
            if let earlier {
                diagnostics.append(Diagnostic(
                    ruleID: FrontEndRuleID.duplicateKey, severity: .error,
                    message: "duplicate key `\(MessageText.excerpt(key))` in this mapping",
                    path: source.path, span: keyNode.span,
                    help: "`\(MessageText.excerpt(key))` is already set at line \(earlier.start.line), column \(earlier.start.column); keep one of them"))
                continue
            }
            if useIndex { index[key] = keyNode.span }
            pairs.append(YAMLPair(key: key, keyNode: keyNode, value: value))
        }
        if !merges.isEmpty {
            // Merged mappings can bring many keys into a small mapping: switch to the
            // dictionary then, or finding each merged key would be quadratic.
            var indexed = useIndex
            if !indexed, pairs.count + mergedKeyCount(merges) > MappingBuilder.linearSearchLimit {
                for pair in pairs { index[pair.key] = pair.keyNode.span }
                indexed = true
            }
            applyMerges(merges, to: &pairs, index: &index, useIndex: indexed, &diagnostics)
        }
        return pairs
    }

    private func applyMerges(_ merges: [(keySpan: Span, value: YAMLNode)], to pairs: inout [YAMLPair],
                             index: inout [String: Span], useIndex: Bool, _ diagnostics: inout [Diagnostic]) {
        for merge in merges {
            let sources: [YAMLNode]
            switch merge.value.resolved.content {
            case .mapping: sources = [merge.value]
            case .sequence(let items): sources = items
            default:
                diagnostics.append(mergeError(merge.value))
                continue
            }
            for mergeSource in sources {
                guard let merged = mergeSource.mapping else {
                    // An item of an aliased list is written far away: point at the alias.
                    diagnostics.append(mergeError(mergeSource, at: merge.value.isAlias ? merge.value.span : nil))
                    continue
                }
                for pair in merged {
                    let present = useIndex ? index[pair.key] != nil : pairs.contains(where: { $0.key == pair.key })
                    if present { continue }
                    if useIndex { index[pair.key] = pair.keyNode.span }
                    var copy = pair
                    copy.mergedAt = copy.mergedAt ?? merge.keySpan
                    pairs.append(copy)
                }
            }
        }
    }

    private func mergedKeyCount(_ merges: [(keySpan: Span, value: YAMLNode)]) -> Int {
        var count = 0
        for merge in merges {
            switch merge.value.resolved.content {
            case .mapping(let pairs): count += pairs.count
            case .sequence(let items): for item in items { count += item.mapping?.count ?? 0 }
            default: break
            }
        }
        return count
    }

    private func mergeError(_ node: YAMLNode, at span: Span? = nil) -> Diagnostic {
        Diagnostic(ruleID: FrontEndRuleID.mergeKey, severity: .error,
                   message: "a merge key `<<` takes a mapping or a list of mappings, not \(node.kindName)",
                   path: source.path, span: span ?? node.span,
                   help: "write `<<: *anchor` or `<<: [*a, *b]` where each anchor names a mapping")
    }

    private func isMergeKey(_ node: YAMLNode) -> Bool {
        guard let scalar = node.scalar, scalar.text == "<<" else { return false }
        return (scalar.style == .plain && node.tag == nil) || node.tag == CoreSchema.mergeTag
    }

    /// The key's text, or nil (after a diagnostic) when the key is not a string.
    private func keyString(_ node: YAMLNode, into diagnostics: inout [Diagnostic]) -> String? {
        guard let scalar = node.scalar else {
            diagnostics.append(Diagnostic(
                ruleID: FrontEndRuleID.keyNotString, severity: .error,
                message: "a mapping key must be a string, not \(node.kindName)",
                path: source.path, span: node.span,
                help: "spec keys are plain names such as `prompt` or `duration`"))
            return nil
        }
        if scalar.value == .string || isMergeKey(node) { return scalar.text }
        let shown = scalar.text.isEmpty ? "an empty key" : "the key `\(MessageText.excerpt(scalar.text))`"
        diagnostics.append(Diagnostic(
            ruleID: FrontEndRuleID.keyNotString, severity: .error,
            message: "\(shown) is \(scalar.value.typeName), not a string",
            path: source.path, span: node.span,
            help: scalar.text.isEmpty ? "write a key name before the `:`" : "quote it if it is meant as a name: \"\(scalar.text)\""))
        return nil
    }
}
