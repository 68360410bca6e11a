import Foundation
import LotraceCore
import Synchronization

/// The XML twin of every delivery slip: a UBL 2.1 DespatchAdvice beside its HTML page
/// (`slips/<reference>.xml`). What UBL could not carry (a unit without UN/ECE code...) becomes
/// a warning on the index page, each distinct note once.
struct DespatchAdvicesStep: SiteStep {
    let title = "Write UBL despatch advices"
    let templates: [String] = []
    let section: SiteSection? = nil

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        let slips = context.slips
        let unitCodes = UnitCodes(overrides: context.config.unitCodes)
        let notes = Mutex(RenderNotes())
        try context.forEachPage(slips.count) { index in
            guard let path = context.links.slipFile(slips[index].reference, suffix: ".xml") else { return }
            let document = try DespatchAdviceXML(
                slip: slips[index], dataset: context.dataset, unitCodes: unitCodes, fallbackDate: context.asOf
            ).render()
            try context.output.write(Data(document.bytes), to: path)
            notes.withLock { collected in document.notes.forEach { collected.add($0) } }
        }
        let highlights = notes.withLock { $0.all }.map {
            SiteHighlight(text: "UBL despatch advices: \($0)", path: DeliverySlipsStep.path, severity: .warning)
        }
        return SiteStepOutcome(count: slips.count, noun: "XML file", highlights: highlights)
    }
}
