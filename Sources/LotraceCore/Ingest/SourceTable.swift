import LotraceDiagnostics

/// A table read from a non-CSV input (an XML file): a header of column names and rows of cells,
/// the same shape as a CSV file, so one set of column maps and row decoders serves every format.
public struct SourceTable: Sendable, Equatable {
    /// Column names: Odoo technical field names (`product_id`, `lot_id`), with `/id` appended
    /// for a column that holds external ids (`product_id/id`), and `id` for the record's own id.
    public var header: [String]
    /// Line of the element that opened the table (the header's "line").
    public var line: Int
    /// The Odoo model the rows belong to (`stock.lot`), when the format says; it decides the role.
    public var model: String?
    public var rows: [SourceRow]

    public init(header: [String], line: Int, model: String?, rows: [SourceRow]) {
        self.header = header
        self.line = line
        self.model = model
        self.rows = rows
    }
}

/// One record of a `SourceTable`.
public struct SourceRow: Sendable, Equatable {
    /// Line where the record starts.
    public var line: Int
    /// Aligned with the table's header; nil where the record has no such field.
    public var cells: [SourceCell?]
    /// Problems found in this record while reading it (schema violations, unsupported values)
    /// or linking it (refs naming no record): each rejects the row, the first gives its reason.
    public var issues: [RecordIssue]

    public init(line: Int, cells: [SourceCell?], issues: [RecordIssue] = []) {
        self.line = line
        self.cells = cells
        self.issues = issues
    }
}

/// A cell's text and where it stands.
public struct SourceCell: Sendable, Equatable {
    public var value: String
    public var position: SourcePosition

    public init(value: String, at position: SourcePosition) {
        self.value = value
        self.position = position
    }
}

/// A problem that rejects one record: where and what, and the reason its row is rejected for
/// (a schema violation unless said otherwise, such as a ref that names no record).
public struct RecordIssue: Error, Sendable, Equatable, CustomStringConvertible {
    public var diagnostic: Diagnostic
    public var reason: RejectionReason

    public init(_ diagnostic: Diagnostic, reason: RejectionReason = .schemaViolation) {
        self.diagnostic = diagnostic
        self.reason = reason
    }

    /// `position: message`.
    public var description: String { diagnostic.description }

    /// The rejection of the record's row.
    var rejection: RowRejection { RowRejection(at: diagnostic.position, reason: reason, message: diagnostic.message) }
}
