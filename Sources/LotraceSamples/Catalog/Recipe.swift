/// A bill of materials: one batch of `output` consumes `components` (quantities in thousandths).
struct Recipe {
    let output: Item
    let batch: Int
    let components: [(item: Item, quantity: Int)]
    /// Days of sales the finished stock should cover after a production run.
    let coverDays: Double
    /// Production starts when stock covers fewer days than this.
    let reorderDays: Double
    /// Most batches one manufacturing order makes.
    let batchesPerOrder: Int

    /// The recipe that makes `item`, if it is manufactured.
    static func of(_ item: Item) -> Recipe? {
        table[item.rawValue]
    }

    private static let table: [Recipe?] = Item.allCases.map { item in all.first { $0.output == item } }

    private static let all: [Recipe] = [
        Recipe(output: .dough, batch: 50_000,
               components: [(.flour, 26_000), (.butter, 14_000), (.sugar, 9_000), (.eggs, 40_000), (.salt, 500)],
               coverDays: 0, reorderDays: 0, batchesPerOrder: 1),
        Recipe(output: .cream, batch: 30_000,
               components: [(.milk, 12_000), (.cocoa, 5_000), (.sugar, 8_000), (.butter, 6_000)],
               coverDays: 0, reorderDays: 0, batchesPerOrder: 1),
        Recipe(output: .batter, batch: 40_000,
               components: [(.flour, 12_000), (.eggs, 160_000), (.sugar, 12_000), (.milk, 7_000), (.vanilla, 200)],
               coverDays: 0, reorderDays: 0, batchesPerOrder: 1),
        Recipe(output: .shortbread, batch: 200_000, components: [(.dough, 41_000), (.biscuitBox, 200_000)],
               coverDays: 6, reorderDays: 2, batchesPerOrder: 4),
        Recipe(output: .sandwich, batch: 150_000,
               components: [(.dough, 18_000), (.cream, 12_000), (.biscuitBox, 150_000)],
               coverDays: 6, reorderDays: 2, batchesPerOrder: 4),
        Recipe(output: .layerCake, batch: 12_000, components: [(.batter, 7_800), (.cream, 5_400), (.cakeBoard, 12_000)],
               coverDays: 1.3, reorderDays: 1.3, batchesPerOrder: 4),
        Recipe(output: .spongeCake, batch: 12_000, components: [(.batter, 9_000), (.cakeBoard, 12_000)],
               coverDays: 1.3, reorderDays: 1.3, batchesPerOrder: 4),
        Recipe(output: .logger, batch: 1_000, components: [(.probe, 2_000), (.controller, 1_000)],
               coverDays: 6, reorderDays: 3, batchesPerOrder: 1),
    ]

    /// Purchased quantities (thousandths) needed to make `quantity` of `item`, intermediates
    /// expanded, added into `needs` (indexed by `Item.rawValue`).
    static func expand(_ item: Item, quantity: Double, into needs: inout [Double]) {
        guard let recipe = of(item) else {
            needs[item.rawValue] += quantity
            return
        }
        for component in recipe.components {
            expand(component.item, quantity: quantity * Double(component.quantity) / Double(recipe.batch), into: &needs)
        }
    }
}
