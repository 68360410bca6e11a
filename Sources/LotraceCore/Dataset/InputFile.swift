/// One input file and what became of each of its rows.
public struct InputFile: Sendable {
    /// File name inside the data folder.
    public var name: String
    /// The roles it was read as: one for a CSV file, one per model for an XML data file; empty
    /// when refused before a role was found.
    public var roles: [Role] = []
    public var format: Format
    /// Data rows read (records, not counting the header or empty lines).
    public var read: Int = 0
    public var used: Int = 0
    public var skipped: Int = 0
    /// Rejected rows, in line order.
    public var rejected: [RowRejection] = []
    /// Skip reasons and their counts ("Cancelled": 3).
    public var skipReasons: [String: Int] = [:]
    /// Header columns Lotrace does not read, listed so nobody assumes they were used.
    public var ignoredColumns: [String] = []
    /// Optional columns of the role that the file lacks (the answers that need them say so).
    public var missingOptionalColumns: [String] = []
    /// Why the file as a whole was refused; nil when read.
    public var refusal: FileRefusal?
    /// The language of its header (`en`, `fr`, `pt_BR`: Odoo's language codes); nil when it holds
    /// only technical names (an import-compatible export, an XML file) or was refused.
    public var language: String?
    /// The sheet read from a workbook (its rows' lines and columns are that sheet's).
    public var sheet: String?
    /// What the file holds that was not read or may be incomplete (a workbook's other sheets).
    public var notes: [String] = []

    /// The input format of a file.
    public enum Format: String, Sendable {
        case csv
        case odooXML = "odoo-xml"
        case lotraceXML = "lotrace-xml"
        /// An Excel workbook (Office Open XML), as Odoo's XLSX export writes it.
        case xlsx
    }

    public init(name: String, format: Format) {
        self.name = name
        self.format = format
    }
}

/// The role of an input file, from its header (or XML model), never from its name.
public enum Role: String, Sendable, CaseIterable, Hashable {
    case moveLines = "move_lines"
    case lots
    case products
    case transfers
    case operationTypes = "operation_types"
    case partners
    case locations
}
