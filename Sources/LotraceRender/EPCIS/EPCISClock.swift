import Foundation
import LotraceCore

/// Turns the exports' naive local times into EPCIS times: `2025-01-06T08:09:14+01:00` with
/// `eventTimeZoneOffset` `+01:00`, the offset being the configured zone's at that moment.
///
/// A local time that does not exist (skipped by a daylight-saving change) gets the offset in
/// force before the change; one that exists twice (repeated by it) is read as its second
/// occurrence. Either way the written time with its offset is one exact instant.
struct EPCISClock {
    let zone: TimeZone

    /// The clock of IANA zone `identifier` (UTC when unknown; `LotraceConfig` checks it).
    init(timeZone identifier: String) {
        zone = TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: 0)!
    }

    /// Seconds east of UTC at local time `local`.
    func offset(at local: LocalDateTime) -> Int {
        let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local.seconds)))
        return zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local.seconds - Int64(guess))))
    }

    /// `2025-01-06T08:09:14+01:00`.
    func eventTime(_ local: LocalDateTime) -> String {
        LotraceXMLWriter.isoText(local) + Self.offsetText(offset(at: local))
    }

    /// `+01:00`, `-05:00`, `+00:00`.
    func offsetText(at local: LocalDateTime) -> String { Self.offsetText(offset(at: local)) }

    /// An instant in UTC: `2026-11-27T13:00:00Z` (the document's creation date).
    static func utc(_ instant: Date) -> String {
        let local = LocalDateTime(seconds: Int64(instant.timeIntervalSince1970.rounded(.down)))
        return LotraceXMLWriter.isoText(local) + "Z"
    }

    private static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60)
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
