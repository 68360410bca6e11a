/// Products by GTIN: every product whose Barcode is a GTIN-8/12/13/14 with a right check
/// digit, under its 14-digit form (so a label's (01) finds a product exported with its EAN-13).
/// Barcodes that are not GTINs (internal codes) are left out.
public struct GTINIndex: Sendable {
    private let productsByGTIN: [String: [ProductID]]

    public init(dataset: Dataset) {
        var index: [String: [ProductID]] = [:]
        for product in dataset.products {
            guard let barcode = product.barcode, let gtin = GTIN.normalised(barcode) else { continue }
            index[gtin, default: []].append(product.id)
        }
        productsByGTIN = index
    }

    /// The products whose Barcode is `gtin` (any of the four lengths), in products-file order;
    /// empty when none is, or when `gtin` is not a valid GTIN.
    public func products(gtin: String) -> [ProductID] {
        GTIN.normalised(gtin).flatMap { productsByGTIN[$0] } ?? []
    }
}
