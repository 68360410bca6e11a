/// Why a recall selection names no lot to recall.
public enum RecallSelectionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Nothing to select by: no lot, product or supplier lot.
    case empty
    /// `--received` without `--product`.
    case receivedWithoutProduct
    /// No product has this Internal Reference or display name.
    case unknownProduct(String)
    /// A named lot could not be resolved.
    case lot(LotLookupError)
    /// The product has no lot received in the range.
    case nothingReceived(product: String, range: ReceivedRange)
    /// No lot has this supplier lot number.
    case unknownSupplierLot(String)
    /// The product has no lot at all.
    case noLots(product: String)
    /// No row of the lots list names a lot of the data (its rows say why).
    case lotListNamesNothing(LotListResolution)

    /// What went wrong and what to pass instead.
    public var description: String {
        switch self {
        case .empty: "name at least one lot, or --product, or --from-supplier-lot"
        case .receivedWithoutProduct: "--received needs --product (the product whose receipts to look at)"
        case .unknownProduct(let product): "no product with Internal Reference or name \(product)"
        case .lot(let error): error.description
        case .nothingReceived(let product, let range): "no lot of \(product) was received in \(range)"
        case .unknownSupplierLot(let name): "no lot has the supplier lot number (Internal Reference) \(name)"
        case .noLots(let product): "product \(product) has no lots"
        case .lotListNamesNothing(let resolution) where resolution.read == 0:
            "\(resolution.list.name) names no lot: it has no data row"
        case .lotListNamesNothing(let resolution):
            "\(resolution.list.name): none of its \(resolution.read) row\(resolution.read == 1 ? "" : "s") names a lot of the data"
        }
    }
}
