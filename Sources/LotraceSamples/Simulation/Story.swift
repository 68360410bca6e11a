/// The sample company's business, simulated one working day at a time until the requested
/// number of move lines is written.
///
/// Each day: scrap expired stock and process customer returns (07:00), receive what runs low
/// (08:00), manufacture what sales will need (09:00), ship orders and backorders (13:00).
/// Every quantity taken comes from `LotBook.plan`, so on-hand stock never goes negative.
final class Story {
    /// A product and quantity still to ship.
    struct OrderLine {
        let item: Item
        var quantity: Int
    }

    /// A delivery not yet (fully) shipped.
    struct PendingDelivery {
        let picking: Int
        let lines: [OrderLine]
    }

    /// A customer return due on a later day.
    struct PlannedReturn {
        let dueDay: Int
        let delivery: String
        let contact: String
        let lot: Int
        let quantity: Int
    }

    let target: Int
    var rng: SplitMix64
    let book: LotBook
    let ledger: Ledger
    let transfers = TransferBook()
    let customers: [Customer]
    /// Average daily units ordered per item (thousandths), an exponential moving average.
    var demand: [Double]
    var orderedToday: [Int]
    var pending: [PendingDelivery] = []
    var returns: [PlannedReturn] = []
    var returnsPlanned = 0
    var madeToday: [Int] = []
    var lotCounters: [String: Int] = [:]
    var businessDay = 0
    var dayStart = Timestamp(seconds: 0)
    var now = Timestamp(seconds: 0)
    var lastCountMonth = 0
    let step: Int
    /// Manufacturing orders grow with the company (square root of its size).
    let orderScale: Int

    init(seed: UInt64, target: Int, ledger: Ledger) {
        self.target = target
        self.ledger = ledger
        book = ledger.book
        rng = SplitMix64(seed: seed)
        customers = PartnerDirectory.customers(count: 12 + max(0, (target - 2500) / 800), rng: &rng)
        step = max(4, min(600, 36_000 / (customers.count * 3)))
        orderScale = max(1, Int((Double(customers.count) / 12).squareRoot()))
        orderedToday = Array(repeating: 0, count: Item.allCases.count)
        demand = Story.expectedDemand(of: customers)
    }

    /// True once the remaining budget of move lines is needed for the closing orders.
    var isFull: Bool {
        ledger.count + pending.reduce(0) { $0 + $1.lines.count } + 12 >= target
    }

    /// Runs the whole story and the closing day.
    func run() {
        while !isFull {
            runDay()
            businessDay += 1
        }
        closeBooks()
    }

    private func runDay() {
        let week = businessDay / 5
        dayStart = Timestamp(day: 5 + week * 7 + businessDay % 5)
        orderedToday = orderedToday.map { _ in 0 }
        at(hour: 7)
        scrapExpired()
        countInventory()
        receiveReturns()
        at(hour: 8)
        purchase()
        at(hour: 9)
        manufacture()
        at(hour: 13)
        sell()
        for item in Item.sellable {
            demand[item.rawValue] = 0.85 * demand[item.rawValue] + 0.15 * Double(orderedToday[item.rawValue])
        }
    }

    /// Moves the clock forward to a time of the current day (never backwards).
    func at(hour: Int, minute: Int = 0) {
        now = max(now, Timestamp(seconds: dayStart.seconds + hour * 3600 + minute * 60))
    }

    /// Lets a few seconds to minutes pass between two operations.
    func tick() {
        now = Timestamp(seconds: now.seconds + rng.int(1...step))
    }
}
