/// JSON strings per RFC 8259, escaped in one pass over the text's UTF-8: quote, backslash, every
/// C0 control, DEL and U+2028/U+2029 escaped (short forms where JSON has them, else `\uXXXX` in
/// upper-case hex); everything else, including non-ASCII and bidi controls, copied as is, in runs.
extension JSONWriter {
    /// Appends `text` in quotes, escaped.
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            // Every byte escaped at most as six.
            reserve(6 * utf8.count + 2)
            appendReserved(UInt8(ascii: "\""))
            let count = utf8.count
            let raw = UnsafeRawBufferPointer(utf8)
            var copied = 0
            var index = 0
            while index < count {
                if index + 8 <= count && Self.isPlainASCII(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
                let end = min(index + 8, count)
                while index < end {
                    let byte = utf8[index]
                    var length = 1
                    var scalar = UInt32(byte)
                    if byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x7F {
                        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                        guard byte == 0xE2, index + 2 < count, utf8[index + 1] == 0x80,
                            utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9
                        else {
                            index += 1
                            continue
                        }
                        length = 3
                        scalar = 0x2000 + UInt32(utf8[index + 2] & 0x3F)
                    }
                    appendReserved(UnsafeBufferPointer(rebasing: utf8[copied..<index]))
                    appendEscapeReserved(of: scalar)
                    index += length
                    copied = index
                }
            }
            appendReserved(UnsafeBufferPointer(rebasing: utf8[copied..<count]))
            appendReserved(UInt8(ascii: "\""))
        }
    }

    /// True when the eight bytes of `word` are printable ASCII other than quote, backslash and DEL.
    @inline(__always)
    private static func isPlainASCII(_ word: UInt64) -> Bool {
        let high = 0x8080_8080_8080_8080 as UInt64
        let ones = 0x0101_0101_0101_0101 as UInt64
        let hasZero = { (x: UInt64) in (x &- ones) & ~x & high != 0 }
        let control = (word &- 0x2020_2020_2020_2020) & ~word & high != 0
        return word & high == 0 && !control && !hasZero(word ^ (ones &* 0x22)) && !hasZero(word ^ (ones &* 0x5C))
            && !hasZero(word ^ (ones &* 0x7F))
    }

    /// The escape of `scalar` (at most six bytes, reserved by the caller).
    private mutating func appendEscapeReserved(of scalar: UInt32) {
        appendReserved(UInt8(ascii: "\\"))
        switch scalar {
        case 0x22: appendReserved(UInt8(ascii: "\""))
        case 0x5C: appendReserved(UInt8(ascii: "\\"))
        case 0x0A: appendReserved(UInt8(ascii: "n"))
        case 0x0D: appendReserved(UInt8(ascii: "r"))
        case 0x09: appendReserved(UInt8(ascii: "t"))
        case 0x08: appendReserved(UInt8(ascii: "b"))
        case 0x0C: appendReserved(UInt8(ascii: "f"))
        default:
            appendReserved(UInt8(ascii: "u"))
            for shift in stride(from: 12, through: 0, by: -4) {
                let digit = UInt8(truncatingIfNeeded: scalar >> UInt32(shift) & 0xF)
                appendReserved(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "A") + digit - 10)
            }
        }
    }
}
