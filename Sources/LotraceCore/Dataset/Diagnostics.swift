/// Why a row was rejected: the input rules' keywords.
public enum RejectionReason: String, Sendable, CaseIterable {
    case badDate = "bad_date"
    case nonNumericQuantity = "non_numeric_quantity"
    case negativeQuantity = "negative_quantity"
    case quantityOutOfRange = "quantity_out_of_range"
    case wrongColumnCount = "wrong_column_count"
    case brokenQuoting = "broken_quoting"
    case unknownLocation = "unknown_location"
    case unknownProduct = "unknown_product"
    case invalidUTF8 = "invalid_utf8"
    case nulByte = "nul_byte"
    case badStatus = "bad_status"
    case badLocationType = "bad_location_type"
    case badTracking = "bad_tracking"
    case badBoolean = "bad_boolean"
    case badInteger = "bad_integer"
    case badValue = "bad_value"
    case duplicateLot = "duplicate_lot"
    case duplicateRow = "duplicate_row"
    /// A record of Lotrace's XML format that its schema refuses.
    case schemaViolation = "schema_violation"
}

/// A rejected row: where, why, and a sentence that says what was expected.
public struct RowRejection: Sendable, Hashable {
    public var line: Int
    public var column: Int
    public var reason: RejectionReason
    public var message: String

    public init(line: Int, column: Int, reason: RejectionReason, message: String) {
        self.line = line
        self.column = column
        self.reason = reason
        self.message = message
    }
}

/// Why a whole file was refused (the run then exits 1).
public enum RefusalReason: String, Sendable, CaseIterable {
    case emptyFile = "empty_file"
    case notText = "not_text"
    case notUTF8Text = "not_utf8_text"
    case missingRequiredColumn = "missing_required_column"
    case duplicateColumn = "duplicate_column"
    case duplicateFile = "duplicate_file"
    case unplacedFile = "unplaced_file"
    case missingRole = "missing_role"
    /// An XML file that is not well-formed, or carries a DOCTYPE or entity reference.
    case malformedXML = "malformed_xml"
    case unreadable = "unreadable"
    /// A workbook that cannot be read as a whole: a broken or hostile ZIP archive (bad CRC-32,
    /// truncated, a zip bomb), a part that is no safe XML, a sheet beyond Excel's limits.
    case malformedWorkbook = "malformed_workbook"
    /// A binary file that is no .xlsx workbook: Excel 97-2003, password-protected, another
    /// kind of ZIP archive (.docx, .ods).
    case unsupportedWorkbook = "unsupported_workbook"
}

/// A refused file, with the position of the problem when there is one.
public struct FileRefusal: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var reason: RefusalReason
    public var message: String

    public init(file: String, line: Int = 0, column: Int = 0, reason: RefusalReason, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line):\(column): \(reason.rawValue): \(message)" : "\(file): \(reason.rawValue): \(message)"
    }
}
