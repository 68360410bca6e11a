/// A move-line row after the first phase of decoding, which needs no master data: cells interned
/// (ids into `MoveLineCells`), date, quantity and status parsed, row-level problems found.
struct PreparedMoveLine {
    var line: Int32
    var date: LocalDateTime
    var quantity: Quantity
    /// Interned cell ids; -1 when the column is absent or (lot) empty.
    var product: Int32
    var lot: Int32
    var from: Int32
    var to: Int32
    var reference: Int32
    var unit: Int32
    var status: Int32
    /// The Transfer cell, else the Reference cell (both name a transfer).
    var transfer: Int32
    var company: Int32
    /// The first problem found in this phase (index into the table's `problems`), or -1.
    var problem: Int32
    /// Rare columns (external ids, usage, consume links), index into the table's `extras`, or -1.
    var extra: Int32
}

/// A problem found while preparing a row, with its place in the order of checks: a row-level
/// problem (quoting, column count, bytes, duplicate) rejects at once; a value problem rejects
/// only if no check earlier in `MoveLineCheck` order fails in the second phase.
struct PreparedProblem {
    var check: MoveLineCheck
    var rejection: RowRejection
}

/// The order in which a move line's values are checked; the first failing check is reported.
enum MoveLineCheck: Int, Comparable {
    /// `lot`: a lot given only by an external id that names no lot (its record was rejected).
    case row, date, product, from, to, quantity, status, lot

    static func < (a: MoveLineCheck, b: MoveLineCheck) -> Bool { a.rawValue < b.rawValue }
}

/// Cells of a move line that most exports lack: external ids (Odoo XML `ref` fields,
/// `product_id/id` columns), location usage columns and explicit consume/produce links.
struct MoveLineExtras {
    var productExternalID: String?
    var lotExternalID: String?
    var fromExternalID: String?
    var toExternalID: String?
    var transferExternalID: String?
    var fromUsage: LocationUsage?
    var toUsage: LocationUsage?
    var lineID: String?
    var consumes: [String] = []
    var produces: [String] = []
    /// Where the product, from and to references of this row stand (line, column).
    var positions: ReferencePositions
}

/// Where a row's product, from, to and lot references stand, for their rejections.
struct ReferencePositions {
    var product: (line: Int, column: Int)
    var from: (line: Int, column: Int)
    var to: (line: Int, column: Int)
    var lot: (line: Int, column: Int)

    func position(of check: MoveLineCheck) -> (line: Int, column: Int)? {
        switch check {
        case .product: return product
        case .from: return from
        case .to: return to
        case .lot: return lot
        default: return nil
        }
    }
}

/// The prepared rows of one move-line table.
struct PreparedMoveLineTable {
    var fileIndex: Int
    var fileName: String
    /// Columns of the product, from and to cells (rows with extras carry their own).
    var columns: ReferencePositions
    var read = 0
    var rows: [PreparedMoveLine] = []
    var problems: [PreparedProblem] = []
    var extras: [MoveLineExtras] = []
    /// What each status id is in this table's language.
    var statuses: [StatusReading] = []
    /// What reading the table found besides rows (a workbook's refusal part-way: no row resolved).
    var end = TableReadEnd()
}

/// What a status text is in one header language, per interned status id.
enum StatusReading: UInt8 {
    /// Not met yet in a table of this language.
    case unread
    /// No Odoo status (`bad_status`).
    case invalid
    case notDone
    case done

    init(_ status: MoveStatus?) {
        self = status.map { $0.isDone ? .done : .notDone } ?? .invalid
    }
}

/// The interned cell texts of every move-line table, shared by both phases.
struct MoveLineCells {
    var products = ByteInterner()
    var locations = ByteInterner()
    var lots = ByteInterner(capacity: 1 << 12)
    /// Their ids are `MoveLine.reference`.
    var references = ByteInterner(capacity: 1 << 14)
    /// Their ids are `MoveLine.unit`.
    var units = ByteInterner()
    var statuses = ByteInterner()
    var transfers = ByteInterner(capacity: 1 << 14)
    var companies = ByteInterner()
}
