/// The dates of every lot, each with its origin (docs/data-contract.md section 4.1).
///
/// Rules, per date:
/// - **Export**: a lot listed in a lots file that has the date's column takes the cell as it is;
///   an empty cell means the lot has no such date (a user cleared it, Odoo's S6), nothing is
///   invented in its place.
/// - **Expiration, computed** (Odoo 16+), for a lot the lots export does not date, when its
///   product uses expiration dates: base + the product's Expiration Date days, where the base
///   is the Scheduled Date of the lot's first receipt, else that receipt line's date; a lot never
///   received (made in production, found by an inventory adjustment) takes the date of the
///   first line that brought it into an internal location (Odoo: `now` when the lot is created).
/// - **Best before, removal, alert, computed**: the expiration (exported or computed) minus the
///   product's days; 0 or empty days give the expiration itself.
///
/// A product uses expiration dates when its Use Expiration Date says so; without that column,
/// when it has an Expiration Date day count. Untracked products never do (Odoo forces it off).
public struct LotDateBook: Sendable {
    private let dates: [LotDates]
    private let expiryProducts: [Bool]

    /// The dates of every lot of `graph`'s dataset.
    public init(graph: TraceGraph) {
        let undated = LotDateBook.missingColumns(graph.dataset)
        let expiryProducts = graph.dataset.products.map(LotDateBook.usesExpirationDates)
        self.expiryProducts = expiryProducts
        dates = graph.dataset.lots.map { lot in
            LotDateBook.dates(of: lot, graph: graph, undated: undated, usesExpiry: expiryProducts[Int(lot.product.index)])
        }
    }

    private static func dates(
        of lot: Lot, graph: TraceGraph, undated: [ExactText: Set<LotDateKind>], usesExpiry: Bool
    ) -> LotDates {
        var result = LotDates()
        if let position = lot.position {
            for kind in LotDateKind.allCases where !(undated[ExactText(position.file)]?.contains(kind) ?? false) {
                result[kind] = LotDate(value: kind.exported(from: lot), origin: .export(position))
            }
        }
        guard usesExpiry else { return result }
        let product = graph.dataset[lot.product]
        if result.expiration == nil {
            result.expiration = computedExpiration(of: lot.id, days: product.expirationDays ?? 0, graph: graph)
        }
        guard let expiration = result.expiration?.value else { return result }
        for kind in [LotDateKind.bestBefore, .removal, .alert] where result[kind] == nil {
            let days = kind.days(of: product) ?? 0
            result[kind] = LotDate(value: expiration.adding(days: -days), origin: .expirationMinus(days: days))
        }
        return result
    }

    /// The dates of one lot.
    public subscript(lot: LotID) -> LotDates { dates[Int(lot.index)] }

    /// The removal date of a lot; nil for none, or for lot-less stock.
    public func removal(of lot: LotID?) -> LocalDateTime? { lot.flatMap { self[$0].value(.removal) } }

    /// True when the product's lots carry expiry dates (Use Expiration Date).
    public func usesExpirationDates(_ product: ProductID) -> Bool { expiryProducts[Int(product.index)] }

    static func usesExpirationDates(_ product: Product) -> Bool {
        guard product.tracking?.isTracked ?? true else { return false }
        return product.usesExpirationDate ?? (product.expirationDays != nil)
    }

    /// The base line of a lot's computed expiration: its first receipt, else its first line into
    /// an internal location from outside, else its first line.
    private static func computedExpiration(of lot: LotID, days: Int, graph: TraceGraph) -> LotDate? {
        let dataset = graph.dataset
        let lines = graph.lines(of: lot)
        let incoming = lines.first { graph.kind(ofLine: $0) == .receipt }
            ?? lines.first { dataset[dataset.moveLines[$0].to].usage.holdsStock && !dataset[dataset.moveLines[$0].from].usage.holdsStock }
            ?? lines.first
        guard let index = incoming else { return nil }
        let line = dataset.moveLines[index]
        if graph.kind(ofLine: index) == .receipt, let transfer = line.transfer, let scheduled = dataset[transfer].scheduledDate {
            return LotDate(
                value: scheduled.adding(days: days),
                origin: .receiptScheduledDate(reference: dataset[transfer].reference, base: scheduled, days: days))
        }
        return LotDate(
            value: line.date.adding(days: days),
            origin: .firstLineDate(reference: dataset.reference(of: line), base: line.date, days: days))
    }

    /// Per lots file, the dates whose column it lacks (their header names in `RoleColumns.lots`).
    private static func missingColumns(_ dataset: Dataset) -> [ExactText: Set<LotDateKind>] {
        let headers: [(String, LotDateKind)] = [
            ("Expiration Date", .expiration), ("Best before Date", .bestBefore), ("Removal Date", .removal),
            ("Alert Date", .alert),
        ]
        var missing: [ExactText: Set<LotDateKind>] = [:]
        for file in dataset.files where file.roles.contains(.lots) {
            missing[ExactText(file.name)] = Set(headers.filter { file.missingOptionalColumns.contains($0.0) }.map(\.1))
        }
        return missing
    }
}
