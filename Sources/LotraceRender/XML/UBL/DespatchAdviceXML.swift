import LotraceCore
import LotraceXML

/// A delivery slip as a UBL 2.1 DespatchAdvice (OASIS `UBL-DespatchAdvice-2.1.xsd`):
///
/// - `cbc:ID` the transfer reference; `cbc:IssueDate` the shipping date (Date of Transfer, else
///   Scheduled Date, else `fallbackDate`); `cac:OrderReference` the Source Document;
/// - `cac:DespatchSupplierParty` the company of `lotrace.json` (GLN as `cbc:EndpointID` and
///   party identification, scheme 0088, when configured); `cac:DeliveryCustomerParty` the
///   transfer's contact with the partners file's address, the person as `cac:DeliveryContact`;
/// - `cac:Shipment` with `cbc:ActualDespatchDate` (a done transfer) or `cbc:EstimatedDespatchDate`
///   (an open one, plain UBL only);
/// - one `cac:DespatchLine` per product, unit and lot (`DespatchAdviceLine`) with
///   `cbc:DeliveredQuantity unitCode` (UN/ECE Rec 20), `cac:OrderLineReference/cbc:LineID` `NA`
///   (exports carry no order lines), the item name, seller's identification (Internal Reference),
///   standard identification (GTIN, scheme 0160) and under `cac:ItemInstance` the lot
///   (`cac:LotIdentification/cbc:LotNumberID`, `cbc:ExpiryDate`) or one instance per serial
///   (`cbc:SerialID`), best-before dates when the lots file has them.
///
/// The `peppol` profile follows Peppol BIS Despatch Advice 3: CustomizationID and ProfileID, no
/// UBLVersionID, no PartyName, line `cac:Shipment/cbc:ID` `NA`; what Peppol needs and the data
/// lacks (an endpoint without GLN, a country without ISO code) is said in the notes.
public struct DespatchAdviceXML {
    /// Which rules the document follows.
    public enum Profile: String, Sendable, CaseIterable {
        /// Plain UBL 2.1.
        case ubl
        /// Peppol BIS Despatch Advice 3 on top of UBL 2.1.
        case peppol
    }

    static let root = XMLNamespace(prefix: nil, uri: "urn:oasis:names:specification:ubl:schema:xsd:DespatchAdvice-2")
    static let cac = XMLNamespace(
        prefix: "cac", uri: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2")
    static let cbc = XMLNamespace(
        prefix: "cbc", uri: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2")

    public let slip: DeliverySlip
    public let dataset: Dataset
    public let profile: Profile
    public let unitCodes: UnitCodes
    /// The issue date of a slip that has no date at all.
    public let fallbackDate: LocalDateTime

    /// The despatch advice of `slip` (its products are looked up in `dataset`).
    public init(
        slip: DeliverySlip, dataset: Dataset, profile: Profile = .ubl, unitCodes: UnitCodes,
        fallbackDate: LocalDateTime
    ) {
        self.slip = slip
        self.dataset = dataset
        self.profile = profile
        self.unitCodes = unitCodes
        self.fallbackDate = fallbackDate
    }

    /// The document and its notes.
    public func render() throws(XMLWriterError) -> RenderedDocument {
        let ubl = UBLWriter(writer: try XMLWriter(controlCharacters: .replace))
        var notes = RenderNotes()
        try ubl.writer.start("DespatchAdvice", in: Self.root, declaring: [Self.cac, Self.cbc])
        switch profile {
        case .ubl:
            try ubl.basic("UBLVersionID", "2.1")
        case .peppol:
            try ubl.basic("CustomizationID", "urn:fdc:peppol.eu:poacc:trns:despatch_advice:3")
            try ubl.basic("ProfileID", "urn:fdc:peppol.eu:poacc:bis:despatch_advice:3")
        }
        try ubl.basic("ID", slip.reference)
        try ubl.basic("IssueDate", (slip.shippingDate ?? fallbackDate).dateText)
        if let order = slip.order, !order.isEmpty {
            try ubl.open("OrderReference")
            try ubl.basic("ID", order)
            try ubl.close()
        }
        let parties = UBLParties(ubl: ubl, profile: profile)
        try parties.supplier(slip.company, notes: &notes)
        try parties.customer(slip.customer, notes: &notes)
        try writeShipment(ubl, notes: &notes)
        for (index, line) in DespatchAdviceLine.group(slip, dataset: dataset).enumerated() {
            try writeLine(line, number: index + 1, ubl, notes: &notes)
        }
        try ubl.writer.end()
        return RenderedDocument(bytes: try ubl.writer.finish(), notes: notes.all)
    }

    private func writeShipment(_ ubl: UBLWriter, notes: inout RenderNotes) throws(XMLWriterError) {
        let despatch: (name: String, date: LocalDateTime)
        if slip.isDone, let date = slip.shippingDate {
            despatch = ("ActualDespatchDate", date)
        } else if profile == .ubl, let date = slip.scheduledDate {
            despatch = ("EstimatedDespatchDate", date)
        } else {
            if profile == .peppol { notes.add("\(slip.reference) is not done: it has no actual despatch date") }
            return
        }
        try ubl.open("Shipment")
        try ubl.basic("ID", slip.reference)
        try ubl.open("Delivery")
        try ubl.open("Despatch")
        try ubl.basic(despatch.name, despatch.date.dateText)
        try ubl.close(3)
    }

    private func writeLine(
        _ line: DespatchAdviceLine, number: Int, _ ubl: UBLWriter, notes: inout RenderNotes
    ) throws(XMLWriterError) {
        let product = dataset[line.product]
        try ubl.open("DespatchLine")
        try ubl.basic("ID", String(number))
        if let code = unitCodes.code(for: line.unit) {
            try ubl.basic("DeliveredQuantity", line.quantity.description, attributes: ["unitCode": code])
        } else {
            notes.add(UnitCodes.missing(line.unit))
            try ubl.basic("DeliveredQuantity", line.quantity.description)
        }
        try ubl.open("OrderLineReference")
        try ubl.basic("LineID", "NA")
        try ubl.close()
        try ubl.open("Item")
        try ubl.basic("Name", product.name)
        if let code = product.code, !code.isEmpty {
            try ubl.open("SellersItemIdentification")
            try ubl.basic("ID", code)
            try ubl.close()
        }
        let gtin = product.barcode.flatMap(GTIN.normalised)
        if let gtin {
            try ubl.open("StandardItemIdentification")
            try ubl.basic("ID", gtin, attributes: ["schemeID": "0160"])
            try ubl.close()
        } else if profile == .peppol, product.code?.isEmpty ?? true {
            notes.add("\(product.displayName) has neither an Internal Reference nor a GTIN (Peppol R003/R004)")
        }
        for instance in line.instances { try writeInstance(instance, ubl) }
        try ubl.close()
        if profile == .peppol {
            try ubl.open("Shipment")
            try ubl.basic("ID", "NA")
            try ubl.close()
        }
        try ubl.close()
    }

    private func writeInstance(_ instance: DespatchAdviceLine.Instance, _ ubl: UBLWriter) throws(XMLWriterError) {
        try ubl.open("ItemInstance")
        if let bestBefore = instance.bestBeforeDate { try ubl.basic("BestBeforeDate", bestBefore.dateText) }
        if instance.isSerial { try ubl.basic("SerialID", instance.name) }
        if !instance.isSerial || instance.expirationDate != nil {
            try ubl.open("LotIdentification")
            if !instance.isSerial { try ubl.basic("LotNumberID", instance.name) }
            if let expiry = instance.expirationDate { try ubl.basic("ExpiryDate", expiry.dateText) }
            try ubl.close()
        }
        try ubl.close()
    }
}
