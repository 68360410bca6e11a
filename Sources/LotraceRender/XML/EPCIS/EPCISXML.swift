import LotraceCore
import LotraceXML

/// The XML binding of an `EPCISExport` (GS1 `EPCglobal-epcis-2_0.xsd`): `epcis:EPCISDocument`
/// (`schemaVersion="2.0"`, `creationDate` in UTC) with unqualified `EPCISBody/EventList`
/// children. Event times are the exports' local times with the offset of
/// `LotraceConfig.timeZone` at that moment, repeated in `eventTimeZoneOffset`; CBV values are
/// full URNs; ILMD uses the CBV master-data namespace (`cbvmda:`).
public struct EPCISXML {
    static let epcis = XMLNamespace(prefix: "epcis", uri: "urn:epcglobal:epcis:xsd:2")
    static let cbvmda = XMLNamespace(prefix: "cbvmda", uri: "urn:epcglobal:cbv:mda")

    let export: EPCISExport

    /// The XML binding of `export`.
    public init(_ export: EPCISExport) { self.export = export }

    /// The document and its notes.
    public func render() throws(XMLWriterError) -> RenderedDocument {
        var notes = RenderNotes()
        let events = export.events(notes: &notes)
        let writer = try XMLWriter(controlCharacters: .replace)
        try writer.start("EPCISDocument", in: Self.epcis, declaring: [Self.cbvmda])
        try writer.attribute("schemaVersion", "2.0")
        try writer.attribute("creationDate", export.creationDate)
        try writer.start("EPCISBody")
        try writer.start("EventList")
        for event in events {
            switch event {
            case .object(let object): try write(object, writer)
            case .transformation(let transformation): try write(transformation, writer)
            }
        }
        try writer.end()
        try writer.end()
        try writer.end()
        return RenderedDocument(bytes: try writer.finish(), notes: notes.all)
    }

    private func write(_ event: EPCISEvent.ObjectEvent, _ writer: XMLWriter) throws(XMLWriterError) {
        try writer.start("ObjectEvent")
        try writeTime(event.common, writer)
        try writeList("epcList", item: "epc", event.epcs, writer)
        try writer.element("action", text: "OBSERVE")
        try writeWhy(event.common, writer)
        try writeQuantities("quantityList", event.quantities, writer)
        try writeLinks("sourceList", item: "source", event.sources, writer)
        try writeLinks("destinationList", item: "destination", event.destinations, writer)
        try writer.end()
    }

    private func write(_ event: EPCISEvent.TransformationEvent, _ writer: XMLWriter) throws(XMLWriterError) {
        try writer.start("TransformationEvent")
        try writeTime(event.common, writer)
        try writeList("inputEPCList", item: "epc", event.inputEPCs, writer)
        try writeQuantities("inputQuantityList", event.inputQuantities, writer)
        try writeList("outputEPCList", item: "epc", event.outputEPCs, writer)
        try writeQuantities("outputQuantityList", event.outputQuantities, writer)
        if let id = event.transformationID { try writer.element("transformationID", text: id, source: "transformationID") }
        try writeWhy(event.common, writer)
        if let lot = event.outputLot {
            try writer.start("ilmd")
            try writer.element("lotNumber", in: Self.cbvmda, text: lot.lotNumber, source: "lot name")
            if let date = lot.bestBeforeDate { try writer.element("bestBeforeDate", in: Self.cbvmda, text: date.dateText) }
            if let date = lot.expirationDate {
                try writer.element("itemExpirationDate", in: Self.cbvmda, text: date.dateText)
            }
            try writer.end()
        }
        try writer.end()
    }

    /// `eventTime`, `eventTimeZoneOffset`.
    private func writeTime(_ common: EPCISEvent.Common, _ writer: XMLWriter) throws(XMLWriterError) {
        try writer.element("eventTime", text: export.clock.eventTime(common.time))
        try writer.element("eventTimeZoneOffset", text: export.clock.offsetText(at: common.time))
    }

    /// `bizStep`, `disposition`, `readPoint`, `bizLocation`, `bizTransactionList`.
    private func writeWhy(_ common: EPCISEvent.Common, _ writer: XMLWriter) throws(XMLWriterError) {
        try writer.element("bizStep", text: common.bizStep.urn)
        try writer.element("disposition", text: common.disposition.urn)
        for (name, uri) in [("readPoint", common.readPoint), ("bizLocation", common.bizLocation)] {
            guard let uri else { continue }
            try writer.start(name)
            try writer.element("id", text: uri, source: name)
            try writer.end()
        }
        try writeLinks("bizTransactionList", item: "bizTransaction", common.transactions, writer)
    }

    private func writeList(_ name: String, item: String, _ values: [String], _ writer: XMLWriter) throws(XMLWriterError) {
        guard !values.isEmpty else { return }
        try writer.start(name)
        for value in values { try writer.element(item, text: value, source: item) }
        try writer.end()
    }

    private func writeQuantities(
        _ name: String, _ elements: [EPCISEvent.QuantityElement], _ writer: XMLWriter
    ) throws(XMLWriterError) {
        guard !elements.isEmpty else { return }
        try writer.start(name)
        for element in elements {
            try writer.start("quantityElement")
            try writer.element("epcClass", text: element.epcClass, source: "epcClass")
            try writer.element("quantity", text: element.quantity.description)
            if let uom = element.uom { try writer.element("uom", text: uom) }
            try writer.end()
        }
        try writer.end()
    }

    private func writeLinks(_ name: String, item: String, _ links: [EPCISEvent.Link], _ writer: XMLWriter) throws(XMLWriterError) {
        guard !links.isEmpty else { return }
        try writer.start(name)
        for link in links { try writer.element(item, text: link.uri, attributes: ["type": link.type.urn], source: item) }
        try writer.end()
    }
}
