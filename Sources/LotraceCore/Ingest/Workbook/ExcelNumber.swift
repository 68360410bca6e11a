/// A number cell's stored text (`<v>20</v>`, `<v>0.125</v>`, `<v>1E-05</v>`) read exactly, as
/// decimal digits and a power of ten: never through binary floating point.
struct ExcelNumber: Equatable {
    var negative: Bool
    /// The significant digits (ASCII, no leading zeros; "0" for zero).
    var digits: [UInt8]
    /// The value is `digits` times 10 to this power.
    var exponent: Int
    /// Whether the text had an exponent (`E`).
    var scientific: Bool

    /// Exponents beyond this are no spreadsheet number (a double holds about ±308).
    static let largestExponent = 400
    /// Significant digits a double keeps exactly: a decimal of at most 15 survives the trip
    /// through binary, so what a writer prints beyond them is the double's noise (xlsxwriter
    /// writes Odoo's 758.69 as `758.6900000000001`, with 16 digits).
    static let doubleDigits = 15

    private init(negative: Bool, digits: [UInt8], exponent: Int, scientific: Bool) {
        self.negative = negative
        self.digits = digits
        self.exponent = exponent
        self.scientific = scientific
    }

    /// Parses `-? digits [. digits] [(E|e) [+|-] digits]`; nil for anything else.
    init?(_ text: some Collection<UInt8>) {
        var bytes = text[...]
        negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        var digits: [UInt8] = []
        var fractionCount = 0
        var seenPoint = false
        var seenDigit = false
        while let byte = bytes.first, byte != UInt8(ascii: "E"), byte != UInt8(ascii: "e") {
            bytes = bytes.dropFirst()
            if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
                continue
            }
            guard byte >= 48 && byte <= 57 else { return nil }
            seenDigit = true
            if seenPoint { fractionCount += 1 }
            if !digits.isEmpty || byte != 48 { digits.append(byte) }
        }
        guard seenDigit else { return nil }
        var exponent = 0
        scientific = !bytes.isEmpty
        if scientific {
            bytes = bytes.dropFirst()
            let sign = bytes.first
            if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard !bytes.isEmpty, bytes.count <= 5, bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            exponent = bytes.reduce(0) { $0 * 10 + Int($1 - 48) }
            if sign == UInt8(ascii: "-") { exponent = -exponent }
            guard abs(exponent) <= Self.largestExponent else { return nil }
        }
        if digits.isEmpty { digits = [48] }
        self.digits = digits
        self.exponent = exponent - fractionCount
    }

    /// The number rounded half up to `doubleDigits` significant digits, which recovers the
    /// decimal the writer's double was made from (its 16th and 17th digits are within a sixth
    /// of a unit of the 15th of it); itself when it has no more digits.
    var roundedToDoublePrecision: ExcelNumber {
        guard digits.count > Self.doubleDigits else { return self }
        var kept = Array(digits.prefix(Self.doubleDigits))
        var power = exponent + digits.count - Self.doubleDigits
        if digits[Self.doubleDigits] >= UInt8(ascii: "5") {
            var index = kept.count - 1
            while index >= 0, kept[index] == UInt8(ascii: "9") {
                kept[index] = UInt8(ascii: "0")
                index -= 1
            }
            if index >= 0 {
                kept[index] += 1
            } else {
                kept.insert(UInt8(ascii: "1"), at: 0)
                kept.removeLast()
                power += 1
            }
        }
        return ExcelNumber(negative: negative, digits: kept, exponent: power, scientific: scientific)
    }

    /// The value as plain decimal text, without exponent or trailing fractional zeros
    /// (`1E-05` is `0.00001`, `2.5E+3` is `2500`).
    var plainText: String {
        var significant = digits[...]
        var power = exponent
        while power < 0, significant.count > 1, significant.last == 48 {
            significant = significant.dropLast()
            power += 1
        }
        var out: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        if significant == [48] {
            out.append(48)
        } else if power >= 0 {
            out += significant
            out += [UInt8](repeating: 48, count: power)
        } else if significant.count > -power {
            out += significant.dropLast(-power)
            out.append(UInt8(ascii: "."))
            out += significant.suffix(-power)
        } else {
            out += [48, UInt8(ascii: ".")]
            out += [UInt8](repeating: 48, count: -power - significant.count)
            out += significant
        }
        return String(decoding: out, as: UTF8.self)
    }
}
