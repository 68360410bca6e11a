import LotraceCore

/// A naive local datetime, counted in seconds from 2025-01-01 00:00:00 (the exporting user's
/// time zone, as Odoo writes it).
struct Timestamp: Comparable, Hashable {
    static let secondsPerDay = 86_400
    /// Days from 1970-01-01 to 2025-01-01.
    private static let epochDays = 20_089

    let seconds: Int

    init(seconds: Int) {
        self.seconds = seconds
    }

    /// Midnight of a day counted from 2025-01-01 (day 0, a Wednesday).
    init(day: Int) {
        seconds = day * Timestamp.secondsPerDay
    }

    /// The day counted from 2025-01-01.
    var day: Int { seconds / Timestamp.secondsPerDay }

    /// This moment shifted by whole days (time of day kept, as Odoo's expiry arithmetic does).
    func adding(days: Int) -> Timestamp {
        Timestamp(seconds: seconds + days * Timestamp.secondsPerDay)
    }

    static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }

    /// The calendar date as (year, month, day), by Lotrace's own calendar arithmetic.
    var civil: (year: Int, month: Int, day: Int) {
        let components = LocalDateTime(seconds: Int64((day + Timestamp.epochDays) * Timestamp.secondsPerDay)).components
        return (components.year, components.month, components.day)
    }

    /// Writes `YYYY-MM-DD HH:MM:SS`.
    func write(to sink: ByteSink) {
        let date = civil
        let clock = seconds % Timestamp.secondsPerDay
        sink.digits(date.year, width: 4)
        sink.byte(45)
        sink.digits(date.month, width: 2)
        sink.byte(45)
        sink.digits(date.day, width: 2)
        sink.byte(32)
        sink.digits(clock / 3600, width: 2)
        sink.byte(58)
        sink.digits(clock / 60 % 60, width: 2)
        sink.byte(58)
        sink.digits(clock % 60, width: 2)
    }

    /// `YYMMDD`, used in lot names.
    var compactDate: String {
        let date = civil
        return pad(date.year % 100) + pad(date.month) + pad(date.day)
    }

    private func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
