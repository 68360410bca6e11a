import LotraceCore

/// `lotrace slips --date`: the delivery slips of one day printed in one go, the page the site
/// writes as `slips/<YYYY-MM-DD>.html` (`DaySlipsPage`), standing alone: the stylesheet
/// inlined, no links to other pages.
public struct DaySlipDocuments: Sendable {
    /// The template of the page.
    public static let template = "slips-day"

    let day: SlipDay
    public let config: LotraceConfig

    /// The slips of the day `date` (`YYYY-MM-DD`) of `dataset`'s outgoing transfers.
    /// - Throws: `.notFound` when no slip ships that day.
    public init(date: String, dataset: Dataset, config: LotraceConfig) throws(DocumentError) {
        let slips = DeliverySlipBuilder(dataset: dataset, config: config).slips()
        guard let day = SlipDay.day(date, of: slips) else {
            throw .notFound("no delivery slip ships on \(date) (no outgoing transfer is dated that day, or all were cancelled)")
        }
        self.day = day
        self.config = config
    }

    /// The page, rendered with the templates of the folder `templates`, dated `today` (two-digit
    /// GS1 years on it are read around today's year).
    public func render(templates: String, today: LocalDateTime) throws(DocumentError) -> RenderedDocument {
        try DocumentError.renderingHTML { () throws(TemplateError) in
            let library = try TemplateLibrary(directory: templates)
            try library.lint(required: [Self.template])
            let page = DaySlipsPage(
                day: day, barcodes: SlipBarcodes(settings: config.barcodes, referenceYear: today.components.year),
                frame: PageFrame(standalone: "Delivery slips of \(day.date)", company: config.company.name, asOf: nil), links: nil,
                upHref: nil, css: library.asset("site.css").map { String(decoding: $0, as: UTF8.self) } ?? "")
            return try library.renderText(page, template: Self.template)
        }
    }
}
