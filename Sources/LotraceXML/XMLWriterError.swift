/// Why `XMLWriter` refused to write something: where in the document it was (the element path,
/// e.g. `/DespatchAdvice/cac:DespatchLine[2]/cac:Item/cbc:Name`), where the text came from when
/// the caller said (e.g. `lot name`), and what is wrong.
public struct XMLWriterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: Sendable, Equatable {
        /// A character XML 1.0 cannot hold (C0 controls but tab, LF and CR; U+FFFE, U+FFFF).
        case invalidCharacter
        /// Bytes handed in as UTF-8 that are not UTF-8.
        case invalidUTF8
        /// An element or attribute name that is not an XML name.
        case invalidName
        /// Calls in an order that cannot make a document (an end without a start, text after
        /// the root, finishing with open elements).
        case misuse
        /// libxml2's writer reported a failure.
        case libxml
    }

    public var kind: Kind
    /// The path of the element being written, `/` before the root.
    public var path: String
    /// Where the text came from, as the caller named it; nil when not said.
    public var source: String?
    public var message: String

    /// Creates an error.
    public init(kind: Kind, path: String, source: String? = nil, message: String) {
        self.kind = kind
        self.path = path
        self.source = source
        self.message = message
    }

    /// `path (source): message`.
    public var description: String {
        "\(path)\(source.map { " (\($0))" } ?? ""): \(message)"
    }
}
