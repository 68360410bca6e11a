/// The sample company, its vendors and its customers (all fictional; e-mail domains are
/// `.example`, reserved by RFC 2606).
enum PartnerDirectory {
    /// The company itself.
    static let company = Partner(company: "Hartwell Bakery Ltd", person: "Dispatch Office", street: "14 Mill Lane",
                                 city: "Millbrook", zip: "MB2 7HT", email: "dispatch@hartwell-bakery.example")
    /// Odoo's warehouse name (operation types read "Hartwell: Receipts").
    static let warehouse = "Hartwell"

    /// Vendors, indexed by `ProductSpec.Purchase.vendor`.
    static let vendors: [Partner] = [
        Partner(company: "Greenfield Mills", person: "Anna Greaves", street: "2 Wharf Road", city: "Ashby Vale",
                zip: "AV4 1GM", email: "orders@greenfield-mills.example"),
        Partner(company: "Sweetvale Sugars", person: "Colin Pryce", street: "88 Refinery Way", city: "Portmere",
                zip: "PM9 3SS", email: "sales@sweetvale.example"),
        Partner(company: "Dale Farm Dairy", person: "Tom Bishop", street: "Dale Farm", city: "Kettlewick",
                zip: "KW3 8DF", email: "dairy@dalefarm.example"),
        Partner(company: "Hillside Eggs", person: "Megan Lowry", street: "Hillside Cottage", city: "Kettlewick",
                zip: "KW3 2HE", email: "eggs@hillside.example"),
        Partner(company: "Cocoa Coast Trading", person: "Daniel Osei", street: "Unit 5, Dock Street",
                city: "Portmere", zip: "PM1 6CC", email: "trade@cocoacoast.example"),
        Partner(company: "PackRight Supplies", person: "Priya Shah", street: "41 Carton Park", city: "Millbrook",
                zip: "MB5 9PR", email: "orders@packright.example"),
        Partner(company: "Voltaic Components Ltd", person: "Erik Lund", street: "7 Circuit Court",
                city: "Fenwick Cross", zip: "FX2 4VC", email: "sales@voltaic.example"),
    ]

    /// The founding customers, always present and in this order.
    private static let founders: [(String, CustomerProfile)] = [
        ("Corner Pantry", .shop), ("The Olive Table", .restaurant), ("Bluebell Café", .cafe),
        ("Market Hall Deli", .shop), ("Harbour View Restaurant", .restaurant), ("Little Crumb Coffee", .cafe),
        ("Fernside Farm Shop", .shop), ("The Copper Kettle", .cafe), ("Northgate Grocers", .shop),
        ("Saffron Bistro", .restaurant), ("Oakwood School Canteen", .hotel), ("Riverside Hotel", .hotel),
    ]
    private static let prefixes = ["Willow", "Juniper", "Maple", "Heron", "Elm Street", "Kingfisher", "Lantern",
                                   "Primrose", "Orchard", "Thistle", "Beacon", "Cobble", "Meadow", "Rowan",
                                   "Lark", "Granary", "Quayside", "Hazel", "Station", "Abbey"]
    private static let suffixes: [(String, CustomerProfile)] = [
        ("Pantry", .shop), ("Café", .cafe), ("Deli", .shop), ("Bistro", .restaurant), ("Grocers", .shop),
        ("Kitchen", .restaurant), ("Tea Room", .cafe), ("Farm Shop", .shop), ("Hotel", .hotel), ("Brasserie", .restaurant),
    ]
    private static let towns = ["Millbrook", "Ashby Vale", "Kettlewick", "Portmere", "Fenwick Cross", "Eastwold",
                                "Saltham", "Bramley Green"]
    private static let firstNames = ["Alice", "Ben", "Chloe", "David", "Emma", "Farid", "Grace", "Harry", "Isla",
                                     "Jamal", "Katie", "Liam", "Maya", "Noah", "Olivia", "Pavel", "Ruby", "Sam",
                                     "Tara", "Yusuf"]
    private static let lastNames = ["Archer", "Bennett", "Carter", "Dawson", "Ellis", "Fletcher", "Gill", "Hughes",
                                    "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Novak", "Owens", "Patel", "Reid",
                                    "Stone", "Turner", "Walsh"]
    private static let streets = ["High Street", "Market Square", "Church Lane", "Station Road", "Bridge Street",
                                  "Quay Road", "King Street", "Park Avenue"]

    /// `count` customers: the founders, then generated shops, cafés and restaurants
    /// (branches in further towns once the name combinations run out).
    static func customers(count: Int, rng: inout SplitMix64) -> [Customer] {
        (0..<count).map { index in
            let (name, profile) = customerName(index)
            let town = rng.pick(towns)
            let person = rng.pick(firstNames) + " " + rng.pick(lastNames)
            let slug = String(name.lowercased().unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic })
            let partner = Partner(company: name, person: person,
                                  street: "\(rng.int(1...180)) \(rng.pick(streets))", city: town,
                                  zip: "\(town.prefix(2).uppercased())\(rng.int(1...9)) \(rng.int(1...9))\(slug.prefix(2).uppercased())",
                                  email: "orders@\(slug).example")
            return Customer(partner: partner, profile: profile, buysElectronics: index % 3 == 1)
        }
    }

    private static func customerName(_ index: Int) -> (String, CustomerProfile) {
        if index < founders.count { return founders[index] }
        let generated = index - founders.count
        let combos = prefixes.count * suffixes.count
        let suffix = suffixes[generated % suffixes.count]
        let name = prefixes[generated / suffixes.count % prefixes.count] + " " + suffix.0
        let branch = generated / combos
        guard branch > 0 else { return (name, suffix.1) }
        return ("\(name) (\(towns[(branch - 1) % towns.count]) \(branch))", suffix.1)
    }
}
