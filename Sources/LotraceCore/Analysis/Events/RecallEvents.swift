/// Builds the critical tracking events of the affected lots (see `TraceabilityEvent`), from the
/// lines' `TrackingEvents`:
/// - receiving: each receipt of an affected lot (its `receiving` lines, per reference) and
///   each of its `customerReturn` lines;
/// - transformation: each manufacturing link into an affected lot, one row per input lot, with
///   what the order used of the input and made of the output;
/// - shipping: each delivery of an affected lot (its `shipping` lines, per reference, the
///   quantity shipped). Returns to a vendor are not listed (FDA's template has no such event).
/// Sorted by (date, kind, document, lot, input lot), texts by UTF-8 bytes.
///
/// Kept by the report and worked out only when read (`RecallReport.events`): only the FSMA 204
/// spreadsheet shows them, and a large recall spends a third of its time on them (0.8 s of
/// 2.6 s for 1,000 lots of 1M move lines).
struct RecallEvents: Sendable {
    let graph: TraceGraph
    let names: ReportNames
    let company: String
    let balances: [LotID: LotMassBalance]
    /// Per location id: a scrap location (`LotMassBalance.scrapLocations`).
    let scrap: [Bool]
    /// The affected lots.
    let lots: [LotID]

    /// The events of `lots`.
    var events: [TraceabilityEvent] {
        let dataset = graph.dataset
        var events: [TraceabilityEvent] = []
        for lot in lots {
            let source = lotCodeSource(of: lot)
            for receipt in graph.receipts(of: lot) {
                let party = RecallParty(transfer: receipt.transfer, dataset: dataset)
                events.append(
                    event(
                        .receiving, date: receipt.date, lot: lot, quantity: receipt.quantity, party: party, source: source,
                        document: ("Receipt", receipt.reference), transfer: receipt.transfer, orderType: "Purchase Order"))
            }
            for index in graph.lines(of: lot) where graph.events(ofLine: index).contains(.customerReturn) {
                let line = dataset.moveLines[index]
                let party = RecallParty(transfer: line.transfer, dataset: dataset)
                events.append(
                    event(
                        .receiving, date: line.date, lot: lot, quantity: line.quantity, party: party, source: source,
                        document: ("Return", line.reference), transfer: line.transfer, orderType: "Source Document"))
            }
            for link in graph.links(into: lot) {
                events.append(transformation(link))
            }
            for delivery in graph.deliveries(of: lot) {
                let party = RecallParty(transfer: delivery.transfer, dataset: dataset)
                events.append(
                    event(
                        .shipping, date: delivery.date, lot: lot, quantity: delivery.delivered, party: party, source: source,
                        document: ("Delivery Order", delivery.reference), transfer: delivery.transfer,
                        orderType: "Sales Order"))
            }
        }
        let kindOrder = Dictionary(uniqueKeysWithValues: TraceabilityEvent.Kind.allCases.enumerated().map { ($1, $0) })
        return ByteOrder.sorted(events) { event in
            [event.date.description, String(kindOrder[event.kind]!), event.document, event.lot.lot, event.input?.lot ?? ""]
        }
    }

    /// The company for a lot it made (or that has no receipt), else the vendor of its first receipt.
    private func lotCodeSource(of lot: LotID) -> String? {
        guard graph.links(into: lot).isEmpty, let receipt = graph.receipts(of: lot).first else { return company }
        return RecallParty(transfer: receipt.transfer, dataset: graph.dataset)?.name
    }

    private func event(
        _ kind: TraceabilityEvent.Kind, date: LocalDateTime, lot: LotID, quantity: Quantity, party: RecallParty?,
        source: String?, document: (type: String, reference: Int32), transfer: TransferID?, orderType: String
    ) -> TraceabilityEvent {
        let origin = transfer.flatMap { graph.dataset[$0].origin }
        return TraceabilityEvent(
            kind: kind, date: date, lot: lotQuantity(lot, quantity), input: nil, party: party, lotCodeSource: source,
            documentType: document.type, document: graph.dataset.references[Int(document.reference)],
            secondDocumentType: origin == nil ? nil : orderType, secondDocument: origin)
    }

    /// The transformation of `link.parent` into `link.child` by the order `link.reference`.
    private func transformation(_ link: ProductionLink) -> TraceabilityEvent {
        let dataset = graph.dataset
        let output = balance(of: link.child)
        let input = balance(of: link.parent)
        let date = graph.lines(of: link.child).lazy.map { dataset.moveLines[$0] }
            .filter { $0.reference == link.reference && dataset[$0.from].usage == .production }
            .map(\.date).max() ?? LocalDateTime(seconds: 0)
        return TraceabilityEvent(
            kind: .transformation, date: date,
            lot: lotQuantity(link.child, output.producedByOrder[link.reference] ?? .zero),
            input: lotQuantity(link.parent, input.consumedByOrder[link.reference] ?? .zero), party: nil,
            lotCodeSource: company, documentType: "Manufacturing Order",
            document: dataset.references[Int(link.reference)], secondDocumentType: nil, secondDocument: nil)
    }

    /// The balance of an affected lot, or computed for an input lot outside the recall.
    private func balance(of lot: LotID) -> LotMassBalance {
        balances[lot] ?? LotMassBalance(graph: graph, lot: lot, scrap: scrap)
    }

    private func lotQuantity(_ lot: LotID, _ quantity: Quantity) -> TraceabilityEvent.LotQuantity {
        let dataset = graph.dataset
        let product = dataset[lot].product
        return TraceabilityEvent.LotQuantity(
            lot: dataset[lot].name, productName: dataset[product].name, quantity: quantity, unit: names.units[product])
    }
}
