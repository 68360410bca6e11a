/// Why writing output stopped: a folder that may not be replaced, a file that cannot be written
/// (the previous output is then left as it was).
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    /// An error saying `message`.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
