import Foundation

/// Text compared and hashed byte for byte. Swift's `String` equality folds canonically
/// equivalent forms ("é" precomposed equals "e" + combining accent); in exports those are
/// different data (input rule 14), so every lookup keyed by exported text uses this.
public struct ExactText: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let text: String

    public init(_ text: String) { self.text = text }

    public init(stringLiteral value: String) { self.text = value }

    /// Equal bytes, compared with `memcmp` (a generic byte-by-byte comparison costs about 400
    /// instructions for a 20-byte reference: 7% of a load's instructions went there).
    public static func == (a: ExactText, b: ExactText) -> Bool {
        var (x, y) = (a.text, b.text)
        guard x.utf8.count == y.utf8.count else { return false }
        return x.withUTF8 { first in
            y.withUTF8 { second in
                first.isEmpty || memcmp(first.baseAddress!, second.baseAddress!, first.count) == 0
            }
        }
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
