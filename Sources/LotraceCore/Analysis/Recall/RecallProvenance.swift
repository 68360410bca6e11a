/// Where a recall report's answers come from, so a printed copy can be trusted later: when it
/// was made, from which files (with their row accounting), how many done lines, the last move.
public struct RecallProvenance: Sendable, Hashable {
    /// One input file and what became of its rows.
    public struct File: Sendable, Hashable {
        public var name: String
        /// Roles read ("move_lines", "lots"...), "+"-joined.
        public var role: String
        public var read: Int
        public var used: Int
        public var skipped: Int
        public var rejected: Int
    }

    /// Wall-clock time the report was made, in `timeZone`.
    public var generated: LocalDateTime
    /// IANA time zone of `generated` and of every date in the exports (`lotrace.json`).
    public var timeZone: String
    public var files: [File]
    /// Done move lines read.
    public var moveLines: Int
    /// Date of the latest done move line; nil without lines.
    public var lastMoveDate: LocalDateTime?
    /// How long loading the data and computing the recall took; nil when not measured.
    public var elapsed: Duration?

    /// The provenance of a report on the data of `graph`.
    init(graph: TraceGraph, generated: LocalDateTime, timeZone: String) {
        let dataset = graph.dataset
        self.generated = generated
        self.timeZone = timeZone
        files = dataset.files.map { file in
            File(
                name: file.name, role: file.roles.map(\.rawValue).joined(separator: "+"), read: file.read,
                used: file.used, skipped: file.skipped, rejected: file.rejected.count)
        }
        moveLines = dataset.moveLines.count
        lastMoveDate = graph.lastMoveDate
        elapsed = nil
    }

    /// `elapsed` in seconds with 3 decimals ("0.412"); nil when not measured.
    public var elapsedSeconds: String? {
        guard let elapsed else { return nil }
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
