/// A problem at a position, with a message that says what was expected:
/// `moves.csv:12:7: "12,5" is not a quantity`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public var position: SourcePosition
    public var message: String

    public init(at position: SourcePosition, message: String) {
        self.position = position
        self.message = message
    }

    /// The same problem placed in `file`.
    public func inFile(_ file: String) -> Diagnostic {
        Diagnostic(at: position.inFile(file), message: message)
    }

    /// `position: message`.
    public var description: String { "\(position): \(message)" }
}
