import LotraceDiagnostics

/// A template folder that cannot be used, said the way compilers do:
/// `templates/lot.mustache:12:5: section "rows" closed by "row"`.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file ("templates/lot.mustache") or folder concerned; line 0 for the whole file.
    public var position: SourcePosition
    public var message: String

    /// An error at a position of `file`.
    public init(file: String, line: Int = 0, column: Int = 0, message: String) {
        self.position = SourcePosition(file: file, line: line, column: column)
        self.message = message
    }

    public var description: String { "\(position): \(message)" }
}
