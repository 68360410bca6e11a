/// The JSON-LD binding of an `EPCISExport` (GS1's EPCIS 2.0 JSON schema and JSON-LD context):
/// an `EPCISDocument` whose `@context` is GS1's EPCIS 2.0 context, `schemaVersion` "2.0",
/// `creationDate` in UTC, and `epcisBody.eventList` holding the same events as the XML binding,
/// in the same order. CBV values are bare words (`shipping`, `in_transit`, `owning_party`: the
/// JSON schema refuses the `urn:epcglobal:cbv:` forms), identifiers the same Digital Link URIs or
/// EPC URNs as in the XML, quantities exact JSON numbers, times with their offset; the lot master
/// data of a produced lot uses the context's `cbvmda:` prefix.
public struct EPCISJSON {
    /// GS1's EPCIS 2.0 JSON-LD context, which defines every EPCIS term and CBV word.
    public static let context = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"

    let export: EPCISExport

    /// The JSON-LD binding of `export`.
    public init(_ export: EPCISExport) { self.export = export }

    /// The document (pretty-printed, with a final line feed) and its notes.
    public func render() -> RenderedDocument {
        var notes = RenderNotes()
        let events = export.events(notes: &notes)
        let document = JSONValue.object([
            ("@context", .array([.string(Self.context)])),
            ("type", .string("EPCISDocument")),
            ("schemaVersion", .string("2.0")),
            ("creationDate", .string(export.creationDate)),
            ("epcisBody", .object([("eventList", .array(events.map(json)))])),
        ])
        return RenderedDocument(bytes: Array((document.serialized() + "\n").utf8), notes: notes.all)
    }

    private func json(_ event: EPCISEvent) -> JSONValue {
        switch event {
        case .object(let event):
            .object(
                [("type", .string("ObjectEvent"))] + time(event.common) + list("epcList", event.epcs)
                    + [("action", .string("OBSERVE"))] + why(event.common) + quantities("quantityList", event.quantities)
                    + links("sourceList", item: "source", event.sources)
                    + links("destinationList", item: "destination", event.destinations))
        case .transformation(let event):
            .object(
                [("type", .string("TransformationEvent"))] + time(event.common) + list("inputEPCList", event.inputEPCs)
                    + quantities("inputQuantityList", event.inputQuantities) + list("outputEPCList", event.outputEPCs)
                    + quantities("outputQuantityList", event.outputQuantities)
                    + (event.transformationID.map { [("transformationID", .string($0))] } ?? []) + why(event.common)
                    + (event.outputLot.map { [("ilmd", ilmd($0))] } ?? []))
        }
    }

    /// `eventTime`, `eventTimeZoneOffset`.
    private func time(_ common: EPCISEvent.Common) -> [(String, JSONValue)] {
        [
            ("eventTime", .string(export.clock.eventTime(common.time))),
            ("eventTimeZoneOffset", .string(export.clock.offsetText(at: common.time))),
        ]
    }

    /// `bizStep`, `disposition`, `readPoint`, `bizLocation`, `bizTransactionList`.
    private func why(_ common: EPCISEvent.Common) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [
            ("bizStep", .string(common.bizStep.word)), ("disposition", .string(common.disposition.word)),
        ]
        for (name, uri) in [("readPoint", common.readPoint), ("bizLocation", common.bizLocation)] {
            if let uri { members.append((name, .object([("id", .string(uri))]))) }
        }
        return members + links("bizTransactionList", item: "bizTransaction", common.transactions)
    }

    /// The `cbvmda:` master data of a produced lot.
    private func ilmd(_ lot: EPCISEvent.LotMasterData) -> JSONValue {
        var members: [(String, JSONValue)] = [("cbvmda:lotNumber", .string(lot.lotNumber))]
        if let date = lot.bestBeforeDate { members.append(("cbvmda:bestBeforeDate", .string(date.dateText))) }
        if let date = lot.expirationDate { members.append(("cbvmda:itemExpirationDate", .string(date.dateText))) }
        return .object(members)
    }

    private func list(_ name: String, _ values: [String]) -> [(String, JSONValue)] {
        values.isEmpty ? [] : [(name, .array(values.map(JSONValue.string)))]
    }

    private func quantities(_ name: String, _ elements: [EPCISEvent.QuantityElement]) -> [(String, JSONValue)] {
        guard !elements.isEmpty else { return [] }
        return [
            (
                name,
                .array(
                    elements.map { element in
                        .object(
                            [("epcClass", .string(element.epcClass)), ("quantity", .quantity(element.quantity))]
                                + (element.uom.map { [("uom", .string($0))] } ?? []))
                    })
            )
        ]
    }

    private func links(_ name: String, item: String, _ links: [EPCISEvent.Link]) -> [(String, JSONValue)] {
        guard !links.isEmpty else { return [] }
        return [(name, .array(links.map { .object([("type", .string($0.type.word)), (item, .string($0.uri))]) }))]
    }
}
