import LotraceCore

/// `rejections.html`: every rejected input row, per file, with line, column, reason and message.
struct RejectionsPage: Sendable, Encodable {
    static let path = "rejections.html"

    var frame: PageFrame
    var total: String
    var files: [File]

    /// A file's rejected rows.
    struct File: Sendable, Encodable {
        var anchor: String
        var name: String
        var rows: TableExcerpt<Row>
    }

    /// One rejected row.
    struct Row: Sendable, Encodable {
        var line: Int
        var column: Int
        var reason: String
        var message: String
    }

    /// The row of one rejection.
    static func row(_ rejection: RowRejection) -> Row {
        Row(
            line: rejection.position.line, column: rejection.position.column, reason: rejection.reason.rawValue,
            message: rejection.message)
    }

    /// The anchor of the file at `index` in `Dataset.files`.
    static func anchor(file index: Int) -> String { "file-\(index)" }

    /// The rejected rows of `files`, framed by `frame`; `moreHref` gives the list of a file's
    /// rejected rows (by its index) when there are more than the page shows.
    init(files: [InputFile], frame: PageFrame, moreHref: (Int) -> String?) {
        self.frame = frame
        self.files = files.enumerated().compactMap { index, file in
            file.rejected.isEmpty
                ? nil
                : File(
                    anchor: Self.anchor(file: index), name: file.name,
                    rows: TableExcerpt(total: file.rejected.count, moreHref: moreHref(index)) { Self.row(file.rejected[$0]) })
        }
        total = DisplayFormat.count(files.reduce(0) { $0 + $1.rejected.count }, "rejected row")
    }
}
