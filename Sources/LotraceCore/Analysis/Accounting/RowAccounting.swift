/// The row accounting of a load: per file, rows read, used, skipped and rejected, with every
/// rejection's position and reason, and the refusals (`lotrace check`).
public struct RowAccounting: Sendable {
    public var files: [InputFile]
    public var refusals: [FileRefusal]

    public init(dataset: Dataset) {
        files = dataset.files
        refusals = dataset.refusals
    }

    public var totalRead: Int { files.reduce(0) { $0 + $1.read } }
    public var totalUsed: Int { files.reduce(0) { $0 + $1.used } }
    public var totalSkipped: Int { files.reduce(0) { $0 + $1.skipped } }
    public var totalRejected: Int { files.reduce(0) { $0 + $1.rejected.count } }
}
