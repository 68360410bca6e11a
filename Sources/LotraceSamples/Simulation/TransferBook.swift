/// Transfers (stock.picking) and the name sequences of every operation.
final class TransferBook {
    /// An operation type of the warehouse; `name` is Odoo's Operation Type name.
    enum Kind: String, CaseIterable {
        case receipt = "Receipts", delivery = "Delivery Orders", returns = "Returns"
        case internalTransfer = "Internal Transfers", manufacturing = "Manufacturing"
        /// Van deliveries; set up with Create New Lots/Serial Numbers on (the article's risky setting).
        case expressDelivery = "Express Deliveries"

        /// The Type of Operation label, and the Create New / Use Existing lot flags.
        var settings: (type: String, createLots: Bool, useExisting: Bool) {
            switch self {
            case .receipt: ("Receipt", true, false)
            case .delivery: ("Delivery", false, true)
            case .returns: ("Receipt", false, true)
            case .internalTransfer: ("Internal Transfer", false, true)
            case .manufacturing: ("Manufacturing", true, true)
            case .expressDelivery: ("Delivery", true, true)
            }
        }

        fileprivate var prefix: String {
            switch self {
            case .receipt: "WH/IN/"
            case .delivery: "WH/OUT/"
            case .returns: "WH/RET/"
            case .internalTransfer: "WH/INT/"
            case .manufacturing: "WH/MO/"
            case .expressDelivery: "WH/EXP/"
            }
        }
    }

    /// A picking's Status label.
    enum Status: String {
        case done = "Done", ready = "Ready", waiting = "Waiting", cancelled = "Cancelled"
    }

    /// One stock.picking row.
    struct Record {
        let name: String
        let kind: Kind
        let origin: String
        let contact: String
        let scheduled: Timestamp
        let backorderOf: String
        var done: Timestamp?
        var status: Status
    }

    private(set) var records: [Record] = []
    private var counters: [String: Int] = [:]

    /// The next name of a sequence: "WH/OUT/00042", "SP/00003", "S00017".
    func nextName(_ prefix: String) -> String {
        let number = (counters[prefix] ?? 0) + 1
        counters[prefix] = number
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    /// Opens a picking (status Waiting until finished) and returns its index.
    func open(_ kind: Kind, origin: String = "", contact: String = "", scheduled: Timestamp,
              backorderOf: String = "") -> Int {
        records.append(Record(name: nextName(kind.prefix), kind: kind, origin: origin, contact: contact,
                              scheduled: scheduled, backorderOf: backorderOf, done: nil, status: .waiting))
        return records.count - 1
    }

    /// A manufacturing order name (MOs have no picking row).
    func nextManufacturingOrder() -> String {
        nextName(Kind.manufacturing.prefix)
    }

    /// The picking's name.
    func name(_ index: Int) -> String {
        records[index].name
    }

    /// Marks a picking done at `time`.
    func finish(_ index: Int, at time: Timestamp) {
        records[index].done = time
        records[index].status = .done
    }

    /// Sets a not-done status (Ready, Waiting, Cancelled).
    func mark(_ index: Int, _ status: Status) {
        records[index].status = status
    }
}
