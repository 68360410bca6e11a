import LotraceCore

/// The datetime grammar (`YYYY-MM-DD HH:MM:SS`, and `YYYY-MM-DD` alone): the same answer
/// twice, a moment read is written back as the very input, and a date alone is that moment's
/// day at midnight.
enum DateTimeHarness {
    static let harness = FuzzHarness(name: "datetime") { input in
        if let moment = FuzzHarness.deterministic(input, { LocalDateTime.parse($0) }) {
            FuzzHarness.require(Array(moment.description.utf8) == input, "\(moment) is not written as it was read")
        }
        if let day = FuzzHarness.deterministic(input, { LocalDateTime.parseDate($0) }) {
            FuzzHarness.require(Array(day.dateText.utf8) == input, "\(day.dateText) is not written as it was read")
            FuzzHarness.require(day.seconds % 86_400 == 0, "\(day) is not at midnight")
        }
    }
}
