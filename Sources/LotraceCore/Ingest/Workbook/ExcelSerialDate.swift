/// A date cell's serial number (days, the fraction being the time of day) as
/// `YYYY-MM-DD HH:MM:SS`, rounded to the nearest second with integer arithmetic, in the
/// workbook's date system. In the 1900 system serial 60 is Excel's phantom 29 February 1900 and
/// serial 0 its "0 January 1900": both are written as Excel shows them, so a date column
/// rejects them as dates that do not exist.
enum ExcelSerialDate {
    /// Appends the text of `number` as a date to `out`; false (nothing appended) when it is
    /// negative or past 9999-12-31.
    static func append(_ number: ExcelNumber, uses1904: Bool, to out: inout [UInt8]) -> Bool {
        guard !number.negative, let seconds = roundedSeconds(number), seconds < 3_000_000 * 86_400 else { return false }
        let days = Int64(seconds / 86_400)
        let secondOfDay = Int(seconds % 86_400)
        let date: (year: Int, month: Int, day: Int)
        if !uses1904 && (days == 0 || days == 60) {
            date = days == 0 ? (1900, 1, 0) : (1900, 2, 29)
        } else {
            let epoch =
                uses1904
                ? LocalDateTime.daysFromCivil(year: 1904, month: 1, day: 1)
                : LocalDateTime.daysFromCivil(year: 1899, month: 12, day: days < 60 ? 31 : 30)
            date = LocalDateTime.civil(fromDays: epoch + days)
        }
        guard date.year <= 9999 else { return false }
        for (value, width, separator) in [
            (date.year, 4, "-"), (date.month, 2, "-"), (date.day, 2, " "), (secondOfDay / 3600, 2, ":"),
            (secondOfDay / 60 % 60, 2, ":"), (secondOfDay % 60, 2, ""),
        ] {
            var divisor = width == 4 ? 1000 : 10
            while divisor > 0 {
                out.append(UInt8(48 + value / divisor % 10))
                divisor /= 10
            }
            out.append(contentsOf: separator.utf8)
        }
        return true
    }

    /// `number` days in seconds, halves rounded up; nil past any date a spreadsheet holds.
    private static func roundedSeconds(_ number: ExcelNumber) -> Int128? {
        let digits = number.digits
        guard digits.count <= 30 else { return nil }
        let significand = digits.reduce(Int128(0)) { $0 * 10 + Int128($1 - 48) }
        if number.exponent >= 0 {
            guard digits.count + number.exponent <= 8 else { return nil }
            var value = significand
            for _ in 0..<number.exponent { value *= 10 }
            return value * 86_400
        }
        let places = -number.exponent
        // Below a millionth of a day the value rounds to 0 seconds.
        guard places <= digits.count + 6 else { return 0 }
        var scale: Int128 = 1
        for _ in 0..<places { scale *= 10 }
        return (significand * 172_800 + scale) / (2 * scale)
    }
}
