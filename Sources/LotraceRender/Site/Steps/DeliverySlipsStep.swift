import Synchronization

/// One page per delivery slip (`slips/<reference>.html`), the slips of each month
/// (`slips/<YYYY-MM>.html`, paged, newest first), the slips of each day printed together
/// (`slips/<YYYY-MM-DD>.html`, then `-2.html`, `-3.html`... for a day printed in parts:
/// `SlipDay.parts`; the last `SiteSettings.dayPrints` days of shipping) and the months with
/// their days (`slips.html`).
///
/// A slip's content digest (`contentDigest`) stands for the slip in the inputs of both its page
/// and its day's print, so a slip's content is made once for both when nothing of it changed,
/// and a day's print is laid out only when it is made again.
struct DeliverySlipsStep: SiteStep {
    static let path = "slips.html"

    let title = "Render delivery slips"
    let templates = ["slip", "slips", "list-slips", "slips-day"]
    let section: SiteSection? = SiteSection(title: "Delivery slips", path: DeliverySlipsStep.path)

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        let slips = context.slips
        let barcodes = SlipBarcodes(settings: context.config.barcodes, referenceYear: context.asOf.components.year)
        let described = barcodes.described
        // Barcodes read two-digit years around the as-of year.
        let momentKey = String(barcodes.referenceYear)
        // Content digests by reference, made by the slip pages and used again by the day prints.
        let digests = Mutex<[String: ContentDigest]>([:])
        try context.forEachPage(slips.count) { index in
            // The slip is copied (its lines retained) only when its page is made again.
            guard let path = context.links.slipFile(slips[index].reference) else { return }
            if try context.reuse(path, momentKey: momentKey) { return }
            let slip = slips[index]
            let frame = context.timelessFrame(title: "Delivery slip \(slip.reference)", path: path)
            let links = context.links(from: path)
            let digest = try Self.contentDigest(of: slip, barcodes: described, links: links)
            digests.withLock { $0[slip.reference] = digest }
            try context.render(template: "slip", to: path, momentKey: momentKey, inputs: SlipInputs(frame: frame, slip: digest)) {
                SlipPage(slip: slip, barcodes: barcodes, frame: frame, links: links)
            }
        }
        // The days the site prints: the last `dayPrints` days of shipping (any day prints with
        // `lotrace slips --date`).
        let days = SlipDay.recent(context.slipDays, within: context.config.site.dayPrints)
        // Each part of a day is a page of its own, with its own inputs (`SlipDay.parts`).
        let prints = days.flatMap { day in
            let parts = day.parts.count
            return (1...parts).map { (day: day, part: $0, parts: parts) }
        }
        let indexLinks = context.links(from: Self.path)
        try context.forEachPage(prints.count) { index in
            let (day, number, count) = prints[index]
            let path = context.links.dayPage(day.date, part: number)
            if try context.reuse(path, momentKey: momentKey) { return }
            let links = context.links(from: path)
            let part = count > 1 ? DaySlipsPage.Part(number, of: day, links: links) : nil
            let title = "Delivery slips of \(day.date)" + (count > 1 ? ", part \(number) of \(count)" : "")
            let frame = context.timelessFrame(title: title, path: path)
            let upHref = links.to(Self.path)
            // A day's print is in the slips' folder, as their pages: its slips' content is theirs.
            let printed = try day.slips[day.parts[number - 1]].map { slip in
                try digests.withLock { $0[slip.reference] } ?? Self.contentDigest(of: slip, barcodes: described, links: links)
            }
            let inputs = DayInputs(frame: frame, date: day.date, upHref: upHref, part: part, slips: printed)
            try context.render(template: "slips-day", to: path, momentKey: momentKey, inputs: inputs) {
                DaySlipsPage(day: day, part: part, barcodes: barcodes, frame: frame, links: links, upHref: upHref, css: nil)
            }
        }
        let daysByMonth = Dictionary(grouping: days.reversed(), by: \.month)
        let byMonth = Dictionary(grouping: SlipIndexPage.newestFirst(slips)) { SlipIndexPage.month(of: slips[$0]) }
        var pages = slips.count + prints.count + 1
        var months: [SlipIndexPage.Month] = []
        for month in SlipIndexPage.months(of: slips) {
            let listed = byMonth[month] ?? []
            let series = ListSeries(folder: SiteLinks.slipsFolder, base: context.links.monthBase(month), count: listed.count)
            try series.render(
                in: context, template: "list-slips", heading: "Delivery slips \(month)",
                hint: "Newest first. Open a slip and print it (A4 or Letter).", up: ("Delivery slips", Self.path),
                noun: "delivery slip", timeless: true
            ) { offset, links in SlipListRow(slips[listed[offset]], links: links) }
            pages += series.pageCount
            let monthDays = (daysByMonth[month] ?? []).map { day in
                let parts = day.parts.count
                return SlipIndexPage.Day(
                    title: String(day.date.suffix(2)), href: indexLinks.to(context.links.dayPage(day.date)),
                    parts: parts > 1 ? DisplayFormat.count(parts, "part") : nil)
            }
            months.append(
                SlipIndexPage.Month(
                    title: month, href: indexLinks.to(series.path(1)), count: DisplayFormat.count(listed.count, "slip"),
                    days: monthDays))
        }
        let index = SlipIndexPage(
            frame: context.timelessFrame(title: "Delivery slips", path: Self.path),
            count: DisplayFormat.count(slips.count, "delivery slip"), months: months,
            unprinted: SlipIndexPage.Unprinted(all: context.slipDays, printed: days, window: context.config.site.dayPrints))
        try context.render(index, template: "slips", to: Self.path, momentKey: "")
        return SiteStepOutcome(count: pages)
    }

    /// What a slip's page shows besides its frame: its content with its symbols described
    /// (drawing them is most of a slip's cost, and is done only for a slip that changed) and the
    /// running header of its printed pages.
    private static func contentDigest(of slip: DeliverySlip, barcodes: SlipBarcodes, links: PageLinks) throws -> ContentDigest {
        struct Content: Encodable {
            var printHeader: String
            var slip: SlipContent
        }
        return try ContentDigest.of(
            encoded: Content(printHeader: SlipContent.printHeader(slip), slip: SlipContent(slip: slip, barcodes: barcodes, links: links)))
    }

    /// The inputs of a slip's page.
    private struct SlipInputs: Encodable {
        var frame: PageFrame
        var slip: ContentDigest
    }

    /// The inputs of a day's print (or of one part of it): its slips' content digests, in order;
    /// the rest of the page (named pages, sheets, column widths) is laid out from them.
    private struct DayInputs: Encodable {
        var frame: PageFrame
        var date: String
        var upHref: String
        var part: DaySlipsPage.Part?
        var slips: [ContentDigest]
    }
}
