import Foundation
import LotraceCore
import LotraceSamples
import LotraceTestSupport
import Testing
import LotraceRender

/// `lotrace recall --format json` of one lot of a generated 100,000-line set, checked against
/// a plain breadth-first computation written here from the move lines alone (no TraceGraph).
@Suite("Recall: 100,000 generated move lines")
struct RecallLargeTests {
    /// The JSON members compared, decoded with exact decimals.
    struct Document: Decodable {
        struct Lot: Decodable { var product: String; var lot: String }
        struct Delivery: Decodable { var reference: String; var product: String; var lot: String; var delivered: Decimal }
        struct Stock: Decodable { var product: String; var lot: String; var location: String; var quantity: Decimal }
        struct Balance: Decodable {
            var product: String; var lot: String; var `in`: Decimal; var delivered: Decimal; var consumed: Decimal
            var onHand: Decimal; var unaccounted: Decimal
        }
        var recalled: [Lot]
        var affected: [Lot]
        var deliveries: [Delivery]
        var onHand: [Stock]
        var massBalance: [Balance]
    }

    /// What the test computes itself, per lot.
    struct Expected {
        var lots: Set<String> = []
        var deliveries: [String: Quantity] = [:]
        var onHand: [String: Quantity] = [:]
        var quantityIn: [String: Quantity] = [:]
        var consumed: [String: Quantity] = [:]
        var deliveredNet: [String: Quantity] = [:]
    }

    @Test("the recall of the flour lot that reaches the most lots equals a breadth-first search")
    func matchesBreadthFirstSearch() throws {
        let folder = ScratchFolder.path("recall").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try SampleSet(seed: 7, moveLines: 100_000).write(to: folder)
        let dataset = DatasetLoader().load(folder: folder)
        #expect(dataset.moveLines.count > 99_000)
        #expect(dataset.consumedBy.isEmpty)
        let children = Self.children(dataset)
        let flour = dataset.lots.filter { dataset[$0.product].code == "FL-001" }.map(\.id)
        let start = try #require(flour.max { Self.closure(from: $0, children).count < Self.closure(from: $1, children).count })
        let closure = Self.closure(from: start, children)
        #expect(closure.count > 20)
        let expected = Self.expected(dataset, closure)

        let report = try RecallReport(
            graph: TraceGraph(dataset: dataset), selection: RecallSelection(lots: [dataset[start].name], product: "FL-001"),
            company: "Hartwell Bakery Ltd", timeZone: "Europe/London", generated: LocalDateTime(seconds: 0))
        let json = try JSONDecoder().decode(Document.self, from: Data(report.json.serialized().utf8))

        let key = { (product: String, lot: String) in "\(product)|\(lot)" }
        #expect(json.recalled.map { key($0.product, $0.lot) } == [Self.name(dataset, start)])
        #expect(Set(json.affected.map { key($0.product, $0.lot) }) == expected.lots)
        #expect(json.affected.count == expected.lots.count)
        let deliveries = Dictionary(json.deliveries.map { ("\($0.reference)|\(key($0.product, $0.lot))", $0.delivered) }) { a, _ in a }
        #expect(deliveries.count == json.deliveries.count)
        #expect(deliveries == expected.deliveries.mapValues(Self.decimal))
        let stock = Dictionary(json.onHand.map { ("\(key($0.product, $0.lot))|\($0.location)", $0.quantity) }) { a, _ in a }
        #expect(stock == expected.onHand.mapValues(Self.decimal))
        for row in json.massBalance {
            let lot = key(row.product, row.lot)
            #expect(row.in == Self.decimal(expected.quantityIn[lot] ?? .zero), "\(lot)")
            #expect(row.consumed == Self.decimal(expected.consumed[lot] ?? .zero), "\(lot)")
            #expect(row.delivered == Self.decimal(expected.deliveredNet[lot] ?? .zero), "\(lot)")
            #expect(row.unaccounted == 0, "\(lot)")
        }
    }

    /// "product key|lot name".
    static func name(_ dataset: Dataset, _ lot: LotID) -> String {
        "\(dataset[dataset[lot].product].key)|\(dataset[lot].name)"
    }

    static func decimal(_ quantity: Quantity) -> Decimal { Decimal(string: quantity.description)! }

    /// Lots made from each lot: within one reference, every lot that went into a production
    /// location is a parent of every lot that came out of one.
    static func children(_ dataset: Dataset) -> [LotID: Set<LotID>] {
        var consumed: [Int32: Set<LotID>] = [:]
        var produced: [Int32: Set<LotID>] = [:]
        for line in dataset.moveLines {
            guard let lot = line.lot else { continue }
            let from = dataset[line.from].usage
            let to = dataset[line.to].usage
            if to == .production && from != .production { consumed[line.reference, default: []].insert(lot) }
            if from == .production && to != .production { produced[line.reference, default: []].insert(lot) }
        }
        var children: [LotID: Set<LotID>] = [:]
        for (reference, parents) in consumed {
            for parent in parents { children[parent, default: []].formUnion(produced[reference, default: []].subtracting([parent])) }
        }
        return children
    }

    /// Every lot reachable from `start`, itself included.
    static func closure(from start: LotID, _ children: [LotID: Set<LotID>]) -> Set<LotID> {
        var seen: Set<LotID> = [start]
        var queue = [start]
        while let lot = queue.popLast() {
            for child in children[lot, default: []] where seen.insert(child).inserted { queue.append(child) }
        }
        return seen
    }

    /// Deliveries per (reference, lot), stock per (lot, location), and the flows per lot.
    static func expected(_ dataset: Dataset, _ lots: Set<LotID>) -> Expected {
        var expected = Expected()
        expected.lots = Set(lots.map { name(dataset, $0) })
        for line in dataset.moveLines {
            guard let lot = line.lot, lots.contains(lot) else { continue }
            let lotName = name(dataset, lot)
            let from = dataset[line.from].usage
            let to = dataset[line.to].usage
            if to == .customer && from != .customer {
                expected.deliveries["\(dataset.references[Int(line.reference)])|\(lotName)", default: .zero] += line.quantity
            }
            if to == .customer { expected.deliveredNet[lotName, default: .zero] += line.quantity }
            if from == .customer { expected.deliveredNet[lotName, default: .zero] -= line.quantity }
            if to == .production { expected.consumed[lotName, default: .zero] += line.quantity }
            if [.supplier, .production, .inventory].contains(from) { expected.quantityIn[lotName, default: .zero] += line.quantity }
            if from == .internal { expected.onHand["\(lotName)|\(dataset[line.from].fullName)", default: .zero] -= line.quantity }
            if to == .internal { expected.onHand["\(lotName)|\(dataset[line.to].fullName)", default: .zero] += line.quantity }
        }
        expected.onHand = expected.onHand.filter { !$0.value.isZero }
        return expected
    }
}
