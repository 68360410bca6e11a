import Foundation
import LotraceCore

/// What an EPCIS 2.0 document of Lotrace holds, whatever its binding (`EPCISXML`, `EPCISJSON`):
/// the events of a dataset's movements, or of one lot's trace, as `EPCISEventBuilder` finds them
/// with the identifiers `EPCISIdentifiers` makes, the clock that dates them in
/// `LotraceConfig.timeZone`, and the document's creation date. Both bindings of one export
/// therefore carry the same events.
public struct EPCISExport: Sendable {
    let builder: EPCISEventBuilder
    let clock: EPCISClock
    let lots: Set<LotID>?
    let created: Date

    /// Every done movement of `graph`'s dataset, in a document created at `created`.
    public init(graph: TraceGraph, config: LotraceConfig, created: Date) {
        self.init(graph: graph, config: config, lots: nil, created: created)
    }

    /// The trace of `lot`: the movements of the lot, of every lot it was made from and of every
    /// lot made from it.
    public init(graph: TraceGraph, config: LotraceConfig, trace lot: LotID, created: Date) {
        let related = Set([lot] + graph.upstreamLots(of: lot) + graph.downstreamLots(of: lot))
        self.init(graph: graph, config: config, lots: related, created: created)
    }

    private init(graph: TraceGraph, config: LotraceConfig, lots: Set<LotID>?, created: Date) {
        builder = EPCISEventBuilder(
            graph: graph, identifiers: EPCISIdentifiers(dataset: graph.dataset, config: config),
            unitCodes: UnitCodes(overrides: config.unitCodes), dates: LotDateBook(graph: graph))
        clock = EPCISClock(timeZone: config.timeZone)
        self.lots = lots
        self.created = created
    }

    /// The events in time order, and notes about what the standard could not carry.
    func events(notes: inout RenderNotes) -> [EPCISEvent] { builder.events(lots: lots, notes: &notes) }

    /// The document's `creationDate`, in UTC.
    var creationDate: String { EPCISClock.utc(created) }
}
