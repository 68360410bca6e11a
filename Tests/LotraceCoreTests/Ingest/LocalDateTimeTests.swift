import Testing

@testable import LotraceCore

@Suite("Datetimes")
struct LocalDateTimeTests {
    private func parse(_ text: String) -> LocalDateTime? { LocalDateTime.parse(Array(text.utf8)) }

    @Test func roundTrip() throws {
        for text in ["2025-01-31 08:30:00", "2024-02-29 23:59:59", "1970-01-01 00:00:00", "0001-01-01 00:00:00", "9999-12-31 23:59:59"] {
            #expect(try #require(parse(text)).description == text)
        }
        #expect(parse("1970-01-02 00:00:01")?.seconds == 86_401)
    }

    @Test(arguments: [
        "2025-02-29 10:00:00", "2025-13-01 10:00:00", "2025-01-32 10:00:00", "2025-01-01 24:00:00",
        "2025-01-01T10:00:00", "2025-01-01 10:00:00.5", "2025-01-01 10:00:00+01:00", "2025-01-01",
        "01/02/2025 10:00:00", "2025-1-01 10:00:00", " 2025-01-01 10:00:00", "2025-01-01 10:00:0٠", "",
        "2025-00-10 10:00:00", "0000-01-01 00:00:00",
    ])
    func invalid(text: String) {
        #expect(parse(text) == nil)
    }

    @Test func addingDaysKeepsTimeOfDay() throws {
        let start = try #require(parse("2025-01-30 13:45:00"))
        #expect(start.adding(days: 30).description == "2025-03-01 13:45:00")
        #expect(start.adding(days: -30).description == "2024-12-31 13:45:00")
    }
}
