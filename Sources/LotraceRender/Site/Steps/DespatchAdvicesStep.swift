import Foundation
import LotraceCore
import Synchronization

/// The XML twin of every delivery slip: a UBL 2.1 DespatchAdvice beside its HTML page
/// (`slips/<reference>.xml`). What UBL could not carry (a unit without UN/ECE code...) becomes
/// a warning on the index page, each distinct note once. A document is written again only when
/// its inputs (`Inputs`) changed.
struct DespatchAdvicesStep: SiteStep {
    let title = "Write UBL despatch advices"
    let templates: [String] = []
    let section: SiteSection? = nil

    /// Everything a despatch advice is made of: the slip, the records of its products and lots,
    /// the unit codes, and the date an undated slip is issued on.
    private struct Inputs: Encodable {
        var version = LotraceVersion.string
        var slip: DeliverySlip
        var products: [Product]
        var lots: [Lot]
        var unitCodes: [String: String]
        var fallbackDate: LocalDateTime?
    }

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        let slips = context.slips
        let dataset = context.dataset
        let unitCodes = UnitCodes(overrides: context.config.unitCodes)
        let notes = Mutex([[String]](repeating: [], count: slips.count))
        try context.forEachPage(slips.count) { index in
            // The slip is copied (its lines retained) only when its file is made again.
            guard let path = context.links.slipFile(slips[index].reference, suffix: ".xml") else { return }
            let fallbackDate = slips[index].shippingDate == nil ? context.asOf : nil
            let momentKey = fallbackDate?.description ?? ""
            if let kept = try context.output.reuse(path, momentKey: momentKey) {
                notes.withLock { $0[index] = kept }
                return
            }
            let slip = slips[index]
            let inputs = Inputs(
                slip: slip, products: slip.lines.map { dataset[$0.product] }, lots: slip.lines.compactMap { $0.lot.map { dataset[$0] } },
                unitCodes: context.config.unitCodes, fallbackDate: fallbackDate)
            let written = try context.output.write(path, digest: ContentDigest.of(encoded: inputs), momentKey: momentKey) {
                try DespatchAdviceXML(slip: slip, dataset: dataset, unitCodes: unitCodes, fallbackDate: context.asOf).render()
            }
            notes.withLock { $0[index] = written }
        }
        var collected = RenderNotes()
        for note in notes.withLock({ $0 }).joined() { collected.add(note) }
        let highlights = collected.all.map {
            SiteHighlight(text: "UBL despatch advices: \($0)", path: DeliverySlipsStep.path, severity: .warning)
        }
        return SiteStepOutcome(count: slips.count, noun: "XML file", highlights: highlights)
    }
}
