/// What `SampleSet.write(to:)` wrote: data rows (CSV) or records (XML) per file.
public struct SampleSummary: Sendable, Equatable {
    /// (file name, rows), in writing order.
    public let files: [(name: String, rows: Int)]

    /// Rows of one file, or nil if it was not written.
    public func rows(of name: String) -> Int? {
        files.first { $0.name == name }?.rows
    }

    /// Equal when the same files hold the same row counts.
    public static func == (a: SampleSummary, b: SampleSummary) -> Bool {
        a.files.map(\.name) == b.files.map(\.name) && a.files.map(\.rows) == b.files.map(\.rows)
    }
}
