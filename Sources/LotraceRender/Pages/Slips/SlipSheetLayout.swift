/// Cuts a delivery slip into sheets that each fit one printed page of A4 or of Letter, for a
/// day's slips printed in one go (`DaySlipsPage`): a browser numbers the pages of a document,
/// never those of each slip in it, so Lotrace decides where each slip's pages end and prints
/// "Page N of M" per slip.
///
/// The first sheet holds the slip's head and parties, every sheet the column headings and whole
/// rows, the last one the total, the remaining quantities and the signature block (when they do
/// not fit after the last row, they take that row along to a sheet of their own, unless it is
/// alone on its sheet). Heights are upper bounds (`PrintFont`) of the print styles of
/// `templates/site.css` (the slip's, and the `.sheet` rules that fix the widths measured here:
/// change both together), summed against `sheetHeight`: the height of Letter's printable area
/// (279.4 mm less the 16 mm margins) less a safety margin; A4 is taller and its width is the one
/// measured. The table's column widths are fixed here (`columns`, written into the page): the
/// product column is as wide as the widest symbol in it. A single row taller than a sheet gets
/// a sheet of its own and runs over it.
struct SlipSheetLayout: Sendable {
    /// Usable height of a sheet, in millimetres.
    static let sheetHeight = 245.0
    /// Usable width of a sheet (A4, 210 mm less the 13 mm margins), in millimetres.
    static let sheetWidth = 184.0
    /// The gap between the two halves of the head and of the parties (2 rem).
    static let gap = PrintFont.mm(rem: 2)
    /// The company's half of the head is never narrower than this (`.sheet .company`).
    static let companyMinimum = 60.0
    /// The label column of the transfer's facts (`.sheet .slip-info`).
    static let labelColumn = 36.0
    /// The product column of the remaining quantities (`.sheet .remaining`).
    static let remainingProductColumn = 124.0

    /// The slip measured.
    let slip: SlipContent
    /// Widths of the table's columns in millimetres: number, product, lot, expiry (when the
    /// slip shows it) and quantity.
    let columns: [Double]

    /// The layout of `slip`.
    init(_ slip: SlipContent) {
        self.slip = slip
        columns = Self.columns(slip)
    }

    /// Number column 2.2 rem; lot 36 mm, expiry 26 mm, quantity 30 mm; the product column takes
    /// the rest, and for a symbol that needs more, takes it from the others in proportion to what
    /// they can give (down to 12, 16 and 18 mm: their text then wraps).
    private static func columns(_ slip: SlipContent) -> [Double] {
        let number = PrintFont.mm(rem: 2.2)
        let preferred = slip.hasExpiry ? [36.0, 26, 30] : [36.0, 30]
        let minimum = slip.hasExpiry ? [12.0, 16, 18] : [12.0, 18]
        let symbols = slip.rows.compactMap { $0.gs1Barcode?.width }.max() ?? 0
        let needed = symbols + cellPadding
        let product = sheetWidth - number - preferred.reduce(0, +)
        guard needed > product else { return [number, product] + preferred }
        let slack = zip(preferred, minimum).map { $0 - $1 }
        let taken = min(needed - product, slack.reduce(0, +))
        let others = zip(preferred, slack).map { width, give in width - taken * give / slack.reduce(0, +) }
        return [number, needed] + others
    }

    /// The rows of each sheet, in order (one sheet, maybe without rows, at least).
    func sheets() -> [Range<Int>] {
        let rows = slip.rows.map(height(of:))
        let headings = headingsHeight
        var sheets: [Range<Int>] = []
        var start = 0
        var used = headHeight + headings
        for (index, height) in rows.enumerated() {
            // A row that does not fit goes to the next sheet; the first row leaves the head's
            // sheet only for a sheet it fits on.
            if used + height > Self.sheetHeight && (index > start || (sheets.isEmpty && headings + height <= Self.sheetHeight)) {
                sheets.append(start..<index)
                start = index
                used = headings
            }
            used += height
        }
        if used + tailHeight > Self.sheetHeight {
            // The tail goes to a sheet of its own, with the last row when this sheet has others.
            let moved = rows.count - start > 1 ? rows.count - 1 : rows.count
            sheets.append(start..<moved)
            start = moved
        }
        sheets.append(start..<rows.count)
        return sheets
    }

    /// Company and document title side by side, then customer and transfer facts side by side.
    var headHeight: Double {
        let half = (Self.sheetWidth - Self.gap) / 2
        let titleWidth = max(half, slip.referenceBarcode.width)
        let companyWidth = max(Self.companyMinimum, Self.sheetWidth - Self.gap - titleWidth)
        let company = Self.addressHeight(slip.company, nameFont: .rem(1.25, .bold), nameMargin: PrintFont.mm(rem: 0.15), width: companyWidth)
        var title = PrintFont.rem(0.8, .bold, uppercase: true, letterSpacing: 0.12).height("Delivery Slip", width: titleWidth)
        title += PrintFont.mm(rem: 0.2) + PrintFont.rem(1.6, .bold).height(slip.reference, width: titleWidth)
        title += Self.barcodeHeight(slip.referenceBarcode, width: titleWidth)
        if !slip.isDone {
            let banner = PrintFont.rem(0.8, .bold, uppercase: true, letterSpacing: 0.05)
            title += PrintFont.mm(rem: 0.3 + 0.4 + 1.2) + 4 * Self.pixel + banner.height("\(slip.status) · not shipped", width: titleWidth)
        }
        let head = max(company, title) + PrintFont.mm(rem: 1) + 3 * Self.pixel
        var customer = PrintFont.rem(0.75, .bold, uppercase: true, letterSpacing: 0.08).lineHeight + PrintFont.mm(rem: 0.3)
        if let address = slip.customer {
            customer += Self.addressHeight(address, nameFont: .rem(1.05, .bold), nameMargin: 0, width: half)
        } else {
            customer += PrintFont.rem(1).lineHeight
        }
        // The status is a pill, padded 0.45 rem on each side.
        let valueWidth = half - Self.labelColumn - PrintFont.mm(rem: 1.2)
        let facts: [(String, String, Double)] =
            [("Order", slip.order ?? "—", valueWidth), ("Shipping Date", slip.shippingDate, valueWidth),
             ("Status", slip.status, valueWidth - PrintFont.mm(rem: 0.9))]
            + (slip.operationType.map { [("Operation", $0, valueWidth)] } ?? [])
            + (slip.backorderOf.map { [("Backorder of", $0.text, valueWidth)] } ?? [])
        let body = PrintFont.rem(1)
        let info = facts.map { label, value, width in
            Double(max(PrintFont.rem(1, .bold).lines(label, width: Self.labelColumn), body.lines(value, width: width))) * body.lineHeight
        }.reduce(0, +) + Double(facts.count - 1) * PrintFont.mm(rem: 0.25)
        return head + PrintFont.mm(rem: 1.2 + 1.4) + max(customer, info)
    }

    /// The column headings of a sheet's table, with the table's top margin.
    var headingsHeight: Double {
        let heading = PrintFont.rem(0.78, .bold, uppercase: true, letterSpacing: 0.05)
        let texts = ["#", "Product", "Lot/Serial Number"] + (slip.hasExpiry ? ["Expiration Date"] : []) + [slip.quantityHeading]
        let lines = zip(texts, columns).map { text, width in heading.lines(text, width: width - Self.cellPadding) }
        return PrintFont.mm(rem: 0.5 + 0.9) + 2 * Self.pixel + Double(lines.max() ?? 1) * heading.lineHeight
    }

    /// One line of the slip: product (name, GTIN, symbol), lot, expiry and quantity side by side.
    func height(of row: SlipContent.Row) -> Double {
        let body = PrintFont.rem(1)
        let width = columns[1] - Self.cellPadding
        var product = PrintFont.rem(1, .bold).height(row.product, width: width)
        if let barcode = row.barcode { product += PrintFont.rem(0.8).height("Barcode \(barcode)", width: width) }
        if let symbol = row.gs1Barcode { product += Self.barcodeHeight(symbol, width: width) }
        // A serial number's "SN" tag: 0.7 rem text, 0.3 rem padding and a pixel of border each side.
        let tag = row.isSerial ? PrintFont.rem(0.7).width("SN") + PrintFont.mm(rem: 0.6) + 2 * Self.pixel : 0
        let lot = PrintFont.rem(0.9, .monospace).height(row.lot ?? "—", width: columns[2] - Self.cellPadding, trailing: tag)
        let expiry = slip.hasExpiry ? body.height(row.expiry, width: columns[3] - Self.cellPadding) : 0
        let quantity = body.height("\(row.quantity) \(row.unit)", width: (columns.last ?? 0) - Self.cellPadding)
        return PrintFont.mm(rem: 0.9) + Self.pixel + max(product, lot, expiry, quantity)
    }

    /// The total row, the table's bottom margin, the remaining quantities and the signature block.
    var tailHeight: Double {
        let body = PrintFont.rem(1)
        let total = PrintFont.rem(1, .bold)
        let labelWidth = columns.dropFirst().dropLast().reduce(0, +) - Self.cellPadding
        let totals = slip.totals.map { total.height($0, width: (columns.last ?? 0) - Self.cellPadding) }.reduce(0, +)
        var tail = PrintFont.mm(rem: 0.9) + 2 * Self.pixel + max(total.height("Total · \(slip.lineCount)", width: labelWidth), totals)
        tail += PrintFont.mm(rem: 1)
        if slip.hasRemaining {
            tail += PrintFont.mm(rem: 1.2 + 0.2 + 0.3) + PrintFont.rem(1, .bold).height("Remaining quantities not yet delivered", width: Self.sheetWidth)
            let backorders = slip.backorders.map(\.text).joined(separator: " ")
            tail += PrintFont.mm(rem: 2) + body.height("On backorder \(backorders)", width: Self.sheetWidth)
            tail += PrintFont.mm(rem: 0.5 + 1 + 0.9) + 2 * Self.pixel + PrintFont.rem(0.78, .bold, uppercase: true).lineHeight
            let quantityWidth = Self.sheetWidth - Self.remainingProductColumn - Self.cellPadding
            for item in slip.remaining {
                tail += PrintFont.mm(rem: 0.9) + Self.pixel
                tail += max(
                    body.height(item.product, width: Self.remainingProductColumn - Self.cellPadding),
                    body.height("\(item.quantity) \(item.unit)", width: quantityWidth))
            }
        }
        return tail + PrintFont.mm(rem: 3 + 0.3) + Self.pixel + PrintFont.rem(0.82).lineHeight
    }

    /// A name over lines of address and contact, `width` millimetres wide.
    private static func addressHeight(_ address: AddressBlock, nameFont: PrintFont, nameMargin: Double, width: Double) -> Double {
        let body = PrintFont.rem(1)
        return nameFont.height(address.name, width: width) + nameMargin
            + address.lines.map { body.height($0, width: width) }.reduce(0, +)
            + address.contact.map { PrintFont.rem(0.88).height($0, width: width) }.reduce(0, +)
    }

    /// A symbol with its text under it, or the note that replaces it.
    private static func barcodeHeight(_ barcode: PrintedBarcode, width: Double) -> Double {
        let caption = barcode.svg == nil ? PrintFont.rem(0.78) : PrintFont.rem(0.78, .monospace)
        return PrintFont.mm(rem: 0.4) + barcode.height + caption.height(barcode.note ?? barcode.text, width: width)
    }

    /// Left and right padding of a table cell (0.5 rem each).
    static let cellPadding = PrintFont.mm(rem: 1)
    /// One CSS pixel in millimetres.
    private static let pixel = 25.4 / 96
}
