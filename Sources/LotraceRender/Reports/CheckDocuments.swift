import LotraceCore

/// `lotrace check`: the row accounting of a load (every file's rows read, used, skipped and
/// rejected, with positions and reasons), as text or JSON.
public struct CheckDocuments: Sendable {
    public let accounting: RowAccounting

    /// The accounting of `dataset`'s load.
    public init(dataset: Dataset) {
        accounting = RowAccounting(dataset: dataset)
    }

    /// The accounting in `format`.
    public func render(_ format: TextOrJSON) -> RenderedDocument { accounting.render(format) }
}

extension RowAccounting: TextAndJSONReport {}
