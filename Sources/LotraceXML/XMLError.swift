import LotraceDiagnostics

/// A problem found by LotraceXML: where it is (the file only when it is not the document being
/// read; line and column 0 when unknown), what kind it is, and libxml2's or Lotrace's message.
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
    /// The file is "" for the document being read, else the file the error is in (a schema).
    public var position: SourcePosition
    public var message: String

    /// Creates an error; `message` is stored without trailing line breaks.
    public init(kind: Kind, file: String? = nil, line: Int, column: Int, message: String) {
        self.kind = kind
        self.position = SourcePosition(file: file ?? "", line: line, column: column)
        var text = Substring(message)
        while let last = text.last, last.isNewline { text.removeLast() }
        self.message = String(text)
    }

    /// The problem at its position, to be placed in the file being read (`inFile`).
    public var diagnostic: Diagnostic { Diagnostic(at: position, message: message) }

    /// `file:line:column: message`, without the file part for the document being read.
    public var description: String { diagnostic.description }
}
