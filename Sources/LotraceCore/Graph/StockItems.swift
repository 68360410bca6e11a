/// The dense numbering of what stock is tracked as: each lot is an item (its index), and each
/// product's lot-less stock is one more item (lot count + product index).
struct StockItems: Sendable {
    let lotProducts: [ProductID]
    let productCount: Int

    init(dataset: Dataset) {
        lotProducts = dataset.lots.map(\.product)
        productCount = dataset.products.count
    }

    var count: Int { lotProducts.count + productCount }

    /// The item a line moves.
    @inline(__always)
    func item(of line: MoveLine) -> Int {
        if let lot = line.lot { return Int(lot.index) }
        return lotProducts.count + Int(line.product.index)
    }

    /// The product of an item.
    func product(of item: Int) -> ProductID {
        item < lotProducts.count ? lotProducts[item] : ProductID(item - lotProducts.count)
    }

    /// The lot of an item; nil for a product's lot-less stock.
    func lot(of item: Int) -> LotID? {
        item < lotProducts.count ? LotID(item) : nil
    }
}
