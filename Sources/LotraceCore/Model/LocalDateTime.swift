/// A naive date and time as Odoo exports it (`YYYY-MM-DD HH:MM:SS`, the exporting user's time
/// zone, no offset), stored as seconds since 1970-01-01 00:00:00 of that same clock.
public struct LocalDateTime: Sendable, Hashable, Comparable, Encodable, CustomStringConvertible {
    /// Seconds since 1970-01-01 00:00:00 (naive).
    public var seconds: Int64

    public init(seconds: Int64) { self.seconds = seconds }

    /// A calendar date and time; `nil` when it does not exist (Feb 30, hour 24...).
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...LocalDateTime.daysIn(month: month, year: year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        let days = LocalDateTime.daysFromCivil(year: year, month: month, day: day)
        seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { a.seconds < b.seconds }

    /// This moment plus whole days (time of day kept).
    public func adding(days: Int) -> LocalDateTime { LocalDateTime(seconds: seconds + Int64(days) * 86_400) }

    /// The calendar fields of this moment.
    public var components: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = Int(seconds - days * 86_400)
        let (y, m, d) = LocalDateTime.civil(fromDays: days)
        return (y, m, d, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
    }

    /// `YYYY-MM-DD HH:MM:SS`, as Odoo writes it.
    public var description: String { text(withTime: true) }

    /// `YYYY-MM-DD`.
    public var dateText: String { text(withTime: false) }

    /// The UTF-8 bytes of `description`, handed to `body` without making a `String` (a recall's
    /// JSON writes hundreds of thousands of dates). Not generic, so that other modules call it
    /// without generic metadata.
    public func withText(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard hasFourDigitYear else {
            var text = description
            return text.withUTF8(body)
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 19) { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[..<write(into: buffer, withTime: true)]))
        }
    }

    /// True for the years 0 to 9999, whose texts have one width: their byte order is their
    /// time order.
    var hasFourDigitYear: Bool { (Self.yearZero..<Self.yearTenThousand).contains(seconds) }

    /// The seconds of 0000-01-01 00:00:00 and of 10000-01-01 00:00:00.
    private static let yearZero = daysFromCivil(year: 0, month: 1, day: 1) * 86_400
    private static let yearTenThousand = daysFromCivil(year: 10_000, month: 1, day: 1) * 86_400

    /// The digits written straight into the string's storage (reports write millions of dates).
    private func text(withTime: Bool) -> String {
        guard hasFourDigitYear else {
            let c = components
            let date = "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
            return withTime ? date + " \(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2))" : date
        }
        return String(unsafeUninitializedCapacity: withTime ? 19 : 10) { write(into: $0, withTime: withTime) }
    }

    /// Writes `YYYY-MM-DD` and, `withTime`, ` HH:MM:SS` into `buffer` (a year of four digits);
    /// returns the count of bytes written.
    private func write(into buffer: UnsafeMutableBufferPointer<UInt8>, withTime: Bool) -> Int {
        let c = components
        func put(_ value: Int, _ width: Int, at start: Int) {
            var value = value
            for offset in stride(from: width - 1, through: 0, by: -1) {
                buffer[start + offset] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
        }
        put(c.year, 4, at: 0)
        buffer[4] = UInt8(ascii: "-")
        put(c.month, 2, at: 5)
        buffer[7] = UInt8(ascii: "-")
        put(c.day, 2, at: 8)
        guard withTime else { return 10 }
        buffer[10] = UInt8(ascii: " ")
        put(c.hour, 2, at: 11)
        buffer[13] = UInt8(ascii: ":")
        put(c.minute, 2, at: 14)
        buffer[16] = UInt8(ascii: ":")
        put(c.second, 2, at: 17)
        return 19
    }

    /// Parses exactly `YYYY-MM-DD HH:MM:SS` in ASCII digits, an existing date, hours 00-23.
    public static func parse<C: Collection>(_ bytes: C) -> LocalDateTime? where C.Element == UInt8 {
        guard bytes.count == 19 else { return nil }
        var fields: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)
        var offset = 0
        for byte in bytes {
            switch offset {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            case 10:
                guard byte == UInt8(ascii: " ") else { return nil }
            case 13, 16:
                guard byte == UInt8(ascii: ":") else { return nil }
            default:
                guard byte >= 48 && byte <= 57 else { return nil }
                let digit = Int(byte - 48)
                switch offset {
                case 0..<4: fields.0 = fields.0 * 10 + digit
                case 5..<7: fields.1 = fields.1 * 10 + digit
                case 8..<10: fields.2 = fields.2 * 10 + digit
                case 11..<13: fields.3 = fields.3 * 10 + digit
                case 14..<16: fields.4 = fields.4 * 10 + digit
                default: fields.5 = fields.5 * 10 + digit
                }
            }
            offset += 1
        }
        return LocalDateTime(
            year: fields.0, month: fields.1, day: fields.2, hour: fields.3, minute: fields.4, second: fields.5)
    }

    /// Parses `YYYY-MM-DD` alone, at 00:00:00.
    public static func parseDate<C: Collection>(_ bytes: C) -> LocalDateTime? where C.Element == UInt8 {
        guard bytes.count == 10 else { return nil }
        return parse(Array(bytes) + Array(" 00:00:00".utf8))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Howard Hinnant's days_from_civil.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int64) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (Int(y), Int(m), Int(d))
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
