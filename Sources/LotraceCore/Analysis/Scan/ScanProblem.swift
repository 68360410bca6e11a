/// Why a scan led to no trace: unreadable GS1 data, or a label the data does not know.
public enum ScanProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The GS1 reader refused the data, or the AIs do not go together.
    case gs1(GS1Error)
    /// The label carries no (01) GTIN.
    case noProduct
    /// No product has this GTIN as its Barcode (of `product` when given).
    case unknownGTIN(String, product: String?)
    /// Several products share the GTIN; their display names.
    case ambiguousGTIN(String, candidates: [String])
    /// The label carries neither (10) lot nor (21) serial number.
    case noLot
    /// The product is known but not the lot or serial; its lots of closest names.
    case unknownLot(String, product: String, closest: [String])
    /// The product has a lot of that name in several companies.
    case severalCompanies(String, product: String, companies: [String])

    public var description: String {
        switch self {
        case .gs1(let error): "GS1 data refused: \(error)"
        case .noProduct: "the scan carries no GTIN (01): use lotrace trace LOT --product CODE"
        case .unknownGTIN(let gtin, nil): "no product has GTIN \(gtin) as its Barcode"
        case .unknownGTIN(let gtin, let product?): "product \(product) does not have GTIN \(gtin) as its Barcode"
        case .ambiguousGTIN(let gtin, let candidates):
            "GTIN \(gtin) is the Barcode of several products: \(candidates.joined(separator: ", ")); pass --product"
        case .noLot: "the scan carries neither a lot (10) nor a serial number (21)"
        case .unknownLot(let lot, let product, let closest) where closest.isEmpty:
            "unknown lot or serial number \(lot) for product \(product); it has no lot of a similar name"
        case .unknownLot(let lot, let product, let closest):
            "unknown lot or serial number \(lot) for product \(product); closest: \(closest.joined(separator: ", "))"
        case .severalCompanies(let lot, let product, let companies):
            "lot \(lot) of product \(product) exists in several companies (\(companies.joined(separator: ", "))): the label cannot tell them apart"
        }
    }
}
