/// Finds lots by exact name and products by Internal Reference, display name or GTIN through
/// indexes built once, so that a list of thousands of lots is looked up in linear time
/// (`Dataset.lots(named:product:)` scans every lot). Answers are those of `Dataset`: names
/// compared byte for byte, lots in dataset order.
public struct LotFinder: Sendable {
    public let dataset: Dataset
    private let lotsByName: [ExactText: [LotID]]
    private let productsByName: [ExactText: [ProductID]]
    private let gtins: GTINIndex

    /// The indexes of `dataset`.
    public init(dataset: Dataset) {
        self.dataset = dataset
        var lots: [ExactText: [LotID]] = [:]
        for lot in dataset.lots { lots[ExactText(lot.name), default: []].append(lot.id) }
        lotsByName = lots
        var products: [ExactText: [ProductID]] = [:]
        for product in dataset.products {
            if let code = product.code { products[ExactText(code), default: []].append(product.id) }
            products[ExactText(product.displayName), default: []].append(product.id)
        }
        productsByName = products.mapValues { Array(Set($0)).sorted { $0.index < $1.index } }
        gtins = GTINIndex(dataset: dataset)
    }

    /// The lots named `name`, in dataset order.
    public func lots(named name: String) -> [LotID] { lotsByName[ExactText(name)] ?? [] }

    /// The lots named `name` of one of `products`, in dataset order.
    public func lots(named name: String, of products: [ProductID]) -> [LotID] {
        lots(named: name).filter { products.contains(dataset[$0].product) }
    }

    /// The products whose Internal Reference or display name is `text` (as `--product` names
    /// them), in dataset order.
    public func products(named text: String) -> [ProductID] { productsByName[ExactText(text)] ?? [] }

    /// The products `text` names: by Internal Reference or display name, else by GTIN (the
    /// Barcode, any of GTIN-8/12/13/14).
    public func products(namedOrGTIN text: String) -> [ProductID] {
        let named = products(named: text)
        return named.isEmpty ? gtins.products(gtin: text) : named
    }
}
