import LotraceCore

/// A delivery slip as the pages show it (`templates/partials/slip-*.mustache`): every value
/// formatted, links relative to the page that shows it. One slip's page (`SlipPage`) and a day's
/// slips (`DaySlipsPage`) hold it.
struct SlipContent: Sendable, Encodable {
    var reference: String
    /// Code 128 of the reference (or a note when it cannot carry it).
    var referenceBarcode: PrintedBarcode
    var status: String
    /// "done", "open" or "cancelled" (a CSS class).
    var state: String
    var isDone: Bool
    var order: String?
    var shippingDate: String
    var operationType: String?
    var company: AddressBlock
    var customer: AddressBlock?
    var hasExpiry: Bool
    /// "Delivered" for a done transfer, "To deliver" otherwise.
    var quantityHeading: String
    var rows: [Row]
    var lineCount: String
    /// Columns the total's label spans (Product, Lot, and Expiration Date when shown).
    var totalSpan: Int
    /// Quantities summed per unit ("12.00 Units").
    var totals: [String]
    var remaining: [Remaining]
    var hasRemaining: Bool
    var backorders: [Link]
    var backorderOf: Link?

    /// One move line.
    struct Row: Sendable, Encodable {
        var number: Int
        var product: String
        var internalReference: String?
        var barcode: String?
        var lot: String?
        var lotHref: String?
        var isSerial: Bool
        var expiry: String
        var quantity: String
        var unit: String
        /// GS1-128 or GS1 DataMatrix of GTIN, expiry and lot or serial; nil without a GTIN.
        var gs1Barcode: PrintedBarcode?
    }

    /// A product still to deliver on an open backorder.
    struct Remaining: Sendable, Encodable {
        var product: String
        var quantity: String
        var unit: String
    }

    /// A link to another page.
    struct Link: Sendable, Encodable {
        var text: String
        var href: String?
    }

    /// `slip`, its symbols drawn by `barcodes`, linking through `links` (nil: a page of its own,
    /// without links to other pages).
    init(slip: DeliverySlip, barcodes: SlipBarcodes, links: PageLinks?) {
        reference = slip.reference
        referenceBarcode = barcodes.reference(slip.reference)
        status = Self.statusText(slip)
        state = Self.state(slip)
        isDone = slip.isDone
        order = slip.order.flatMap { $0.isEmpty ? nil : $0 }
        shippingDate = DisplayFormat.minutes(slip.shippingDate)
        operationType = slip.operationType
        company = AddressBlock(company: slip.company)
        customer = slip.customer.map(AddressBlock.init(customer:))
        hasExpiry = slip.lines.contains { $0.expirationDate != nil }
        quantityHeading = slip.isDone ? "Delivered" : "To deliver"
        rows = slip.lines.enumerated().map { offset, line in
            Row(
                number: offset + 1, product: line.productName, internalReference: line.internalReference,
                barcode: line.barcode, lot: line.lotName, lotHref: line.lot.flatMap { lot in links?.lot(lot) },
                isSerial: line.isSerial, expiry: DisplayFormat.date(line.expirationDate),
                quantity: DisplayFormat.quantity(line.quantity), unit: line.unit, gs1Barcode: barcodes.line(line))
        }
        lineCount = DisplayFormat.count(slip.lines.count, "line")
        totalSpan = hasExpiry ? 3 : 2
        totals = Self.totals(slip.lines.map { ($0.quantity, $0.unit) })
        remaining = slip.remaining.map {
            Remaining(product: $0.productName, quantity: DisplayFormat.quantity($0.quantity), unit: $0.unit)
        }
        hasRemaining = !remaining.isEmpty
        let link = { (reference: String) in
            Link(text: reference, href: links?.slip(reference))
        }
        backorders = slip.backorders.map(link)
        backorderOf = slip.backorderOf.map(link)
    }

    /// The running header a printed page of `slip` carries: "<company> — Delivery slip <reference>".
    static func printHeader(_ slip: DeliverySlip) -> String { "\(slip.company.name) \u{2014} Delivery slip \(slip.reference)" }

    /// "done", "open" or "cancelled".
    static func state(_ slip: DeliverySlip) -> String { slip.isDone ? "done" : slip.isCancelled ? "cancelled" : "open" }

    /// "Done", "Ready", "Cancelled"... as exported; "Unknown" without a status.
    static func statusText(_ slip: DeliverySlip) -> String {
        switch slip.status {
        case .done: "Done"
        case .notDone(let text): text
        case nil: "Unknown"
        }
    }

    /// Quantities summed per unit, units in order of first appearance.
    private static func totals(_ quantities: [(Quantity, String)]) -> [String] {
        var units: [ExactText] = []
        var sums: [ExactText: Quantity] = [:]
        for (quantity, unit) in quantities {
            let key = ExactText(unit)
            if sums[key] == nil { units.append(key) }
            sums[key, default: .zero] += quantity
        }
        return units.map { DisplayFormat.quantity(sums[$0] ?? .zero, unit: $0.text) }
    }
}
