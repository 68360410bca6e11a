import LotraceDiagnostics

/// Why a row was rejected: the keywords of docs/input-rules.md.
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

/// A rejected row: where (in the file that holds it, so without the file's name), why, and a
/// sentence that says what was expected.
public struct RowRejection: Sendable, Hashable {
    public var position: SourcePosition
    public var reason: RejectionReason
    public var message: String

    public init(at position: SourcePosition, reason: RejectionReason, message: String) {
        self.position = position
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
public struct FileRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, and the line and column of the problem (0 when it concerns the whole file).
    public var position: SourcePosition
    public var reason: RefusalReason
    public var message: String

    public init(at position: SourcePosition, reason: RefusalReason, message: String) {
        self.position = position
        self.reason = reason
        self.message = message
    }

    /// `file:line:column: reason: message`, or `file: reason: message` for the whole file.
    public var description: String { "\(position): \(reason.rawValue): \(message)" }
}
