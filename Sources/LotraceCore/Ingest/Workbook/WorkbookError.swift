/// Why a workbook is refused as a whole: the refusal reason and a sentence that says what is
/// wrong and, where it helps, what to do.
struct WorkbookError: Error, Equatable {
    var reason: RefusalReason
    var message: String

    /// A broken or hostile workbook (`malformed_workbook`).
    static func malformed(_ message: String) -> WorkbookError {
        WorkbookError(reason: .malformedWorkbook, message: message)
    }

    /// A file that is not an .xlsx workbook Lotrace can read (`unsupported_workbook`).
    static func unsupported(_ message: String) -> WorkbookError {
        WorkbookError(reason: .unsupportedWorkbook, message: message)
    }
}
