import LotraceCore
import Synchronization

/// Everything a site step needs: the data, the graph, the settings, the as-of date, the
/// templates, the output and the links to every lot and slip page. Built once per build and
/// shared (read-only) by every step; steps may render pages on several threads.
public final class SiteContext: Sendable {
    public let dataset: Dataset
    public let graph: TraceGraph
    public let config: LotraceConfig
    /// The moment the site describes: stock is taken from the lines dated at or before it.
    public let asOf: LocalDateTime
    public let templates: TemplateLibrary
    public let output: FolderWriter
    /// Every outgoing transfer's slip, by reference.
    public let slips: [DeliverySlip]
    /// The days of `slips`, newest first (`SlipDay.days(of:)`).
    let slipDays: [SlipDay]
    public let links: SiteLinks
    /// The moment the site's stock and histories describe: `asOf`, or the last move when that is
    /// earlier (nothing moves in between). Pages print it rather than `asOf`, so a nightly build
    /// "as of now" of unchanged data writes unchanged pages.
    public let dataMoment: LocalDateTime
    /// Stock on hand as of `asOf`, non-zero balances of internal locations (`TraceGraph.onHand`).
    public let stock: [StockBalance]
    /// Every lot's dates (lot pages, expiry, FEFO and audit steps share one book).
    public let dates: LotDateBook
    /// How far a recall of each lot reaches and which lots get a pre-built recall page; made
    /// when a page first needs it (a rebuild of unchanged data may not).
    var recallPlan: RecallPagePlan {
        plan.withLock { plan in
            if let plan { return plan }
            let made = RecallPagePlan(graph: graph)
            plan = made
            return made
        }
    }
    private let plan = Mutex<RecallPagePlan?>(nil)
    /// The sections of every step, in step order (the navigation).
    public let sections: [SiteSection]
    /// Called with (done, total) while a step renders many pages.
    public let progress: @Sendable (Int, Int) -> Void
    private let recorded = Mutex<[(title: String, outcome: SiteStepOutcome)]>([])

    /// The context of a build of `dataset` into `output`.
    public init(
        dataset: Dataset, config: LotraceConfig, asOf: LocalDateTime, templates: TemplateLibrary, output: FolderWriter,
        sections: [SiteSection], progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) {
        // The slips and their days are made on a second core while the graph, the stock and the
        // lots' file names are made on this one.
        let slipsWork = BackgroundWork { () -> ([DeliverySlip], [SlipDay]) in
            let slips = DeliverySlipBuilder(dataset: dataset, config: config).slips()
            return (slips, SlipDay.days(of: slips))
        }
        let graph = TraceGraph(dataset: dataset)
        let lotNames = SiteLinks.LotNames(dataset: dataset)
        self.dataset = dataset
        self.graph = graph
        self.config = config
        self.asOf = asOf
        self.templates = templates
        self.output = output
        self.dataMoment = min(asOf, graph.lastMoveDate ?? asOf)
        self.stock = graph.onHand(asOf: asOf)
        self.dates = LotDateBook(graph: graph)
        (slips, slipDays) = slipsWork.wait()
        self.links = SiteLinks(lots: lotNames, slips: slips, days: slipDays)
        self.sections = sections
        self.progress = progress
    }

    /// The outcomes of the steps that ran so far, in order, with their titles.
    public var outcomes: [(title: String, outcome: SiteStepOutcome)] { recorded.withLock { $0 } }

    /// Records what a step did (the builder calls this after each step).
    func record(_ outcome: SiteStepOutcome, of title: String) {
        recorded.withLock { $0.append((title, outcome)) }
    }

    /// The frame (title, navigation, stylesheet link) of the page at site path `path`, a page
    /// that shows stock as of the site's moment (`momentText`, printed in its footer).
    public func frame(title: String, path: String) -> PageFrame {
        PageFrame(title: title, path: path, company: config.company.name, moment: momentText, sections: sections)
    }

    /// The frame of a page that does not depend on the site's moment (a delivery slip, a lot's
    /// history): it does not print it, so a build as of another moment can keep the page.
    public func timelessFrame(title: String, path: String) -> PageFrame {
        PageFrame(title: title, path: path, company: config.company.name, moment: nil, sections: sections)
    }

    /// The moment pages print: `dataMoment`, said to be the last move when it is earlier than
    /// `asOf`. It is also the moment key of a page made with `frame(title:path:)`.
    var momentText: String { dataMoment.description + (dataMoment < asOf ? " (the last move)" : "") }

    /// The links of the page at site path `path`.
    func links(from path: String) -> PageLinks { PageLinks(site: links, path: path) }

    /// Renders `model` with `template` and writes it at `path`, unless the previous site has the
    /// page made from the same values with the same templates (it is then reused). `momentKey`
    /// is what the page depends on of the as-of moment (`reuse`); nil: all of it (`momentText`),
    /// as for every page with a `frame(title:path:)`.
    ///
    /// The page's digest is made from the values the template is given (`TemplateValue`), which
    /// are then rendered when the page is made: the model is read once.
    public func render(_ model: some Encodable, template: String, to path: String, momentKey: String? = nil) throws {
        let value = try templates.value(of: model, template: template)
        var hasher = pageHasher(template: template)
        value.combine(into: &hasher)
        try output.write(path, digest: hasher.finalize(), momentKey: momentKey ?? momentText) {
            templates.render(value, template: template)
        }
    }

    /// True when the previous site's file at `path` is kept as it is: the site's inputs did not
    /// change (data, templates, Lotrace), nor the file's `momentKey`, what it depends on of the
    /// as-of moment ("" for a file that does not). A step checks this before making a page that
    /// is dear to make.
    func reuse(_ path: String, momentKey: String) throws -> Bool {
        try output.reuse(path, momentKey: momentKey) != nil
    }

    /// Renders the page `model` makes with `template` at `path`, making it only when `inputs`,
    /// everything the page shows, changed since the previous site (for pages dear to make).
    func render<Model: Encodable>(
        template: String, to path: String, momentKey: String, inputs: some Encodable, model: () throws -> Model
    ) throws {
        try output.write(path, digest: digest(of: inputs, template: template), momentKey: momentKey) {
            try templates.render(model(), template: template)
        }
    }

    /// The digest of a page: Lotrace's version, its templates and the values it shows.
    private func digest(of values: some Encodable, template: String) throws -> ContentDigest {
        var hasher = pageHasher(template: template)
        hasher.combine(try DigestEncoder.digest(of: values))
        return hasher.finalize()
    }

    /// A hasher holding what every page made with `template` depends on: Lotrace's version and
    /// the template's text, with the partials and parents it renders.
    private func pageHasher(template: String) -> DigestHasher {
        var hasher = DigestHasher()
        hasher.combine(LotraceVersion.string)
        hasher.combine(template)
        if let templateDigest = templates.digest(of: template) { hasher.combine(templateDigest) }
        return hasher
    }

}
