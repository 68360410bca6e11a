import LotraceCore

/// One `cac:DespatchLine` of a UBL despatch advice: the slip's move lines of one product and
/// unit, and of one lot for lot-tracked and untracked products; a serial-tracked product's
/// serials share one line (one `cac:ItemInstance` each). Quantities are summed exactly.
struct DespatchAdviceLine {
    /// A lot or serial under `cac:Item/cac:ItemInstance`.
    struct Instance {
        var name: String
        var isSerial: Bool
        var expirationDate: LocalDateTime?
        var bestBeforeDate: LocalDateTime?
    }

    var product: ProductID
    var unit: String
    var quantity: Quantity
    var instances: [Instance]

    /// The slip's lines grouped, in order of first appearance.
    static func group(_ slip: DeliverySlip, dataset: Dataset) -> [DespatchAdviceLine] {
        var lines: [DespatchAdviceLine] = []
        var slots: [Key: Int] = [:]
        for line in slip.lines {
            let key = Key(
                product: line.product, unit: ExactText(line.unit),
                lot: line.isSerial ? nil : line.lotName.map { ExactText($0) })
            let instance = line.lotName.map { name in
                Instance(
                    name: name, isSerial: line.isSerial, expirationDate: line.expirationDate,
                    bestBeforeDate: line.lot.flatMap { dataset[$0].bestBeforeDate })
            }
            if let slot = slots[key] {
                lines[slot].quantity += line.quantity
                if let instance, line.isSerial,
                    !lines[slot].instances.contains(where: { ExactText($0.name) == ExactText(instance.name) })
                {
                    lines[slot].instances.append(instance)
                }
            } else {
                slots[key] = lines.count
                lines.append(
                    DespatchAdviceLine(
                        product: line.product, unit: line.unit, quantity: line.quantity,
                        instances: instance.map { [$0] } ?? []))
            }
        }
        return lines
    }

    private struct Key: Hashable {
        var product: ProductID
        var unit: ExactText
        var lot: ExactText?
    }
}
