/// The receipt dates of `--received FROM..TO`: both ends inclusive, either may be left out
/// (`2025-02-01..`, `..2025-02-28`). A bare date `YYYY-MM-DD` starts at 00:00:00 as FROM and
/// ends at 23:59:59 as TO (docs/data-contract.md sections 3.2 and 6.3); `YYYY-MM-DD HH:MM:SS` is exact.
public struct ReceivedRange: Sendable, Hashable, CustomStringConvertible {
    public var from: LocalDateTime?
    public var to: LocalDateTime?

    /// A range from `from` to `to`, inclusive.
    public init(from: LocalDateTime?, to: LocalDateTime?) {
        self.from = from
        self.to = to
    }

    /// Parses `FROM..TO`; nil when there is no `..`, an end is not a date, or FROM is after TO.
    public init?(parsing text: String) {
        guard let separator = text.range(of: "..") else { return nil }
        let fromText = String(text[..<separator.lowerBound])
        let toText = String(text[separator.upperBound...])
        guard !(fromText.isEmpty && toText.isEmpty) else { return nil }
        var from: LocalDateTime?
        if !fromText.isEmpty {
            let bytes = Array(fromText.utf8)
            guard let start = LocalDateTime.parseDate(bytes) ?? LocalDateTime.parse(bytes) else { return nil }
            from = start
        }
        var to: LocalDateTime?
        if !toText.isEmpty {
            guard let end = AsOfDate.parse(toText) else { return nil }
            to = end
        }
        if let from, let to, to < from { return nil }
        self.init(from: from, to: to)
    }

    /// True when `date` lies in the range.
    public func contains(_ date: LocalDateTime) -> Bool {
        (from.map { $0 <= date } ?? true) && (to.map { date <= $0 } ?? true)
    }

    /// `FROM..TO` with full datetimes, an open end left empty.
    public var description: String { "\(from?.description ?? "")..\(to?.description ?? "")" }
}
