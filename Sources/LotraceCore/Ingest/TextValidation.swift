/// Checks a cell's bytes before any value is read from it (docs/input-rules.md rules 6-7): NUL and other C0
/// controls (tab, CR and LF excepted) and invalid UTF-8 (bad bytes, overlong forms, surrogates,
/// cut sequences) reject the row; nothing is ever replaced by U+FFFD.
enum TextValidation {
    /// A problem found in a cell, at a 0-based byte offset.
    enum Problem: Equatable {
        case controlCharacter(UInt8, offset: Int)
        case invalidUTF8(offset: Int)
    }

    /// The first problem in `bytes`, or nil when the cell is clean text.
    static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                    return .controlCharacter(byte, offset: index)
                }
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF:
                length = 2
                minimum = 0x80
                scalar = UInt32(byte & 0x1F)
            case 0xE0...0xEF:
                length = 3
                minimum = 0x800
                scalar = UInt32(byte & 0x0F)
            case 0xF0...0xF4:
                length = 4
                minimum = 0x10000
                scalar = UInt32(byte & 0x07)
            default:
                return .invalidUTF8(offset: index)
            }
            guard index + length <= count else { return .invalidUTF8(offset: index) }
            for continuation in 1..<length {
                let next = bytes[index + continuation]
                guard next & 0xC0 == 0x80 else { return .invalidUTF8(offset: index) }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return .invalidUTF8(offset: index)
            }
            index += length
        }
        return nil
    }
}
