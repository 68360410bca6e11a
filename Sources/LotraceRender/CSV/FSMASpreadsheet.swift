import LotraceCore

/// The FDA FSMA 204 electronic sortable spreadsheet of a recall (21 CFR 1.1455(c)(3)(ii)): one
/// row per critical tracking event of the affected lots (`RecallReport.events`), with the key
/// data elements the exports hold, under the column names of FDA's June 2024 template where one
/// applies (the Receiving, Shipping and Transformation tabs; see `columns`). FDA's template has
/// one tab per event; one CSV sheet holds all three, the first column telling which, and a
/// row fills the columns of its own event. Dates are `mm/dd/yyyy`, as the template asks.
public struct FSMASpreadsheet: Sendable {
    /// The events and the company whose locations they happened at.
    public let events: [TraceabilityEvent]
    public let company: LotraceConfig.Company

    /// The spreadsheet of `report`, for `company` (`lotrace.json`).
    public init(report: RecallReport, company: LotraceConfig.Company) {
        events = report.events
        self.company = company
    }

    private static let previous = "Location Description for the Immediate Previous Source (other than a transporter)"
    private static let received = "Location Description for where the Food was Received"
    private static let recipient = "Location Description for the Immediate Subsequent Recipient (other than a transporter)"
    private static let shippedFrom = "Location Description for the Location from which you Shipped the Food"
    private static let transformed =
        "Location Description for where you Transformed the Food (i.e., the Traceability Lot Code Source)"
    private static let lotCode = "Traceability Lot Code"
    private static let quantity = "Quantity"
    private static let unit = "Unit of Measure"
    private static let productName = "Product Description - Product Name"
    private static let receiveDate = "Date you Received the Food (mm/dd/yyyy)"
    private static let shipDate = "Shipping Date (mm/dd/yyyy)"
    private static let lotCodeSource = "Location Description for the Traceability Lot Code Source - Business Name"
    private static let inputLot = "Traceability Lot Code for the FTL Food used in Transformation (if applicable)"
    private static let inputProduct =
        "Product Description for the Incoming FTL Food used in Transformation (if applicable) - Product Name"
    private static let inputQuantity =
        "Quantity of the food from this traceability lot that was used in the transformation (if applicable)"
    private static let inputUnit =
        "Unit of measure for the food from this traceability lot that was used in the transformation (if applicable)"
    private static let newLot = "New Traceability Lot Code you assigned to the Food Produced Through Transformation"
    private static let completionDate = "Transformation Completion Date (mm/dd/yyyy)"
    private static let outputProduct = "Product Description for the Food Produced through Transformation - Product Name"
    private static let outputQuantity = "Quantity of the Food Produced through Transformation"
    private static let outputUnit = "Unit of Measure for the Food Produced through Transformation"
    private static let documents = [
        "Reference Document Type", "Reference Document Number", "Reference Document Type2", "Reference Document Number2",
    ]

    /// The header row: "Critical Tracking Event", then FDA's column names: the Receiving and
    /// Shipping tabs' lot, quantity, product and location columns, the Transformation tab's
    /// input and output columns, and the reference documents every tab ends with.
    public static let columns: [String] =
        ["Critical Tracking Event", lotCode, quantity, unit, productName]
        + locationColumns(previous) + locationColumns(received) + [receiveDate]
        + locationColumns(recipient) + locationColumns(shippedFrom) + [shipDate, lotCodeSource]
        + [inputLot, inputProduct, inputQuantity, inputUnit, newLot]
        + locationColumns(transformed, slashed: true) + [completionDate, outputProduct, outputQuantity, outputUnit]
        + documents

    /// The first of a location description's columns.
    private static let businessName = "Business Name"

    /// The seven columns of a location description; the Transformation tab writes "State/Region"
    /// and "ZIP/Postal Code".
    private static func locationColumns(_ prefix: String, slashed: Bool = false) -> [String] {
        let parts = [
            businessName, "Phone Number", "Street Address or Geographic Coordinates", "City",
            slashed ? "State/Region" : "State or Region", slashed ? "ZIP/Postal Code" : "ZIP or Postal Code", "Country",
        ]
        return parts.map { locationColumn(prefix, $0) }
    }

    /// The column `part` ("City") of the location description `prefix`.
    private static func locationColumn(_ prefix: String, _ part: String) -> String { "\(prefix) - \(part)" }

    /// Each column's position in `columns`.
    private static let positions = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })

    /// The spreadsheet as CSV text (`SpreadsheetCSV`).
    public var csv: String {
        var sheet = SpreadsheetCSV()
        sheet.append(Self.columns)
        for event in events { sheet.append(row(of: event)) }
        return sheet.csv
    }

    /// One row's cells, in column order, set by column name ("" where nothing is set).
    private struct Row {
        var cells = [String](repeating: "", count: FSMASpreadsheet.columns.count)

        /// Sets the column `column` (one of `columns`) to `value`, when there is one.
        mutating func set(_ column: String, _ value: String?) {
            guard let value, let position = FSMASpreadsheet.positions[column] else { return }
            cells[position] = value
        }

        /// Sets the seven columns of the location description `prefix` (`locationColumns`), which
        /// follow one another.
        mutating func place(_ prefix: String, _ values: [String]) {
            guard let start = FSMASpreadsheet.positions[FSMASpreadsheet.locationColumn(prefix, FSMASpreadsheet.businessName)] else { return }
            for (offset, value) in values.prefix(7).enumerated() { cells[start + offset] = value }
        }
    }

    /// The row of one event: the cells it fills, "" in the others.
    func row(of event: TraceabilityEvent) -> [String] {
        var row = Row()
        row.set("Critical Tracking Event", event.kind.rawValue)
        let lot = event.lot
        let date = Self.date(event.date)
        let party = event.party.map(Self.location) ?? []
        switch event.kind {
        case .receiving, .shipping:
            row.set(Self.lotCode, lot.lot)
            row.set(Self.quantity, lot.quantity.description)
            row.set(Self.unit, lot.unit)
            row.set(Self.productName, lot.productName)
            row.set(Self.lotCodeSource, event.lotCodeSource)
            let receiving = event.kind == .receiving
            row.place(receiving ? Self.previous : Self.recipient, party)
            row.place(receiving ? Self.received : Self.shippedFrom, companyLocation)
            row.set(receiving ? Self.receiveDate : Self.shipDate, date)
        case .transformation:
            row.set(Self.inputLot, event.input?.lot)
            row.set(Self.inputProduct, event.input?.productName)
            row.set(Self.inputQuantity, event.input?.quantity.description)
            row.set(Self.inputUnit, event.input?.unit)
            row.set(Self.newLot, lot.lot)
            row.place(Self.transformed, companyLocation)
            row.set(Self.completionDate, date)
            row.set(Self.outputProduct, lot.productName)
            row.set(Self.outputQuantity, lot.quantity.description)
            row.set(Self.outputUnit, lot.unit)
        }
        let references = [event.documentType, event.document, event.secondDocumentType, event.secondDocument]
        for (column, value) in zip(Self.documents, references) { row.set(column, value) }
        return row.cells
    }

    /// The company's location description (no state: `lotrace.json` has none).
    private var companyLocation: [String] {
        [company.name, company.phone ?? "", company.street ?? "", company.city ?? "", "", company.zip ?? "",
            company.country ?? ""]
    }

    private static func location(_ party: RecallParty) -> [String] {
        [party.name, party.phone ?? "", party.streetAddress ?? "", party.city ?? "", party.state ?? "", party.zip ?? "",
            party.country ?? ""]
    }

    /// `mm/dd/yyyy`.
    static func date(_ moment: LocalDateTime) -> String {
        let text = moment.dateText
        let parts = text.split(separator: "-")
        return "\(parts[1])/\(parts[2])/\(parts[0])"
    }
}
