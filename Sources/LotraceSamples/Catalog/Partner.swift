/// A company and its contact person (two res.partner rows in the export).
struct Partner {
    let company: String
    let person: String
    let street: String
    let city: String
    let zip: String
    let email: String
    let country = "United Kingdom"

    /// Odoo's display name of the contact person, "Company, Person".
    var contact: String { "\(company), \(person)" }
}

/// What kind of business a customer is, which decides what it orders.
enum CustomerProfile: CaseIterable {
    case shop, cafe, restaurant, hotel

    /// Chance (in sixths) that an order includes each food item of `Item.sellable`.
    func weight(of item: Item) -> Int {
        switch (self, item) {
        case (.shop, .shortbread), (.shop, .sandwich): 5
        case (.shop, .spongeCake): 2
        case (.shop, .layerCake): 1
        case (.cafe, .layerCake), (.cafe, .spongeCake): 4
        case (.cafe, .shortbread), (.cafe, .sandwich): 3
        case (.restaurant, .layerCake): 5
        case (.restaurant, .spongeCake): 3
        case (.restaurant, .sandwich): 1
        case (.hotel, .shortbread), (.hotel, .sandwich), (.hotel, .layerCake), (.hotel, .spongeCake): 4
        default: 0
        }
    }
}

/// One customer: its partner record and buying habits.
struct Customer {
    let partner: Partner
    let profile: CustomerProfile
    /// Also buys cold-chain loggers and thermometers.
    let buysElectronics: Bool
}
