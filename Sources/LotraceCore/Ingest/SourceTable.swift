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
    /// Problems found in this record while reading it (schema violations, unsupported values):
    /// each rejects the row.
    public var issues: [SourceIssue]

    public init(line: Int, cells: [SourceCell?], issues: [SourceIssue] = []) {
        self.line = line
        self.cells = cells
        self.issues = issues
    }
}

/// A cell's text and where it stands.
public struct SourceCell: Sendable, Equatable {
    public var value: String
    public var line: Int
    public var column: Int

    public init(value: String, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

/// A problem in one record, with its position and a message that says what was expected.
public struct SourceIssue: Error, Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var message: String
    /// The rejection reason of the record (a schema violation unless said otherwise).
    public var reason: RejectionReason

    public init(line: Int, column: Int, message: String, reason: RejectionReason = .schemaViolation) {
        self.line = line
        self.column = column
        self.message = message
        self.reason = reason
    }
}
