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

    /// The most slips one page of the site's print of a day holds: about 280 KB at the 5.6 KB a
    /// slip of the generated data takes in a day's print (GS1-128; 11.8 KB with QR Codes), a
    /// print job of some 55 sheets (README.md, "A day's slips in one print").
    static let slipsPerPart = 50
    /// The most lines (delivered and remaining) one page of a day's print holds, unless a single
    /// slip has more: a line takes up to 3.9 KB (with a QR Code), a slip 3.3 KB besides its
    /// lines, so 50 slips and 250 lines take about 1.1 MB, well within the 2 MB a page may take.
    static let linesPerPart = 250

    /// The pages the site prints the day on ("parts"), as ranges of `slips`, in order: each part
    /// takes the next slips while it holds fewer than `slipsPerPart` and their lines stay within
    /// `linesPerPart`; a slip with more lines than that is a part of its own. A change to one
    /// slip leaves the parts before it as they were.
    var parts: [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = 0
        var lines = 0
        for (index, slip) in slips.enumerated() {
            let own = slip.lines.count + slip.remaining.count
            if index > start, index - start == Self.slipsPerPart || lines + own > Self.linesPerPart {
                parts.append(start..<index)
                (start, lines) = (index, 0)
            }
            lines += own
        }
        if !slips.isEmpty { parts.append(start..<slips.count) }
        return parts
    }

    /// The days of `slips` that have slips to print, newest first.
    static func days(of slips: [DeliverySlip]) -> [SlipDay] {
        var byDay: [String: [DeliverySlip]] = [:]
        for slip in slips where !slip.isCancelled {
            guard let date = slip.shippingDate?.dateText else { continue }
            byDay[date, default: []].append(slip)
        }
        return byDay.keys.sorted(by: >).map { date in SlipDay(date: date, slips: inShippingOrder(byDay[date] ?? [])) }
    }

    /// The days of `days` (newest first) that fall within `count` calendar days of the newest,
    /// the newest included: the days the site prints (`SiteSettings.dayPrints`).
    static func recent(_ days: [SlipDay], within count: Int) -> [SlipDay] {
        guard let newest = days.first.flatMap({ LocalDateTime.parseDate($0.date.utf8) }), count > 0 else { return [] }
        let first = newest.adding(days: 1 - count).dateText
        return Array(days.prefix { $0.date >= first })
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
