/// A GS1 date (YYMMDD) read as a calendar date: the century by the General Specifications'
/// rule around a reference year (tests inject it; commands use the current year), day 00 as
/// the last day of the month.
public enum GS1Date {
    /// Midnight of the date; nil when `yymmdd` is not six digits of an existing date (day 00
    /// allowed).
    public static func date(yymmdd: String, referenceYear: Int) -> LocalDateTime? {
        let digits = Array(yymmdd.utf8)
        guard digits.count == 6, digits.allSatisfy(ASCII.isDigit) else { return nil }
        let year = year(twoDigits: ASCII.number(digits[0..<2]), referenceYear: referenceYear)
        let month = ASCII.number(digits[2..<4])
        guard (1...12).contains(month) else { return nil }
        let day = ASCII.number(digits[4..<6])
        return LocalDateTime(year: year, month: month, day: day == 0 ? LocalDateTime.daysIn(month: month, year: year) : day)
    }

    /// Gen Specs "determination of century": YY minus the reference year's last two digits;
    /// 51...99 means the previous century, -99...-50 the next one, else the current one.
    static func year(twoDigits: Int, referenceYear: Int) -> Int {
        let century = referenceYear - referenceYear % 100
        switch twoDigits - referenceYear % 100 {
        case 51...99: return century - 100 + twoDigits
        case -99...(-50): return century + 100 + twoDigits
        default: return century + twoDigits
        }
    }
}
