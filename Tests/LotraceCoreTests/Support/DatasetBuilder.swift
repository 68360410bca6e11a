@testable import LotraceCore

/// Makes small Datasets directly (no CSV) for graph tests: Odoo 17's default locations are
/// there from the start; products, lots, transfers and done lines are added in reading order.
struct DatasetBuilder {
    private(set) var dataset = Dataset()
    let vendors: LocationID
    let customers: LocationID
    let production: LocationID
    let inventory: LocationID
    let stock: LocationID

    init() {
        vendors = LocationID(0)
        customers = LocationID(1)
        production = LocationID(2)
        inventory = LocationID(3)
        stock = LocationID(4)
        for (name, usage) in [
            ("Partners/Vendors", LocationUsage.supplier), ("Partners/Customers", .customer),
            ("Virtual Locations/Production", .production), ("Virtual Locations/Inventory adjustment", .inventory),
            ("WH/Stock", .internal),
        ] {
            _ = location(name, usage)
        }
    }

    /// Adds a location.
    mutating func location(_ fullName: String, _ usage: LocationUsage) -> LocationID {
        let id = LocationID(dataset.locations.count)
        dataset.locations.append(Location(id: id, fullName: fullName, usage: usage, usageSource: .locationsFile))
        dataset.locationByName[ExactText(fullName)] = id
        return id
    }

    /// Adds a product "[code] name" (or "name" without a code).
    mutating func product(_ code: String?, _ name: String, tracking: Tracking = .lot) -> ProductID {
        let id = ProductID(dataset.products.count)
        let display = code.map { "[\($0)] \(name)" } ?? name
        dataset.products.append(Product(id: id, displayName: display, name: name, code: code, tracking: tracking))
        dataset.productByDisplayName[ExactText(display)] = id
        return id
    }

    /// Adds a lot of `product`.
    mutating func lot(_ name: String, of product: ProductID, company: String = "") -> LotID {
        let id = LotID(dataset.lots.count)
        dataset.lots.append(Lot(id: id, product: product, name: name, company: company))
        dataset.lotByKey[LotKey(product: product, name: name, company: company)] = id
        return id
    }

    /// Adds a transfer.
    mutating func transfer(_ reference: String, contact: String? = nil, origin: String? = nil) -> TransferID {
        let id = TransferID(dataset.transfers.count)
        dataset.transfers.append(Transfer(id: id, reference: reference, origin: origin, contactName: contact))
        dataset.transferByReference[ExactText(reference)] = id
        return id
    }

    /// Adds a done line dated `date` (`YYYY-MM-DD HH:MM:SS`); its transfer is the one with its
    /// reference, if any. Returns its index in `moveLines`.
    @discardableResult
    mutating func line(
        _ date: String, _ reference: String, _ product: ProductID, _ lot: LotID?,
        from: LocationID, to: LocationID, _ quantity: String, sequence: Int? = nil
    ) -> Int {
        let referenceID: Int32
        if let existing = dataset.references.firstIndex(of: reference) {
            referenceID = Int32(existing)
        } else {
            referenceID = Int32(dataset.references.count)
            dataset.references.append(reference)
        }
        if dataset.units.isEmpty { dataset.units.append("Units") }
        let index = dataset.moveLines.count
        dataset.moveLines.append(
            MoveLine(
                date: LocalDateTime.parse(Array(date.utf8))!, reference: referenceID, product: product, lot: lot,
                from: from, to: to, quantity: try! Quantity.parse(Array(quantity.utf8)).get(), unit: 0,
                transfer: dataset.transferByReference[ExactText(reference)], file: 0, line: Int32(index + 2),
                sequence: Int32(sequence ?? index)))
        return index
    }

    /// Links a produced line to the lines it consumed (the export's consume/produce columns).
    mutating func link(produced: Int, consumed: [Int]) { dataset.consumedBy[produced] = consumed }
}
