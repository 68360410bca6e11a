import LotraceCore

/// The dates shown on a lot page: each known date, whether the site's date reached it, and
/// where it came from (the lots export, or Odoo's formula and its base).
enum LotDateRows {
    /// The rows of `lot`'s dates, in `LotDateKind` order, dates without a value left out.
    static func rows(of lot: LotID, dates book: LotDateBook, asOf: LocalDateTime) -> [LotPage.DateRow] {
        let dates = book[lot]
        return LotDateKind.allCases.compactMap { kind in
            guard let date = dates[kind], let value = date.value else { return nil }
            return LotPage.DateRow(
                label: kind.label, value: DisplayFormat.dateTime(value), reached: value <= asOf,
                origin: date.origin.explanation)
        }
    }
}
