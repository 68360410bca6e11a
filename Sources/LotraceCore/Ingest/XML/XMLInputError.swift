import LotraceXML

/// Why an XML input was refused as a whole: where (line and column in the file; 0 when
/// unknown) and what.
public struct XMLInputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    /// Creates an error at a position.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// An error reported by the XML layer, at its position.
    init(_ error: XMLError) {
        self.init(line: error.line, column: error.column, message: error.message)
    }

    /// `line:column: message`.
    public var description: String {
        "\(line):\(column): \(message)"
    }
}
