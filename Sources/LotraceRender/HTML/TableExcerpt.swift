/// The first rows of a table that may be long, with a link to the whole table: a page shows at
/// most `limit` rows of it, so no page grows without bound with the data (a flour lot that went
/// into 3,000 deliveries still opens as a page of a few hundred kilobytes).
struct TableExcerpt<Row: Sendable & Encodable>: Sendable, Encodable {
    /// The most rows a page shows of one table.
    static var limit: Int { 100 }

    /// The rows shown (at most `limit`).
    var rows: [Row]
    var isEmpty: Bool
    /// True when the table has more rows than shown.
    var hasMore: Bool
    /// "the first 100 of 2,345 rows".
    var summary: String
    /// Where the whole table is; nil when every row is shown.
    var moreHref: String?

    /// The excerpt of a table of `total` rows whose first ones `row` makes (it is called for at
    /// most `limit` indices), the whole table at `moreHref` when it is longer.
    init(total: Int, limit: Int = Self.limit, moreHref: String?, row: (Int) -> Row) {
        rows = (0..<min(total, limit)).map(row)
        isEmpty = total == 0
        hasMore = total > limit
        summary = "the first \(DisplayFormat.grouped(min(total, limit))) of \(DisplayFormat.count(total, "row"))"
        self.moreHref = hasMore ? moreHref : nil
    }

    /// The excerpt of `all`.
    init(_ all: [Row], limit: Int = Self.limit, moreHref: String?) {
        self.init(total: all.count, limit: limit, moreHref: moreHref) { all[$0] }
    }
}
