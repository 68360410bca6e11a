/// Byte classes used by the GS1 parsers (GS1 data is ASCII; anything else is rejected).
enum ASCII {
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isUpper(byte) || isLower(byte) }

    /// The value of a hexadecimal digit, nil for any other byte.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        if isDigit(byte) { return byte - 0x30 }
        if byte >= 0x41 && byte <= 0x46 { return byte - 0x41 + 10 }
        if byte >= 0x61 && byte <= 0x66 { return byte - 0x61 + 10 }
        return nil
    }

    /// The number written by `digits` (all ASCII digits, at most 18 of them).
    static func number<Bytes: Collection<UInt8>>(_ digits: Bytes) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// The text of ASCII bytes.
    static func text<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String { String(decoding: bytes, as: UTF8.self) }
}
