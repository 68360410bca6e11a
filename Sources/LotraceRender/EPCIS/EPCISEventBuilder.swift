import LotraceCore

/// Finds the EPCIS events of a dataset's done move lines, grouped per (reference, tracking
/// event: the lines' `TrackingEvents`), each at the latest date of its lines, in chronological
/// order:
///
/// - receipts (lines from a vendor location): ObjectEvent, bizStep `receiving`, disposition
///   `in_progress`, from the vendor (owning party) to the company at the receiving location;
/// - deliveries (into a customer location): ObjectEvent `shipping` / `in_transit`, from the
///   company at the source location to the customer;
/// - customer returns and vendor returns: `receiving` and `shipping` with disposition
///   `returned`;
/// - manufacturing orders (lines into and out of a production location): TransformationEvent,
///   `commissioning` / `active`, inputs the consumed lots, outputs the produced lots, with
///   quantities, and the lot master data (`ilmd`) of a single produced lot; an order of which a
///   trace keeps only inputs or only outputs carries its `transformationID`.
///
/// Lots are quantity elements (`epcClass` + quantity + UN/ECE unit), serials instance
/// identifiers in the EPC lists, lines without a lot the product's class. Internal moves,
/// scraps and inventory adjustments make no event. With `lots`, only lines of those lots count
/// (a lot's trace); without, every done line.
struct EPCISEventBuilder {
    let graph: TraceGraph
    let identifiers: EPCISIdentifiers
    let unitCodes: UnitCodes
    let dates: LotDateBook

    private struct GroupKey: Hashable {
        var reference: Int32
        var event: TrackingEvents
    }

    /// The events, and notes about what the standard could not carry.
    func events(lots: Set<LotID>? = nil, notes: inout RenderNotes) -> [EPCISEvent] {
        let dataset = graph.dataset
        var groups: [GroupKey: [Int]] = [:]
        var order: [GroupKey] = []
        for position in graph.chronologicalLines {
            let index = Int(position)
            let line = dataset.moveLines[index]
            if let lots, !(line.lot.map(lots.contains) ?? false) { continue }
            for event in graph.events(ofLine: index).each {
                let key = GroupKey(reference: line.reference, event: event)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(index)
            }
        }
        let events = order.map { key in event(key.event, lines: groups[key] ?? [], notes: &notes) }
        return events.enumerated().sorted { a, b in
            (a.element.common.time, a.offset) < (b.element.common.time, b.offset)
        }.map(\.element)
    }

    private func event(_ event: TrackingEvents, lines: [Int], notes: inout RenderNotes) -> EPCISEvent {
        let dataset = graph.dataset
        let first = dataset.moveLines[lines[0]]
        let time = lines.map { dataset.moveLines[$0].date }.max() ?? first.date
        let reference = dataset.reference(of: first)
        let transfer = lines.lazy.compactMap { dataset.moveLines[$0].transfer }.first.map { dataset[$0] }
        let contact = transfer?.contactName.flatMap { $0.isEmpty ? nil : identifiers.party(named: $0) }
        let order = transfer?.origin.flatMap { $0.isEmpty ? nil : $0 }
        let owner = { (uri: String) in EPCISEvent.Link(type: .sourceDestination(.owningParty), uri: uri) }
        let place = { (id: LocationID) in
            EPCISEvent.Link(type: .sourceDestination(.location), uri: identifiers.location(id))
        }
        let document = { (type: CBV.TransactionType, id: String) in
            EPCISEvent.Link(type: .transaction(type), uri: identifiers.document(id))
        }
        let company = owner(identifiers.companyParty)
        let (epcs, quantities) = contents(lines, notes: &notes)
        switch event {
        case .receiving, .customerReturn:
            let returned = event == .customerReturn
            var transactions = returned ? [] : order.map { [document(.po, $0)] } ?? []
            transactions.append(document(.recadv, reference))
            return .object(
                EPCISEvent.ObjectEvent(
                    common: EPCISEvent.Common(
                        time: time, bizStep: .receiving, disposition: returned ? .returned : .inProgress,
                        readPoint: identifiers.location(first.to), bizLocation: identifiers.location(first.to),
                        transactions: transactions),
                    epcs: epcs, quantities: quantities, sources: contact.map { [owner($0)] } ?? [],
                    destinations: [company, place(first.to)]))
        case .shipping, .vendorReturn:
            let returned = event == .vendorReturn
            var transactions = returned ? [] : order.map { [document(.po, $0)] } ?? []
            transactions.append(document(.desadv, reference))
            return .object(
                EPCISEvent.ObjectEvent(
                    common: EPCISEvent.Common(
                        time: time, bizStep: .shipping, disposition: returned ? .returned : .inTransit,
                        readPoint: identifiers.location(first.from), bizLocation: nil, transactions: transactions),
                    epcs: epcs, quantities: quantities, sources: [company, place(first.from)],
                    destinations: contact.map { [owner($0)] } ?? []))
        default:
            return .transformation(transformation(lines, time: time, reference: reference, notes: &notes))
        }
    }

    private func transformation(
        _ lines: [Int], time: LocalDateTime, reference: String, notes: inout RenderNotes
    ) -> EPCISEvent.TransformationEvent {
        let dataset = graph.dataset
        let inputs = lines.filter { graph.kind(ofLine: $0) == .consumption }
        let outputs = lines.filter { graph.kind(ofLine: $0) == .production }
        let (inputEPCs, inputQuantities) = contents(inputs, notes: &notes)
        let (outputEPCs, outputQuantities) = contents(outputs, notes: &notes)
        let site = outputs.first.map { dataset.moveLines[$0].to } ?? dataset.moveLines[lines[0]].from
        var outputLots: [LotID] = []
        for index in outputs {
            if let lot = dataset.moveLines[index].lot, !outputLots.contains(lot) { outputLots.append(lot) }
        }
        var master: EPCISEvent.LotMasterData?
        if outputLots.count == 1, let lot = outputLots.first, dataset[dataset[lot].product].tracking != .serial {
            let lotDates = dates[lot]
            master = EPCISEvent.LotMasterData(
                lotNumber: dataset[lot].name, expirationDate: lotDates.value(.expiration),
                bestBeforeDate: lotDates.value(.bestBefore))
        }
        return EPCISEvent.TransformationEvent(
            common: EPCISEvent.Common(
                time: time, bizStep: .commissioning, disposition: .active, readPoint: identifiers.location(site),
                bizLocation: nil,
                transactions: [EPCISEvent.Link(type: .transaction(.prodorder), uri: identifiers.document(reference))]),
            inputEPCs: inputEPCs, inputQuantities: inputQuantities, outputEPCs: outputEPCs,
            outputQuantities: outputQuantities,
            transformationID: inputs.isEmpty || outputs.isEmpty ? identifiers.transformation(reference) : nil, outputLot: master)
    }

    /// Serials as instance identifiers (each once), everything else summed per (product, lot,
    /// unit) in order of first appearance.
    private func contents(_ lines: [Int], notes: inout RenderNotes) -> ([String], [EPCISEvent.QuantityElement]) {
        let dataset = graph.dataset
        var epcs: [String] = []
        var seen: Set<String> = []
        var quantities: [EPCISEvent.QuantityElement] = []
        var slots: [QuantityKey: Int] = [:]
        for index in lines {
            let line = dataset.moveLines[index]
            let product = dataset[line.product]
            if product.tracking == .serial, let lot = line.lot {
                let epc = identifiers.serial(product: product.id, serial: dataset[lot].name, notes: &notes)
                if seen.insert(epc).inserted { epcs.append(epc) }
                continue
            }
            let unit = dataset.unit(of: line)
            let key = QuantityKey(product: line.product, lot: line.lot, unit: ExactText(unit))
            if let slot = slots[key] {
                quantities[slot].quantity += line.quantity
                continue
            }
            let epcClass = identifiers.epcClass(product: product.id, lot: line.lot.map { dataset[$0].name }, notes: &notes)
            slots[key] = quantities.count
            quantities.append(
                EPCISEvent.QuantityElement(epcClass: epcClass, quantity: line.quantity, uom: uom(unit, notes: &notes)))
        }
        return (epcs, quantities)
    }

    /// The Rec 20 code of `unit`; nil for pieces (a count of trade items) and unknown units.
    private func uom(_ unit: String, notes: inout RenderNotes) -> String? {
        guard !unit.isEmpty else { return nil }
        guard let code = unitCodes.code(for: unit) else {
            notes.add(UnitCodes.missing(unit))
            return nil
        }
        return code == UnitCodes.piece ? nil : code
    }

    private struct QuantityKey: Hashable {
        var product: ProductID
        var lot: LotID?
        var unit: ExactText
    }
}
