import LotraceDiagnostics

/// Where one lot date came from: the lots export, or Odoo 16+'s formulas (docs/data-contract.md section 4.1).
public enum LotDateOrigin: Sendable, Hashable {
    /// The lot's row in the lots export (the cell may be empty: the lot then has no such date).
    case export(SourcePosition)
    /// Expiration = the receipt's Scheduled Date + the product's Expiration Date days.
    case receiptScheduledDate(reference: String, base: LocalDateTime, days: Int)
    /// Expiration = the date of the line that brought the lot in (a receipt without a scheduled
    /// date, a production, an inventory adjustment) + the product's Expiration Date days.
    case firstLineDate(reference: String, base: LocalDateTime, days: Int)
    /// Best before, removal or alert = the expiration - the product's days (0 or empty = the
    /// expiration itself).
    case expirationMinus(days: Int)

    /// True for a date read from the lots export.
    public var isExported: Bool {
        if case .export = self { return true }
        return false
    }

    /// One line a warehouse manager understands: "lots export (stock.lot.csv line 12)",
    /// "computed: Scheduled Date of WH/IN/00003 (2025-01-06 08:00:00) + 240 days".
    public var explanation: String {
        switch self {
        case .export(let position):
            "lots export (\(position.file) line \(position.line))"
        case .receiptScheduledDate(let reference, let base, let days):
            "computed: Scheduled Date of \(reference) (\(base)) + \(days) days"
        case .firstLineDate(let reference, let base, let days):
            "computed: date of the first line \(reference) (\(base)) + \(days) days"
        case .expirationMinus(let days):
            days == 0 ? "computed: the expiration date itself" : "computed: expiration date - \(days) days"
        }
    }
}
