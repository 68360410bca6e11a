/// Decodes the `_xHHHH_` escapes of spreadsheet text (ECMA-376 ST_Xstring): Excel and
/// xlsxwriter write a control character as `_x0001_` and a literal `_x0041_` as `_x005F_x0041_`.
/// An escape that names no Unicode scalar (a lone surrogate) stays as written.
enum OOXMLEscapes {
    /// Appends `text` to `out`, its escapes decoded.
    static func append(_ text: ArraySlice<UInt8>, to out: inout [UInt8]) {
        guard text.contains(UInt8(ascii: "_")) else { return out.append(contentsOf: text) }
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == UInt8(ascii: "_"), index + 6 < text.endIndex, text[index + 1] == UInt8(ascii: "x"),
                text[index + 6] == UInt8(ascii: "_"), let value = hex(text[(index + 2)..<(index + 6)]),
                let scalar = Unicode.Scalar(value)
            {
                out.append(contentsOf: String(Character(scalar)).utf8)
                index += 7
            } else {
                out.append(text[index])
                index += 1
            }
        }
    }

    private static func hex(_ digits: ArraySlice<UInt8>) -> UInt32? {
        var value: UInt32 = 0
        for digit in digits {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt32(digit - 48)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = value << 4 | UInt32(digit - 55)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt32(digit - 87)
            default: return nil
            }
        }
        return value
    }
}
