/// Date and time linters: yymmd0, yymmdd, yyyymmd0, yyyymmdd, hh, mi, ss, hhmi.
///
/// Two-digit years are checked for leap days as years 2000 to 2099 (every fourth is a leap
/// year there, as in GS1's reference linters); which century a date falls in is decided when it
/// is read (`GS1Date`), not here.
enum GS1DateLinters {
    static func check(_ linter: GS1Linter, _ data: [UInt8]) -> GS1LintFailure? {
        switch linter {
        case .yymmd0: date(data, yearDigits: 2, dayZero: true)
        case .yymmdd: date(data, yearDigits: 2, dayZero: false)
        case .yyyymmd0: date(data, yearDigits: 4, dayZero: true)
        case .yyyymmdd: date(data, yearDigits: 4, dayZero: false)
        case .hh: field(data, short: .hourTooShort, long: .hourTooLong, limit: 23, illegal: .illegalHour)
        case .mi: field(data, short: .minuteTooShort, long: .minuteTooLong, limit: 59, illegal: .illegalMinute)
        case .ss: field(data, short: .secondTooShort, long: .secondTooLong, limit: 59, illegal: .illegalSecond)
        default: hourMinute(data)
        }
    }

    private static func date(_ data: [UInt8], yearDigits: Int, dayZero: Bool) -> GS1LintFailure? {
        let length = yearDigits + 4
        if data.count < length { return GS1LintFailure(.dateTooShort, 0..<data.count) }
        if data.count > length { return GS1LintFailure(.dateTooLong, 0..<data.count) }
        if let bad = GS1CharacterSetLinters.firstOutside(data, .nonDigitCharacter, ASCII.isDigit) { return bad }
        let year = ASCII.number(data[0..<yearDigits]) + (yearDigits == 2 ? 2000 : 0)
        let month = ASCII.number(data[yearDigits..<yearDigits + 2])
        let day = ASCII.number(data[yearDigits + 2..<length])
        guard (1...12).contains(month) else { return GS1LintFailure(.illegalMonth, yearDigits..<yearDigits + 2) }
        guard (dayZero && day == 0) || (1...LocalDateTime.daysIn(month: month, year: year)).contains(day) else {
            return GS1LintFailure(.illegalDay, yearDigits + 2..<length)
        }
        return nil
    }

    private static func field(
        _ data: [UInt8], short: GS1LintError, long: GS1LintError, limit: Int, illegal: GS1LintError
    ) -> GS1LintFailure? {
        if data.count < 2 { return GS1LintFailure(short, 0..<data.count) }
        if data.count > 2 { return GS1LintFailure(long, 0..<data.count) }
        if let bad = GS1CharacterSetLinters.firstOutside(data, .nonDigitCharacter, ASCII.isDigit) { return bad }
        return ASCII.number(data) > limit ? GS1LintFailure(illegal, 0..<2) : nil
    }

    private static func hourMinute(_ data: [UInt8]) -> GS1LintFailure? {
        if data.count < 4 { return GS1LintFailure(.hourWithMinuteTooShort, 0..<data.count) }
        if data.count > 4 { return GS1LintFailure(.hourWithMinuteTooLong, 0..<data.count) }
        if let bad = GS1CharacterSetLinters.firstOutside(data, .nonDigitCharacter, ASCII.isDigit) { return bad }
        if ASCII.number(data[0..<2]) > 23 { return GS1LintFailure(.illegalHour, 0..<2) }
        return ASCII.number(data[2..<4]) > 59 ? GS1LintFailure(.illegalMinute, 2..<4) : nil
    }
}
