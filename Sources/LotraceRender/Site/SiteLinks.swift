import LotraceCore

/// The file of every lot page and delivery slip (and of the slips' months and days), fixed
/// before any page is rendered so that any page can link to any other. Names come from
/// `SafeFileNames` (sanitised, unique per folder); paths are relative to the site root and
/// `relative(_:from:)` turns them into links that work from a file system, a web server or a zip.
public struct SiteLinks: Sendable {
    /// Folder of the lot pages.
    public static let lotsFolder = "lots"
    /// Folder of the delivery slips (and their twins: same base name, other suffix).
    public static let slipsFolder = "slips"

    private let lots: LotNames
    private let slipBases: [ExactText: String]
    private let monthBases: [String: String]
    /// The file names of each day's parts (`SlipDay.parts`), first part first.
    private let dayBases: [String: [String]]

    /// Names every lot of `dataset` ("<product key>_<lot name>") and every slip (its reference).
    public init(dataset: Dataset, slips: [DeliverySlip]) {
        self.init(lots: LotNames(dataset: dataset), slips: slips, days: SlipDay.days(of: slips))
    }

    /// The file names of the products' and lots' pages, made apart from the slips' (on another
    /// core while the slips are made: `SiteContext`).
    struct LotNames: Sendable {
        fileprivate let lotBases: [String]
        fileprivate let productBases: [String]
        /// Lots by "<product key>\0<lot name>" (the first lot when companies share a name).
        fileprivate let lotsByName: [ExactText: LotID]

        /// Names every product and every lot of `dataset` ("<product key>_<lot name>").
        init(dataset: Dataset) {
            var productNames = SafeFileNames()
            productBases = dataset.products.map { productNames.name(for: $0.key, suffix: "") }
            var lotNames = SafeFileNames()
            lotBases = dataset.lots.map { lot in
                lotNames.name(for: dataset[lot.product].key + "_" + lot.name, suffix: "")
            }
            var lotsByName: [ExactText: LotID] = [:]
            for lot in dataset.lots.reversed() { lotsByName[SiteLinks.lotKey(dataset[lot.product].key, lot.name)] = lot.id }
            self.lotsByName = lotsByName
        }
    }

    /// The links of the pages `lots` names, of `slips`' and of `days`, the days of those slips.
    init(lots: LotNames, slips: [DeliverySlip], days: [SlipDay]) {
        self.lots = lots
        var slipNames = SafeFileNames()
        monthBases = Dictionary(uniqueKeysWithValues: SlipIndexPage.months(of: slips).map { ($0, slipNames.reserve($0, suffix: "")) })
        // Every part of every day is reserved before any slip is named: a slip whose reference
        // reads like a part ("2025-03-25-2") gets another name, never the part's.
        dayBases = Dictionary(
            uniqueKeysWithValues: days.map { day in
                (day.date, day.parts.indices.map { slipNames.reserve(Self.partName(day.date, $0 + 1), suffix: "") })
            })
        var slipBases: [ExactText: String] = [:]
        for slip in slips { slipBases[ExactText(slip.reference)] = slipNames.name(for: slip.reference, suffix: "") }
        self.slipBases = slipBases
    }

    /// The file name (without extension) of a product's list of lots ("FL-001").
    func productBase(_ product: ProductID) -> String { lots.productBases[Int(product.index)] }

    /// "products/FL-001.html": the first page of the product's list of lots.
    func productPage(_ product: ProductID) -> String { "\(StockPages.productsFolder)/\(productBase(product)).html" }

    /// "lots/FL-001_FLR-250106-1.html".
    public func lotPage(_ lot: LotID) -> String { "\(Self.lotsFolder)/\(lots.lotBases[Int(lot.index)]).html" }

    /// The page of the lot a report names by product key and lot name; nil when there is none.
    public func lotPage(product: String, lot: String) -> String? {
        lots.lotsByName[Self.lotKey(product, lot)].map(lotPage)
    }

    /// "slips/WH_OUT_00006" + `suffix` for the slip of `reference`; nil when it has none.
    public func slipFile(_ reference: String, suffix: String = ".html") -> String? {
        slipBases[ExactText(reference)].map { "\(Self.slipsFolder)/\($0)\(suffix)" }
    }

    /// The file name (without extension) of the list of the slips of `month` ("2025-03"), in
    /// the slips' folder (slips cannot take it).
    func monthBase(_ month: String) -> String { monthBases[month] ?? month }

    /// "slips/2025-03-25.html": the page of the slips of the day `date`, or of its part `part`
    /// (1-based) when the day prints in several: "slips/2025-03-25-2.html" for the second
    /// (slips cannot take these names).
    func dayPage(_ date: String, part: Int = 1) -> String {
        let bases = dayBases[date] ?? []
        return "\(Self.slipsFolder)/\(bases.indices.contains(part - 1) ? bases[part - 1] : Self.partName(date, part)).html"
    }

    /// "2025-03-25" for the first part of the day, "2025-03-25-2" for the second...
    private static func partName(_ date: String, _ part: Int) -> String { part == 1 ? date : "\(date)-\(part)" }

    fileprivate static func lotKey(_ product: String, _ lot: String) -> ExactText { ExactText(product + "\u{0}" + lot) }

    /// The link from the page at `page` to the site path `path` ("../lots/x.html" from
    /// "slips/y.html"). Both are site-relative paths of safe names.
    public static func relative(_ path: String, from page: String) -> String {
        let depth = page.split(separator: "/").count - 1
        return String(repeating: "../", count: max(depth, 0)) + path
    }
}
