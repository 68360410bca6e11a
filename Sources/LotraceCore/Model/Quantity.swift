/// An exact decimal quantity: at most 15 digits before and 15 after the point, summed without
/// rounding. Stored as an integer count of 10^-15 units (never binary floating point).
public struct Quantity: Sendable, Hashable, Comparable, Encodable, CustomStringConvertible {
    /// Number of fractional digits kept.
    public static let fractionDigits = 15
    static let scale: Int128 = 1_000_000_000_000_000

    /// The value times 10^15.
    public var scaled: Int128

    public static let zero = Quantity(scaled: 0)
    public static let one = Quantity(scaled: scale)

    public init(scaled: Int128) { self.scaled = scaled }

    /// A whole number of units.
    public init(_ units: Int) { self.scaled = Int128(units) * Quantity.scale }

    public var isZero: Bool { scaled == 0 }
    public var isNegative: Bool { scaled < 0 }

    public static func + (a: Quantity, b: Quantity) -> Quantity { Quantity(scaled: a.scaled + b.scaled) }
    public static func - (a: Quantity, b: Quantity) -> Quantity { Quantity(scaled: a.scaled - b.scaled) }
    public static prefix func - (a: Quantity) -> Quantity { Quantity(scaled: -a.scaled) }
    public static func += (a: inout Quantity, b: Quantity) { a.scaled += b.scaled }
    public static func -= (a: inout Quantity, b: Quantity) { a.scaled -= b.scaled }
    public static func < (a: Quantity, b: Quantity) -> Bool { a.scaled < b.scaled }

    /// The shortest exact decimal: `12.5`, `1`, `-0.25`, `999999999999999.75`.
    public var description: String {
        var text = ""
        withDecimalText { text = String(decoding: $0, as: UTF8.self) }
        return text
    }

    /// The UTF-8 bytes of `description`, handed to `body` without making a `String` (a recall's
    /// JSON writes millions of quantities). Written backwards into a buffer on the stack: the
    /// fraction without its trailing zeros, the point, the whole part, the sign; in 64-bit
    /// arithmetic when the value fits (128-bit division is a library call). Not generic, so that
    /// other modules call it without generic metadata.
    public func withDecimalText(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // A sign, 39 digits (Int128's magnitude) and the point.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 41) { buffer in
            var start = buffer.count
            /// Puts the decimal digits of `value` before those already written, at least
            /// `width` of them (leading zeros).
            func put(_ value: UInt64, width: Int = 1) {
                var (value, written) = (value, 0)
                while written < width || value != 0 {
                    start -= 1
                    buffer[start] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10)
                    value /= 10
                    written += 1
                }
            }
            let magnitude = scaled.magnitude
            let scale = UInt64(Quantity.scale)
            let (whole, fraction): (UInt128, UInt64) =
                magnitude <= UInt128(UInt64.max)
                ? (UInt128(UInt64(magnitude) / scale), UInt64(magnitude) % scale)
                : (magnitude / UInt128(scale), UInt64(magnitude % UInt128(scale)))
            if fraction != 0 {
                var (fraction, digits) = (fraction, Quantity.fractionDigits)
                while fraction % 10 == 0 {
                    fraction /= 10
                    digits -= 1
                }
                put(fraction, width: digits)
                start -= 1
                buffer[start] = UInt8(ascii: ".")
            }
            if whole <= UInt128(UInt64.max) {
                put(UInt64(whole))
            } else {
                // At most 24 digits (Int128's magnitude over 10^15): 19 low ones, then the rest.
                let (high, low) = whole.quotientAndRemainder(dividingBy: 10_000_000_000_000_000_000)
                put(UInt64(low), width: 19)
                put(UInt64(high))
            }
            if scaled < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            body(UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }
}

extension Quantity {
    /// Why a quantity cell could not be read.
    public enum ParseError: Error, Sendable, Equatable {
        case nonNumeric
        case negative
        case outOfRange
    }

    /// Parses the grammar of docs/input-rules.md rules 15-16: ASCII digits, optionally `.` and ASCII digits; a leading
    /// `-` before a valid number is `negative`; more than 15 significant digits on either side of
    /// the point is `outOfRange`.
    public static func parse<C: Collection>(_ bytes: C) -> Result<Quantity, ParseError> where C.Element == UInt8 {
        var index = bytes.startIndex
        var negative = false
        if index != bytes.endIndex && bytes[index] == UInt8(ascii: "-") {
            negative = true
            index = bytes.index(after: index)
        }
        var whole: Int128 = 0
        var wholeDigits = 0
        var sawWholeDigit = false
        while index != bytes.endIndex, let digit = asciiDigit(bytes[index]) {
            sawWholeDigit = true
            if wholeDigits > 0 || digit != 0 {
                wholeDigits += 1
                if wholeDigits <= fractionDigits { whole = whole * 10 + Int128(digit) }
            }
            index = bytes.index(after: index)
        }
        guard sawWholeDigit else { return .failure(.nonNumeric) }
        var fraction: Int128 = 0
        var fractionCount = 0
        var significantFractionDigits = 0
        if index != bytes.endIndex && bytes[index] == UInt8(ascii: ".") {
            index = bytes.index(after: index)
            var sawFractionDigit = false
            var pendingZeros = 0
            while index != bytes.endIndex, let digit = asciiDigit(bytes[index]) {
                sawFractionDigit = true
                if digit == 0 {
                    pendingZeros += 1
                } else {
                    significantFractionDigits = fractionCount + pendingZeros + 1
                    pendingZeros = 0
                }
                if fractionCount < fractionDigits * 2 {
                    fraction = fraction * 10 + Int128(digit)
                }
                fractionCount += 1
                index = bytes.index(after: index)
            }
            guard sawFractionDigit else { return .failure(.nonNumeric) }
        }
        guard index == bytes.endIndex else { return .failure(.nonNumeric) }
        if negative { return .failure(.negative) }
        guard wholeDigits <= fractionDigits, significantFractionDigits <= fractionDigits else {
            return .failure(.outOfRange)
        }
        // Bring the fraction to exactly 15 digits (trailing zeros beyond 15 carry no value).
        var kept = min(fractionCount, fractionDigits * 2)
        while kept > fractionDigits {
            fraction /= 10
            kept -= 1
        }
        while kept < fractionDigits {
            fraction *= 10
            kept += 1
        }
        return .success(Quantity(scaled: whole * scale + fraction))
    }

    @inline(__always)
    private static func asciiDigit(_ byte: UInt8) -> Int? {
        byte >= 48 && byte <= 57 ? Int(byte &- 48) : nil
    }
}
