/// Every product of the sample company: food ingredients, packaging, intermediates, finished
/// goods, and the serial-tracked electronics line.
enum Item: Int, CaseIterable {
    case flour, sugar, butter, milk, eggs, cocoa, vanilla, salt, biscuitBox, cakeBoard
    case dough, cream, batter
    case shortbread, sandwich, layerCake, spongeCake
    case probe, controller, logger, thermometer

    /// The product's master data.
    var spec: ProductSpec { ProductSpec.catalog[rawValue] }

    /// Items sold to customers, in the order production plans them.
    static let sellable: [Item] = [.shortbread, .sandwich, .layerCake, .spongeCake, .logger,
                                   .thermometer, .probe]

    /// Items made in manufacturing orders for sale (intermediates are made on demand).
    static let madeForSale: [Item] = [.shortbread, .sandwich, .layerCake, .spongeCake, .logger]

    /// Items bought from vendors.
    static let purchased: [Item] = allCases.filter { $0.spec.purchase != nil }
}
