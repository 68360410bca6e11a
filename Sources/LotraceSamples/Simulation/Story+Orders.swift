/// What customers order, and how much the company expects them to order.
extension Story {
    /// Chance that a customer orders on a given working day.
    static let orderChance = 0.5
    /// Chance that an electronics customer adds a logger, thermometer or probe line.
    static let electronicsChance = 0.08
    private static let electronics: [Item] = [.logger, .thermometer, .probe]

    /// Quantity range (whole units) of one order line.
    private static func units(of item: Item) -> (low: Int, high: Int, multiple: Int) {
        switch item {
        case .shortbread, .sandwich: (1, 8, 12)
        case .layerCake, .spongeCake: (2, 10, 1)
        case .logger: (1, 3, 1)
        case .thermometer: (1, 4, 1)
        default: (2, 6, 1)
        }
    }

    /// A new order of `customer`; never empty.
    func newOrder(for customer: Customer) -> [OrderLine] {
        var lines: [OrderLine] = []
        for item in Item.sellable where rng.chance(Double(customer.profile.weight(of: item)) / 6) {
            lines.append(orderLine(item))
        }
        if lines.isEmpty {
            let favourite = Item.sellable.max { customer.profile.weight(of: $0) < customer.profile.weight(of: $1) }!
            lines.append(orderLine(favourite))
        }
        if customer.buysElectronics && rng.chance(Story.electronicsChance) {
            lines.append(orderLine(rng.pick(Story.electronics)))
        }
        return lines
    }

    private func orderLine(_ item: Item) -> OrderLine {
        let range = Story.units(of: item)
        let quantity = rng.int(range.low...range.high) * range.multiple * 1000
        orderedToday[item.rawValue] += quantity
        return OrderLine(item: item, quantity: quantity)
    }

    /// Expected daily orders per item (thousandths), the starting point of the demand averages.
    static func expectedDemand(of customers: [Customer]) -> [Double] {
        var expected = Array(repeating: 0.0, count: Item.allCases.count)
        for customer in customers {
            for item in Item.sellable {
                let range = units(of: item)
                let mean = Double((range.low + range.high) * range.multiple) * 500
                let share = electronics.contains(item)
                    ? (customer.buysElectronics ? electronicsChance / 3 : 0)
                    : Double(customer.profile.weight(of: item)) / 6
                expected[item.rawValue] += orderChance * share * mean
            }
        }
        return expected
    }

    /// Purchased quantities (thousandths) the expected sales consume per day.
    func dailyPurchaseNeeds() -> [Double] {
        var needs = Array(repeating: 0.0, count: Item.allCases.count)
        for item in Item.sellable {
            Recipe.expand(item, quantity: demand[item.rawValue], into: &needs)
        }
        return needs
    }
}
