/// A problem found by LotraceXML: where it is (file when it is not the document being read,
/// line, column; 0 when unknown), what kind it is, and libxml2's or Lotrace's message.
public struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: Sendable, Equatable {
        /// The document is not well-formed XML (or not namespace-well-formed, or not UTF-8).
        case notWellFormed
        /// The document is well-formed but breaks the schema it is validated against.
        case invalid
        /// The document uses a construct Lotrace refuses in inputs (DOCTYPE, entity
        /// references, XInclude).
        case forbidden
        /// A schema could not be loaded or compiled.
        case schema
    }

    public var kind: Kind
    /// The file the error is in when that is not the document being read (a schema); else nil.
    public var file: String?
    public var line: Int
    public var column: Int
    public var message: String

    /// Creates an error; `message` is stored without trailing line breaks.
    public init(kind: Kind, file: String? = nil, line: Int, column: Int, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        var text = Substring(message)
        while let last = text.last, last.isNewline { text.removeLast() }
        self.message = String(text)
    }

    /// `file:line:column: message`, without the file part for the document being read.
    public var description: String {
        let place = file.map { "\($0):" } ?? ""
        return "\(place)\(line):\(column): \(message)"
    }
}
