import LotraceCore

/// The delivery slips of one day of shipping, printed together (`DaySlipsPage`): every slip
/// whose shipping date (Date of Transfer, else Scheduled Date) falls on that day, in shipping
/// order; cancelled transfers deliver nothing and are left out.
struct SlipDay: Sendable {
    /// "2025-03-25".
    var date: String
    var slips: [DeliverySlip]

    /// "2025-03": the month the day belongs to.
    var month: String { String(date.prefix(7)) }

    /// The days of `slips` that have slips to print, newest first.
    static func days(of slips: [DeliverySlip]) -> [SlipDay] {
        var byDay: [String: [DeliverySlip]] = [:]
        for slip in slips where !slip.isCancelled {
            guard let date = slip.shippingDate?.dateText else { continue }
            byDay[date, default: []].append(slip)
        }
        return byDay.keys.sorted(by: >).map { date in SlipDay(date: date, slips: inShippingOrder(byDay[date] ?? [])) }
    }

    /// The day `date` ("2025-03-25") of `slips`; nil when no slip is to print that day.
    static func day(_ date: String, of slips: [DeliverySlip]) -> SlipDay? {
        days(of: slips).first { $0.date == date }
    }

    /// `slips` by shipping date and time, in reading order for the same moment.
    private static func inShippingOrder(_ slips: [DeliverySlip]) -> [DeliverySlip] {
        slips.enumerated().sorted { a, b in
            let (x, y) = (a.element.shippingDate?.seconds ?? 0, b.element.shippingDate?.seconds ?? 0)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }
}
