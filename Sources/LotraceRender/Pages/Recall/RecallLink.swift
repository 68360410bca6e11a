import LotraceCore

/// What a lot page of the site shows about recalling the lot: a link to its pre-built recall
/// page when it has one (`RecallPagePlan`), else the command that writes the report.
public struct RecallLink: Sendable, Encodable {
    /// At most this many affected lots and deliveries for a pre-built page.
    static let lotLimit = 50
    static let deliveryLimit = 500

    /// The recall page, relative to the lot page; nil when there is none.
    public var href: String?
    /// `lotrace recall ...` when there is no page; nil otherwise.
    public var command: String?
    /// "3 lots affected, 12 deliveries".
    public var scope: String

    /// How far a recall of one lot reaches: the lots it affects and their deliveries.
    public struct Size: Sendable {
        public var lots: Int
        public var deliveries: Int

        /// True when a recall of that size gets a pre-built page.
        public var isSmall: Bool { lots <= RecallLink.lotLimit && deliveries <= RecallLink.deliveryLimit }
    }

    /// The link of `lot` of `dataset`, whose recall reaches `size`, on the page of `links`;
    /// `hasPage` when the site pre-builds its recall page.
    init(lot: LotID, size: Size, hasPage: Bool, dataset: Dataset, links: PageLinks) {
        scope = DisplayFormat.count(size.lots, "lot") + " affected, " + DisplayFormat.count(size.deliveries, "delivery", plural: "deliveries")
        if hasPage {
            href = links.to(Self.page(of: lot, links: links.site, suffix: ".html"))
        } else {
            let product = dataset[dataset[lot].product].key
            command = "lotrace recall --product \(Self.shellQuoted(product)) \(Self.shellQuoted(dataset[lot].name)) --out recall"
        }
    }

    /// The number of lots a recall of `lot` reaches and of their deliveries.
    static func size(of lot: LotID, graph: TraceGraph) -> Size {
        let lots = RecallClosure(graph: graph, recalled: [lot]).lots
        return Size(lots: lots.count, deliveries: lots.reduce(0) { $0 + graph.deliveries(of: $1).count })
    }

    /// "recalls/<name of the lot page>" + `suffix`.
    static func page(of lot: LotID, links: SiteLinks, suffix: String) -> String {
        let lotPage = links.lotPage(lot)
        let base = lotPage.dropFirst(SiteLinks.lotsFolder.count + 1).dropLast(".html".count)
        return "\(RecallPagesStep.folder)/\(base)\(suffix)"
    }

    /// `text` in single quotes for a POSIX shell (a quote inside becomes `'\''`), scalar by
    /// scalar (a quote followed by a combining mark is one Swift `Character`).
    static func shellQuoted(_ text: String) -> String {
        var quoted = "'"
        for scalar in text.unicodeScalars {
            if scalar == "'" { quoted += "'\\''" } else { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "'"
    }
}
