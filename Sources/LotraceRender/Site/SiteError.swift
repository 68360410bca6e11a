/// Why a site build stopped (the previous site is then left as it was).
public struct SiteError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    /// An error saying `message`.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
