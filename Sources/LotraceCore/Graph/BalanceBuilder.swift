/// Builds, item by item, the non-zero balances of internal locations: done quantities in minus
/// out. A dense per-location scratch array replaces any hashing; it is reset after each item.
struct BalanceBuilder {
    private(set) var balances = Grouped<StockBalance>()
    private let usages: [LocationUsage]
    private var scratch: [Quantity]
    private var touched: [Bool]
    private var touchedLocations: [Int] = []

    init(usages: [LocationUsage]) {
        self.usages = usages
        scratch = [Quantity](repeating: .zero, count: usages.count)
        touched = [Bool](repeating: false, count: usages.count)
    }

    /// Applies the next line of the current item.
    @inline(__always)
    mutating func add(_ line: MoveLine) {
        let from = Int(line.from.index)
        let to = Int(line.to.index)
        if usages[from] == .internal {
            touch(from)
            scratch[from] -= line.quantity
        }
        if usages[to] == .internal {
            touch(to)
            scratch[to] += line.quantity
        }
    }

    /// Ends the current item: its balances, in location id order, form its group.
    mutating func closeItem(product: ProductID, lot: LotID?) {
        touchedLocations.sort()
        for location in touchedLocations {
            if !scratch[location].isZero {
                balances.append(
                    StockBalance(product: product, lot: lot, location: LocationID(location), quantity: scratch[location]))
            }
            scratch[location] = .zero
            touched[location] = false
        }
        touchedLocations.removeAll(keepingCapacity: true)
        balances.closeGroup()
    }

    private mutating func touch(_ location: Int) {
        guard !touched[location] else { return }
        touched[location] = true
        touchedLocations.append(location)
    }
}
