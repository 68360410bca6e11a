/// Why `LOT [--product CODE]` named no single lot.
public enum LotLookupError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No lot of that name (for that product, when given); `others` lists the products that do
    /// have a lot of that name.
    case notFound(lot: String, product: String?, others: [String])
    /// Several lots of that name; `candidates` are their products' display names (with the
    /// company when the lots carry one).
    case ambiguous(lot: String, candidates: [String])

    /// What went wrong and what to pass instead.
    public var description: String {
        switch self {
        case .notFound(let lot, nil, _):
            "no lot or serial number \(lot)"
        case .notFound(let lot, let product?, let others) where others.isEmpty:
            "no lot or serial number \(lot) for product \(product)"
        case .notFound(let lot, let product?, let others):
            "no lot or serial number \(lot) for product \(product); it exists for: \(others.joined(separator: ", "))"
        case .ambiguous(let lot, let candidates):
            "lot \(lot) exists for several products: \(candidates.joined(separator: ", ")); pass --product"
        }
    }
}

extension Dataset {
    /// The lot named `name` (exactly), of `product` when given (Internal Reference or display
    /// name); throws when none or several match.
    public func resolveLot(named name: String, product: String? = nil) throws(LotLookupError) -> LotID {
        let matches = lots(named: name, product: product)
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            let others = product == nil ? [] : lots(named: name).map(candidateName)
            throw .notFound(lot: name, product: product, others: others)
        }
        throw .ambiguous(lot: name, candidates: matches.map(candidateName))
    }

    /// How a message names the lot's product: its display name, with the company when the lot has one.
    func candidateName(_ lot: LotID) -> String {
        let company = self[lot].company
        let product = self[self[lot].product].displayName
        return company.isEmpty ? product : "\(product) (\(company))"
    }
}
