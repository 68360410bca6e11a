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
        var rows: CollapsedRows<Row>
    }

    /// One rejected row.
    struct Row: Sendable, Encodable {
        var line: Int
        var column: Int
        var reason: String
        var message: String
    }

    /// The anchor of the file at `index` in `Dataset.files`.
    static func anchor(file index: Int) -> String { "file-\(index)" }

    /// The rejected rows of `files`, framed by `frame`.
    init(files: [InputFile], frame: PageFrame) {
        self.frame = frame
        self.files = files.enumerated().compactMap { index, file in
            file.rejected.isEmpty
                ? nil
                : File(
                    anchor: Self.anchor(file: index), name: file.name,
                    rows: CollapsedRows(
                        file.rejected.map {
                            Row(line: $0.position.line, column: $0.position.column, reason: $0.reason.rawValue, message: $0.message)
                        }))
        }
        total = DisplayFormat.count(files.reduce(0) { $0 + $1.rejected.count }, "rejected row")
    }
}
