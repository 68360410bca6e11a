import LotraceCore
import LotraceXML

/// A lot's trace report as Lotrace XML (`schemas/lotrace-trace.xsd`, namespace `urn:lotrace:1`):
///
///     <trace timeZone="Europe/London">
///       <lot> name, product, productName, tracking?, company?, unit?, the four dates? </lot>
///       <onHand> <stock> location, quantity </stock>* </onHand>
///       <history> <moveLine kind="receipt"> date, reference, product, lot?, from, to, quantity </moveLine>* </history>
///       <upstream> <lots> <lot> name, product </lot>* </lots>
///                  <receipts> <receipt> reference, partner?, date, product, lot?, quantity </receipt>* </receipts>
///                  <tree> <node> product, lot, reference, quantity, node* </node>* </tree> </upstream>
///       <downstream> lots, <deliveries> <delivery> reference, partner?, date, product, lot?,
///                  delivered, returned, quantity </delivery>* </deliveries>, tree </downstream>
///     </trace>
///
/// Products are named by `Product.key` (Internal Reference, else display name) as in the JSON
/// report; rows keep the report's orders; trees nest as the report's depth-first rows do, a
/// lot already expanded higher up carrying `repeated="true"` and no children.
public struct TraceXML {
    public let report: TraceReport
    /// The IANA time zone of the exported dates, written on the root.
    public let timeZone: String

    /// The document of `report`, whose dates are local times in `timeZone`.
    public init(report: TraceReport, timeZone: String) {
        self.report = report
        self.timeZone = timeZone
    }

    /// The document's bytes (UTF-8).
    public func render() throws(XMLWriterError) -> RenderedDocument {
        let xml = try LotraceXMLWriter()
        try xml.writer.start("trace", in: LotraceXMLWriter.namespace)
        try xml.writer.attribute("timeZone", timeZone, source: "time zone")
        try writeLot(xml)
        try xml.start("onHand")
        for row in report.onHand {
            try xml.start("stock")
            try xml.text("location", row.location)
            try xml.quantity("quantity", row.quantity, unit: report.unit)
            try xml.end()
        }
        try xml.end()
        try writeHistory(xml)
        try writeUpstream(xml)
        try writeDownstream(xml)
        try xml.end()
        return RenderedDocument(bytes: try xml.writer.finish())
    }

    private func writeLot(_ xml: LotraceXMLWriter) throws(XMLWriterError) {
        try xml.start("lot")
        try xml.text("name", report.lot, source: "lot name")
        try xml.text("product", report.product)
        try xml.text("productName", report.productName)
        try xml.optionalText("tracking", report.tracking?.rawValue)
        try xml.optionalText("company", report.company)
        try xml.optionalText("unit", report.unit)
        try xml.optionalDateTime("expirationDate", report.expirationDate)
        try xml.optionalDateTime("bestBeforeDate", report.bestBeforeDate)
        try xml.optionalDateTime("removalDate", report.removalDate)
        try xml.optionalDateTime("alertDate", report.alertDate)
        try xml.end()
    }

    private func writeHistory(_ xml: LotraceXMLWriter) throws(XMLWriterError) {
        try xml.start("history")
        for row in report.history {
            try xml.start("moveLine")
            try xml.writer.attribute("kind", TraceXML.kindName(row.kind))
            try xml.dateTime("date", row.date)
            try xml.text("reference", row.reference)
            try xml.text("product", row.product)
            try xml.optionalText("lot", row.lot)
            try xml.text("from", row.from)
            try xml.text("to", row.to)
            try xml.quantity("quantity", row.quantity, unit: row.unit)
            try xml.end()
        }
        try xml.end()
    }

    private func writeUpstream(_ xml: LotraceXMLWriter) throws(XMLWriterError) {
        try xml.start("upstream")
        try writeLots(report.upstream.lots, xml)
        try xml.start("receipts")
        for row in report.upstream.receipts {
            try xml.start("receipt")
            try xml.text("reference", row.reference)
            try xml.optionalText("partner", row.partner)
            try xml.dateTime("date", row.date)
            try xml.text("product", row.product)
            try xml.optionalText("lot", row.lot)
            try xml.quantity("quantity", row.quantity, unit: row.unit)
            try xml.end()
        }
        try xml.end()
        try writeTree(report.upstream.tree, xml)
        try xml.end()
    }

    private func writeDownstream(_ xml: LotraceXMLWriter) throws(XMLWriterError) {
        try xml.start("downstream")
        try writeLots(report.downstream.lots, xml)
        try xml.start("deliveries")
        for row in report.downstream.deliveries {
            try xml.start("delivery")
            try xml.text("reference", row.reference)
            try xml.optionalText("partner", row.partner)
            try xml.dateTime("date", row.date)
            try xml.text("product", row.product)
            try xml.optionalText("lot", row.lot)
            try xml.quantity("delivered", row.delivered, unit: row.unit)
            try xml.quantity("returned", row.returned, unit: row.unit)
            try xml.quantity("quantity", row.quantity, unit: row.unit)
            try xml.end()
        }
        try xml.end()
        try writeTree(report.downstream.tree, xml)
        try xml.end()
    }

    private func writeLots(_ lots: [ReportRow.Lot], _ xml: LotraceXMLWriter) throws(XMLWriterError) {
        try xml.start("lots")
        for row in lots { try xml.lotReference(product: row.product, lot: row.lot) }
        try xml.end()
    }

    /// Nests the depth-first rows: a row opens a node, closed when a row of the same or a
    /// smaller depth follows.
    private func writeTree(_ rows: [TraceReport.TreeRow], _ xml: LotraceXMLWriter) throws(XMLWriterError) {
        try xml.start("tree")
        var open = 0
        for row in rows {
            while open >= row.depth {
                try xml.end()
                open -= 1
            }
            try xml.start("node")
            if row.repeated { try xml.writer.attribute("repeated", "true") }
            try xml.text("product", row.product)
            try xml.text("lot", row.lot, source: "lot name")
            try xml.text("reference", row.reference)
            try xml.quantity("quantity", row.quantity, unit: row.unit)
            open += 1
        }
        while open > 0 {
            try xml.end()
            open -= 1
        }
        try xml.end()
    }

    /// The `kind` attribute's value of a history line.
    static func kindName(_ kind: LineKind) -> String {
        switch kind {
        case .receipt: "receipt"
        case .delivery: "delivery"
        case .customerReturn: "customerReturn"
        case .vendorReturn: "vendorReturn"
        case .consumption: "consumption"
        case .production: "production"
        case .inventoryLoss: "inventoryLoss"
        case .inventoryGain: "inventoryGain"
        case .internal: "internal"
        }
    }
}
