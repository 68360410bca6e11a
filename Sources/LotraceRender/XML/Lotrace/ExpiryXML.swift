import LotraceCore
import LotraceXML

/// The expiry alert list as Lotrace XML (`schemas/lotrace-expiry.xsd`, namespace `urn:lotrace:1`):
///
///     <expiryAlerts asOf="2025-12-31T23:59:59" timeZone="Europe/London">
///       <expired|toRemove|alert|upcoming>
///         <lot daysLeft="-3" [dueWithin="30"]>
///           name, product, productName, expirationDate? bestBeforeDate? removalDate? alertDate?
///           (each date with origin="export" or "computed"),
///           <onHand> <stock> location, quantity </stock>* </onHand>, total
///         </lot>*
///       </...>
///       <timeline> <week number="1" start end lots> <quantity unit>...</quantity>* </week>* </timeline>
///     </expiryAlerts>
///
/// Groups and orders are the list's: each lot once, in its most severe group.
public struct ExpiryXML {
    public let list: ExpiryAlertList
    /// The IANA time zone of the dates, written on the root.
    public let timeZone: String

    /// The document of `list`, whose dates are local times in `timeZone`.
    public init(list: ExpiryAlertList, timeZone: String) {
        self.list = list
        self.timeZone = timeZone
    }

    /// The document's bytes (UTF-8).
    public func render() throws(XMLWriterError) -> RenderedDocument {
        let xml = try LotraceXMLWriter()
        try xml.writer.start("expiryAlerts", in: LotraceXMLWriter.namespace)
        try xml.writer.attribute("asOf", LotraceXMLWriter.isoText(list.asOf))
        try xml.writer.attribute("timeZone", timeZone, source: "time zone")
        for group in ExpiryGroup.allCases {
            try xml.start(group.jsonKey)
            for item in list[group] { try write(item, xml) }
            try xml.end()
        }
        try xml.start("timeline")
        for week in list.timeline {
            try xml.start("week")
            try xml.writer.attribute("number", String(week.number))
            try xml.writer.attribute("start", LotraceXMLWriter.isoText(week.start))
            try xml.writer.attribute("end", LotraceXMLWriter.isoText(week.end))
            try xml.writer.attribute("lots", String(week.lots))
            for quantity in week.quantities { try xml.quantity("quantity", quantity.quantity, unit: quantity.unit) }
            try xml.end()
        }
        try xml.end()
        try xml.end()
        return RenderedDocument(bytes: try xml.writer.finish())
    }

    private func write(_ item: ExpiryAlertItem, _ xml: LotraceXMLWriter) throws(XMLWriterError) {
        try xml.start("lot")
        if let daysLeft = item.daysLeft { try xml.writer.attribute("daysLeft", String(daysLeft)) }
        if let dueWithin = item.dueWithin { try xml.writer.attribute("dueWithin", String(dueWithin)) }
        try xml.text("name", item.lot, source: "lot name")
        try xml.text("product", item.product)
        try xml.text("productName", item.productName)
        for kind in LotDateKind.allCases {
            guard let date = item.dates[kind], let value = date.value else { continue }
            try xml.start(kind.jsonKey)
            try xml.writer.attribute("origin", date.origin.isExported ? "export" : "computed")
            try xml.writer.text(LotraceXMLWriter.isoText(value))
            try xml.end()
        }
        try xml.start("onHand")
        for row in item.onHand {
            try xml.start("stock")
            try xml.text("location", row.location)
            try xml.quantity("quantity", row.quantity, unit: item.unit)
            try xml.end()
        }
        try xml.end()
        try xml.quantity("total", item.total, unit: item.unit)
        try xml.end()
    }
}
