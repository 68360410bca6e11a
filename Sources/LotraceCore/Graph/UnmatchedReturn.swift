/// The part of a customer return line that no delivery could absorb: the return names an
/// unknown or other delivery, or more came back than was delivered.
public struct UnmatchedReturn: Sendable, Hashable {
    /// Index into `Dataset.moveLines`.
    public var line: Int
    /// What is left after netting (at most the line's quantity).
    public var quantity: Quantity
}
