/// Everything Lotrace read from a data folder, normalised and immutable: master tables indexed
/// by typed ids, done move lines, and the accounting of every input row.
public struct Dataset: Sendable {
    public var products: [Product] = []
    public var lots: [Lot] = []
    public var locations: [Location] = []
    public var partners: [Partner] = []
    public var operationTypes: [OperationType] = []
    public var transfers: [Transfer] = []
    /// Done move lines, in reading order (file-name order, then line).
    public var moveLines: [MoveLine] = []
    /// Valid move lines that are not Done (skipped for stock, kept for documents of open transfers).
    public var pendingMoveLines: [MoveLine] = []
    /// Interned move-line references (`MoveLine.reference`).
    public var references: [String] = []
    /// Interned units of measure (`MoveLine.unit`).
    public var units: [String] = []
    /// Explicit manufacturing links from the export's consume/produce line columns:
    /// produced move-line index (into `moveLines`) -> consumed move-line indices. Empty when the
    /// export did not carry them; the graph then links lots through MO references.
    public var consumedBy: [Int: [Int]] = [:]
    /// Every input file, in reading order, with its row accounting.
    public var files: [InputFile] = []
    /// Files refused as a whole, and a missing required role (the run then exits 1).
    public var refusals: [FileRefusal] = []

    public init() {}

    /// Lookups built once by the loader.
    public var productByDisplayName = TextIndex<Product>()
    public var locationByName = TextIndex<Location>()
    public var partnerByDisplayName = TextIndex<Partner>()
    public var transferByReference = TextIndex<Transfer>()
    public var operationTypeByDisplayName = TextIndex<OperationType>()
    public var lotByKey: [LotKey: LotID] = [:]

    public subscript(id: ProductID) -> Product { products[Int(id.index)] }
    public subscript(id: LotID) -> Lot { lots[Int(id.index)] }
    public subscript(id: LocationID) -> Location { locations[Int(id.index)] }
    public subscript(id: PartnerID) -> Partner { partners[Int(id.index)] }
    public subscript(id: TransferID) -> Transfer { transfers[Int(id.index)] }
    public subscript(id: OperationTypeID) -> OperationType { operationTypes[Int(id.index)] }

    /// The reference text of a move line.
    public func reference(of line: MoveLine) -> String { references[Int(line.reference)] }
    /// The unit of a move line ("" when the export had no unit column).
    public func unit(of line: MoveLine) -> String { line.unit < 0 ? "" : units[Int(line.unit)] }

    /// The lots named `name`, of one product when given (by Internal Reference or display name).
    public func lots(named name: String, product: String? = nil) -> [LotID] {
        lots.indices.compactMap { index in
            let lot = lots[index]
            guard ExactText(lot.name) == ExactText(name) else { return nil }
            if let product {
                let candidate = products[Int(lot.product.index)]
                let wanted = ExactText(product)
                guard candidate.code.map({ ExactText($0) == wanted }) == true || ExactText(candidate.displayName) == wanted
                else { return nil }
            }
            return LotID(index)
        }
    }
}

/// The identity of a lot: product, name and company ("" without a company column), names
/// compared byte for byte.
public struct LotKey: Hashable, Sendable {
    public var product: ProductID
    public var name: ExactText
    public var company: ExactText

    public init(product: ProductID, name: String, company: String) {
        self.product = product
        self.name = ExactText(name)
        self.company = ExactText(company)
    }
}
