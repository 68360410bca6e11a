/// The lots a lots list names in the data (`lotrace recall --lots-file`, docs/input-rules.md
/// rule 39). A row resolves to exactly one lot: its lot cell names lots exactly, and its
/// product cell (Internal Reference, display name, else GTIN) or, for a row that names no
/// product, `product` (`--product`: Internal Reference or display name) chooses among them.
/// Else it is unresolved: an unknown product, an unknown lot, a lot name that stays ambiguous,
/// an empty lot cell. A row naming a lot an earlier row named is a duplicate: the lot is
/// recalled once. Every row read is accounted for:
/// `read == lots.count + duplicates.count + blank + unresolved.count`.
public struct LotListResolution: Sendable, Hashable {
    /// A row naming a lot an earlier row named.
    public struct Duplicate: Sendable, Hashable {
        public var line: Int
        public var product: String?
        public var lot: String
        /// The line of the row that first named the lot.
        public var firstLine: Int
    }

    public var list: LotList
    /// The lots named, each once, in the order of the rows that first named them.
    public var lots: [LotID] = []
    public var duplicates: [Duplicate] = []
    /// The rows that name no single lot and those that could not be read, in line order.
    public var unresolved: [LotListProblem] = []

    /// Data rows read.
    public var read: Int { list.read }
    /// Rows whose product and lot cells are both empty.
    public var blank: Int { list.blank }

    /// The rows of `list` resolved with `finder`; `product` is the product of the rows that
    /// name none.
    public init(list: LotList, finder: LotFinder, product: String? = nil) {
        self.list = list
        var firstLines: [LotID: Int] = [:]
        var problems = list.rejected.map { rejection in
            LotListProblem(
                line: rejection.position.line, column: rejection.position.column, product: nil, lot: nil,
                reason: .unreadable(rejection.reason), message: rejection.message)
        }
        for row in list.rows {
            switch Self.resolve(row, list: list, finder: finder, product: product) {
            case .problem(let problem): problems.append(problem)
            case .lot(let lot):
                if let first = firstLines[lot] {
                    duplicates.append(Duplicate(line: row.line, product: row.product, lot: row.lot, firstLine: first))
                } else {
                    firstLines[lot] = row.line
                    lots.append(lot)
                }
            }
        }
        unresolved = problems.enumerated().sorted { a, b in
            (a.element.line, a.offset) < (b.element.line, b.offset)
        }.map(\.element)
    }

    /// What a row names.
    private enum Outcome {
        case lot(LotID)
        case problem(LotListProblem)
    }

    /// The lot `row` names, or why it names none.
    private static func resolve(_ row: LotList.Row, list: LotList, finder: LotFinder, product defaultProduct: String?) -> Outcome {
        let problem = { (reason: LotListProblem.Reason, column: Int, message: String) in
            Outcome.problem(
                LotListProblem(line: row.line, column: column, product: row.product, lot: row.lot, reason: reason, message: message))
        }
        let dataset = finder.dataset
        var products: [ProductID]?
        if let named = row.product {
            let found = finder.products(namedOrGTIN: named)
            guard !found.isEmpty else {
                return problem(
                    .unknownProduct, list.productColumn ?? 0,
                    "no product has the Internal Reference, display name or GTIN \(MessageText.quoted(named))")
            }
            products = found
        } else if let defaultProduct {
            let found = finder.products(named: defaultProduct)
            guard !found.isEmpty else {
                return problem(
                    .unknownProduct, 0,
                    "no product has the Internal Reference or display name \(MessageText.quoted(defaultProduct)) (--product)")
            }
            products = found
        }
        guard !row.lot.isEmpty else {
            return problem(
                .missingLot, list.lotColumn, "the lot cell is empty; the row names only the product \(MessageText.quoted(row.product ?? ""))")
        }
        let lot = MessageText.quoted(row.lot)
        let ofProduct = (row.product ?? defaultProduct).map { " of product \(MessageText.quoted($0))" } ?? ""
        let matches = products.map { finder.lots(named: row.lot, of: $0) } ?? finder.lots(named: row.lot)
        switch matches.count {
        case 1:
            return .lot(matches[0])
        case 0:
            let others = products == nil ? [] : finder.lots(named: row.lot).map(dataset.candidateName)
            let elsewhere = others.isEmpty ? "" : "; it exists for: \(others.joined(separator: ", "))"
            return problem(.unknownLot, list.lotColumn, "no lot or serial number \(lot)\(ofProduct)\(elsewhere)")
        default:
            let candidates = matches.map(dataset.candidateName).joined(separator: ", ")
            guard products == nil else {
                return problem(.ambiguousLot, list.lotColumn, "lot \(lot)\(ofProduct) names several lots: \(candidates)")
            }
            let hint = list.productColumn == nil ? "add a product column, or pass --product" : "fill in its product"
            return problem(.ambiguousLot, list.lotColumn, "lot \(lot) exists for several products: \(candidates); \(hint)")
        }
    }
}
