/// Writes move lines (Odoo's "Moves History") as they happen and keeps stock in step.
final class Ledger {
    /// A move line's Status label.
    enum Status: String, CaseIterable {
        case done = "Done", available = "Available", waiting = "Waiting", cancelled = "Cancelled"
    }

    static let header = ["Date", "Reference", "Product", "Lot/Serial Number", "From", "To", "Quantity",
                         "Unit of Measure", "Status", "Transfer"]

    let book: LotBook
    private let file: CSVFile
    private let products = Item.allCases.map { CSVFile.quoted($0.spec.displayName) }
    private let units = Item.allCases.map { CSVFile.quoted($0.spec.unit.rawValue) }
    private let places = Place.allCases.map { CSVFile.quoted($0.fullName) }
    private let statuses = Dictionary(uniqueKeysWithValues: Status.allCases.map { ($0, CSVFile.quoted($0.rawValue)) })

    init(file: CSVFile, book: LotBook) {
        self.file = file
        self.book = book
    }

    /// Move lines written so far.
    var count: Int { file.rows }

    /// Writes one move line; a Done line also moves the stock, unless `booked` is false (the
    /// incidents' lines that the stock book must not see: a lot's label on another product,
    /// stock without a lot, a second unit under one serial, stock that was never there).
    /// - Parameters:
    ///   - reference: the picking name, MO name, scrap name or "Product Quantity Updated".
    ///   - transfer: the picking name for receipts, deliveries, returns and internal transfers.
    func post(_ time: Timestamp, reference: String, lot: Int, item: Item? = nil, from: Place, to: Place,
              quantity: Int, status: Status = .done, transfer: String = "", booked: Bool = true) {
        let record = book.lots[lot]
        let product = item ?? record.item
        file.field(time: time)
        file.field(reference)
        file.field(quoted: products[product.rawValue])
        file.field(record.name)
        file.field(quoted: places[from.rawValue])
        file.field(quoted: places[to.rawValue])
        file.field(milli: quantity)
        file.field(quoted: units[product.rawValue])
        file.field(quoted: statuses[status]!)
        file.field(transfer)
        file.endRow()
        guard status == .done, booked else { return }
        if from.isInternal { book.change(lot, at: from, by: -quantity) }
        if to.isInternal { book.change(lot, at: to, by: quantity) }
    }
}
