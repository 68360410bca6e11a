/// Manufacturing orders. Each morning the day's finished orders are planned (as far as
/// ingredients allow), then the intermediates they need (dough, cream, batter) are made, then
/// the finished goods, which consume the fresh intermediate lots. Serial-numbered loggers are
/// assembled one per order.
extension Story {
    private static let intermediates: [Item] = [.dough, .cream, .batter]

    /// Makes each product sold from stock up to its cover target, as ingredients allow.
    func manufacture() {
        madeToday.removeAll()
        let plan = planFinishedOrders()
        var intermediateNeeds = Array(repeating: 0, count: Item.allCases.count)
        for (item, quantity) in plan {
            let recipe = Recipe.of(item)!
            for component in recipe.components where Recipe.of(component.item) != nil {
                intermediateNeeds[component.item.rawValue] += consumption(of: component, making: quantity, with: recipe)
            }
        }
        for item in Story.intermediates {
            let chunk = Recipe.of(item)!.batch * 4 * orderScale
            var missing = intermediateNeeds[item.rawValue]
            while missing > 0 && !isFull {
                makeOrder(item, quantity: min(chunk, missing))
                missing -= chunk
            }
        }
        for (item, quantity) in plan where !isFull {
            makeOrder(item, quantity: quantity)
        }
        putAway(madeToday.map { (lot: $0, quantity: book.lots[$0].onHand.stock) })
    }

    /// The day's finished orders: (item, quantity), each within what stock can still supply.
    private func planFinishedOrders() -> [(Item, Int)] {
        var plan: [(Item, Int)] = []
        var committed = Array(repeating: 0.0, count: Item.allCases.count)
        let available = Item.allCases.map { Double(book.available($0, at: now)) }
        for item in Item.madeForSale {
            let recipe = Recipe.of(item)!
            let onHand = book.available(item, at: now)
            guard Double(onHand) < recipe.reorderDays * demand[item.rawValue] else { continue }
            var missing = Int(recipe.coverDays * demand[item.rawValue]) - onHand
            while missing > 0 {
                let wanted = min(recipe.batchesPerOrder * orderScale, (missing + recipe.batch - 1) / recipe.batch)
                let fitting = (1...wanted).reversed().lazy.map { batches -> (Int, [Double]) in
                    var needs = committed
                    Recipe.expand(item, quantity: Double(batches * recipe.batch), into: &needs)
                    return (batches, needs)
                }.first { _, needs in
                    Item.allCases.allSatisfy { needs[$0.rawValue] * 1.02 <= available[$0.rawValue] }
                }
                guard let (batches, needs) = fitting else { break }
                committed = needs
                plan.append((item, batches * recipe.batch))
                missing -= batches * recipe.batch
            }
        }
        return plan
    }

    /// A component's quantity for `quantity` of output, rounded up to the component's unit step.
    private func consumption(of component: (item: Item, quantity: Int), making quantity: Int,
                             with recipe: Recipe) -> Int {
        let step = component.item.spec.unit.step
        return (component.quantity * quantity / recipe.batch + step - 1) / step * step
    }

    /// One manufacturing order making `quantity` of `item` (serials: one order per unit).
    private func makeOrder(_ item: Item, quantity: Int) {
        let recipe = Recipe.of(item)!
        if item.spec.tracking == .serial && quantity > 1000 {
            for _ in 0..<quantity / 1000 where !isFull { makeOrder(item, quantity: 1000) }
            return
        }
        let name = transfers.nextManufacturingOrder()
        tick()
        for component in recipe.components {
            let need = consumption(of: component, making: quantity, with: recipe)
            for piece in book.plan(component.item, quantity: need, at: now) {
                ledger.post(now, reference: name, lot: piece.lot, from: piece.place, to: .production,
                            quantity: piece.quantity)
            }
        }
        let lot = item.spec.tracking == .none ? book.lotless(item) : newLot(item, base: now)
        ledger.post(now, reference: name, lot: lot, from: .production, to: .stock, quantity: quantity)
        if item.spec.cold { madeToday.append(lot) }
    }
}
