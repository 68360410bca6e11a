/// A long table cut for reading: the first rows shown, the rest inside a `<details>` element
/// (collapsible without JavaScript), so a lot delivered to 3,000 customers still opens on a
/// readable page.
struct CollapsedRows<Row: Sendable & Encodable>: Sendable, Encodable {
    /// Rows shown at first.
    static var visibleLimit: Int { 100 }

    var visible: [Row]
    var hidden: [Row]
    /// True when there are hidden rows.
    var hasHidden: Bool
    /// "Show 2,900 more rows".
    var summary: String
    /// True when there is no row at all.
    var isEmpty: Bool

    init(_ rows: [Row]) {
        visible = Array(rows.prefix(Self.visibleLimit))
        hidden = Array(rows.dropFirst(Self.visibleLimit))
        hasHidden = !hidden.isEmpty
        summary = "Show \(DisplayFormat.count(hidden.count, "more row"))"
        isEmpty = rows.isEmpty
    }
}
