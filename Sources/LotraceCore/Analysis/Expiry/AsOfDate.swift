import Foundation

/// The moment an expiry list or an audit is taken at (docs/data-contract.md section 3.2): a bare date means
/// the end of that day (23:59:59, inclusive); every comparison with it is `<=`.
public enum AsOfDate {
    /// `YYYY-MM-DD` (the end of that day) or `YYYY-MM-DD HH:MM:SS` (exactly); nil otherwise.
    public static func parse(_ text: String) -> LocalDateTime? {
        let bytes = Array(text.utf8)
        if let date = LocalDateTime.parseDate(bytes) { return LocalDateTime(seconds: date.seconds + 86_399) }
        return LocalDateTime.parse(bytes)
    }

    /// The wall-clock time now in the IANA time zone `identifier` (the exporting user's, from
    /// `lotrace.json`), to the second; UTC when the identifier is unknown.
    public static func now(timeZone identifier: String, at instant: Date = Date()) -> LocalDateTime {
        let zone = TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: 0)!
        let seconds = Int64(instant.timeIntervalSince1970.rounded(.down)) + Int64(zone.secondsFromGMT(for: instant))
        return LocalDateTime(seconds: seconds)
    }

    /// Whole calendar days from the day of `from` to the day of `to` (negative when `to` is on
    /// an earlier day).
    public static func calendarDays(from: LocalDateTime, to: LocalDateTime) -> Int {
        Int(day(of: to) - day(of: from))
    }

    private static func day(of moment: LocalDateTime) -> Int64 {
        moment.seconds >= 0 ? moment.seconds / 86_400 : (moment.seconds - 86_399) / 86_400
    }
}
