/// Text compared and hashed byte for byte. Swift's `String` equality folds canonically
/// equivalent forms ("é" precomposed equals "e" + combining accent); in exports those are
/// different data (input rule 14), so every lookup keyed by exported text uses this.
public struct ExactText: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let text: String

    public init(_ text: String) { self.text = text }

    public init(stringLiteral value: String) { self.text = value }

    public static func == (a: ExactText, b: ExactText) -> Bool {
        let (x, y) = (a.text.utf8, b.text.utf8)
        guard x.count == y.count else { return false }
        let compared = x.withContiguousStorageIfAvailable { first in
            y.withContiguousStorageIfAvailable { second in first.elementsEqual(second) }
        }
        return (compared ?? nil) ?? x.elementsEqual(y)
    }

    /// Byte order (UTF-8), never locale or normalisation order.
    public static func < (a: ExactText, b: ExactText) -> Bool { a.text.utf8.lexicographicallyPrecedes(b.text.utf8) }

    public func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil {
            for byte in text.utf8 { hasher.combine(byte) }
        }
        hasher.combine(0xFF as UInt8)
    }

    public var description: String { text }
}
