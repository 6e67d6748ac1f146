import SeedanceEmitter

/// What apply will do with each shot, decided by the request hash and the state
/// (CLI.md): a new shot is submitted, a changed one resubmitted, an unchanged one left
/// alone, and one whose last create had an unknown outcome is reported, not resent.
public struct Plan: Sendable {
    public enum Action: Equatable, Sendable {
        case create      // +
        case resubmit    // ~
        case unchanged   // (blank)
        case unknown     // !

        var symbol: String {
            switch self {
            case .create: return "+"
            case .resubmit: return "~"
            case .unchanged: return " "
            case .unknown: return "!"
            }
        }

        public var submits: Bool { self == .create || self == .resubmit }
    }

    public struct Entry: Sendable {
        public var shot: BuiltShot
        /// The shot's spec path as the state stores it (relative to the state's folder).
        public var spec: String
        public var action: Action
        public var record: ShotRecord?
    }

    public var entries: [Entry]

    public static func make(shots: [BuiltShot], store: StateStore, force: Bool) -> Plan {
        Plan(entries: shots.map { shot in
            let spec = store.relative(shot.specPath)
            let record = store.record(spec: spec, name: shot.name)
            let action: Action
            switch record {
            case nil: action = .create
            case _? where force: action = .resubmit
            case let r? where r.isUnknown: action = .unknown
            case let r? where r.requestHash != shot.requestHash: action = .resubmit
            default: action = .unchanged
            }
            return Entry(shot: shot, spec: spec, action: action, record: record)
        })
    }

    public var toSubmit: [Entry] { entries.filter { $0.action.submits } }
    public var unknown: [Entry] { entries.filter { $0.action == .unknown } }

    /// The plan as printed before consent: one line per shot and a summary line.
    public func render() -> [String] {
        var lines: [String] = []
        for entry in entries {
            let place = "\(entry.shot.specPath):\(entry.shot.span.start.line)"
            lines.append("  \(entry.action.symbol) \(entry.shot.name) (\(place)): \(explanation(entry))")
        }
        let count = { (action: Action) in entries.filter { $0.action == action }.count }
        var summary = "Plan: \(count(.create)) to submit, \(count(.resubmit)) to resubmit, \(count(.unchanged)) unchanged"
        if count(.unknown) > 0 { summary += ", \(count(.unknown)) unknown (not resubmitted)" }
        lines.append(summary + ".")
        return lines
    }

    private func explanation(_ entry: Entry) -> String {
        let record = entry.record
        switch entry.action {
        case .create:
            return "new"
        case .resubmit:
            guard let record else { return "new" }
            if record.requestHash == entry.shot.requestHash { return "forced (last task \(record.taskID ?? "unknown"))" }
            return "changed (request \(record.requestHash.prefix(12)) -> \(entry.shot.requestHash.prefix(12)))"
        case .unchanged:
            let status = record?.status ?? "submitted"
            let downloaded = record?.isDownloaded == true ? ", downloaded" : ""
            return "unchanged (task \(record?.taskID ?? "?"), \(status)\(downloaded))"
        case .unknown:
            let when = record?.submittedAt.map { " at \($0)" } ?? ""
            return "unknown: a create was sent\(when) but its outcome is not known; a task may exist. "
                + "Check the provider's console, then `seedance apply --force` to submit again"
        }
    }
}
