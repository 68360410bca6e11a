/// The expiry alert list as of a moment D (docs/data-contract.md section 4.2): every lot
/// with stock on hand in internal locations (lines dated at or before D) whose dates call for
/// action, each lot once, in its most severe group:
/// `expired` (expiration <= D), then `toRemove` (removal <= D), then `alert` (alert <= D), then
/// `upcoming` (expiration <= D + 90 days, bucketed 30/60/90). Lots without the deciding dates
/// are not listed. Within a group, lots are ordered by the group's date (`ExpiryGroup.governingDate`),
/// then product key and lot name by bytes.
///
/// This is the public model of the expiry documents: text and JSON (`+Text`, `+JSON`), the HTML
/// page of the site, and the XML twin all render it.
public struct ExpiryAlertList: Sendable, Hashable {
    /// The moment D (a bare date is the end of its day; see `AsOfDate`).
    public var asOf: LocalDateTime
    public var expired: [ExpiryAlertItem] = []
    public var toRemove: [ExpiryAlertItem] = []
    public var alert: [ExpiryAlertItem] = []
    public var upcoming: [ExpiryAlertItem] = []
    /// The 13 weeks after D: on-hand quantities whose expiration falls in each, whatever group
    /// their lot is in (an expired lot is not in it: its expiration is before D).
    public var timeline: [ExpiryWeek] = []

    /// Days ahead that `upcoming` covers, and its buckets.
    public static let upcomingBuckets = [30, 60, 90]
    /// Weeks in the timeline.
    public static let timelineWeeks = 13

    /// The list of `graph`'s stock as of `asOf`, with lot dates from `dates`.
    public init(graph: TraceGraph, dates: LotDateBook, asOf: LocalDateTime) {
        self.asOf = asOf
        let dataset = graph.dataset
        let names = ReportNames(graph: graph)
        var stock: [LotID: [StockBalance]] = [:]
        var order: [LotID] = []
        for balance in graph.onHand(asOf: asOf) where balance.quantity > .zero {
            guard let lot = balance.lot else { continue }
            if stock[lot] == nil { order.append(lot) }
            stock[lot, default: []].append(balance)
        }
        var weeks = (1...Self.timelineWeeks).map { number in
            ExpiryWeek(
                number: number, start: asOf.adding(days: 7 * (number - 1)), end: asOf.adding(days: 7 * number), lots: 0,
                quantities: [])
        }
        for lot in order {
            let lotDates = dates[lot]
            let balances = ByteOrder.sorted(stock[lot] ?? []) { [dataset[$0.location].fullName] }
            let total = balances.reduce(Quantity.zero) { $0 + $1.quantity }
            let unit = names.units[dataset[lot].product]
            if let expiration = lotDates.value(.expiration), expiration > asOf {
                let week = Int((expiration.seconds - asOf.seconds - 1) / (7 * 86_400))
                if week < Self.timelineWeeks { weeks[week].add(total, unit: unit) }
            }
            guard let group = Self.group(of: lotDates, asOf: asOf) else { continue }
            let item = makeItem(lot, lotDates, group, balances, total, unit, dataset)
            switch group {
            case .expired: expired.append(item)
            case .toRemove: toRemove.append(item)
            case .alert: alert.append(item)
            case .upcoming: upcoming.append(item)
            }
        }
        timeline = weeks
        for group in ExpiryGroup.allCases { self[group] = Self.sorted(self[group], by: group.governingDate) }
    }

    /// The items of one group.
    public subscript(group: ExpiryGroup) -> [ExpiryAlertItem] {
        get {
            switch group {
            case .expired: expired
            case .toRemove: toRemove
            case .alert: alert
            case .upcoming: upcoming
            }
        }
        set {
            switch group {
            case .expired: expired = newValue
            case .toRemove: toRemove = newValue
            case .alert: alert = newValue
            case .upcoming: upcoming = newValue
            }
        }
    }

    /// The most severe group whose condition holds as of `asOf`; nil for none.
    public static func group(of dates: LotDates, asOf: LocalDateTime) -> ExpiryGroup? {
        if let date = dates.value(.expiration), date <= asOf { return .expired }
        if let date = dates.value(.removal), date <= asOf { return .toRemove }
        if let date = dates.value(.alert), date <= asOf { return .alert }
        if let date = dates.value(.expiration), date <= asOf.adding(days: upcomingBuckets.last!) { return .upcoming }
        return nil
    }

    private func makeItem(
        _ lot: LotID, _ lotDates: LotDates, _ group: ExpiryGroup, _ balances: [StockBalance], _ total: Quantity,
        _ unit: String, _ dataset: Dataset
    ) -> ExpiryAlertItem {
        let product = dataset[dataset[lot].product]
        let expiration = lotDates.value(.expiration)
        let dueWithin = group == .upcoming
            ? expiration.flatMap { date in Self.upcomingBuckets.first { date <= asOf.adding(days: $0) } } : nil
        return ExpiryAlertItem(
            productID: product.id, lotID: lot, product: product.key, productName: product.displayName,
            lot: dataset[lot].name, expirationDate: expiration, bestBeforeDate: lotDates.value(.bestBefore),
            removalDate: lotDates.value(.removal), alertDate: lotDates.value(.alert), dates: lotDates, group: group,
            daysLeft: expiration.map { AsOfDate.calendarDays(from: asOf, to: $0) }, dueWithin: dueWithin,
            onHand: balances.map { ReportRow.LocationStock(location: dataset[$0.location].fullName, quantity: $0.quantity) },
            total: total, unit: unit)
    }

    private static func sorted(_ items: [ExpiryAlertItem], by kind: LotDateKind) -> [ExpiryAlertItem] {
        let byName = ByteOrder.sorted(items) { [$0.product, $0.lot] }
        return byName.enumerated().sorted { a, b in
            let dateA = a.element.dates.value(kind)?.seconds ?? .max
            let dateB = b.element.dates.value(kind)?.seconds ?? .max
            return (dateA, a.offset) < (dateB, b.offset)
        }.map(\.element)
    }
}

extension ExpiryWeek {
    /// Adds a lot's quantity in `unit`.
    mutating func add(_ quantity: Quantity, unit: String) {
        lots += 1
        if let index = quantities.firstIndex(where: { ExactText($0.unit) == ExactText(unit) }) {
            quantities[index].quantity += quantity
        } else {
            quantities.append(UnitQuantity(unit: unit, quantity: quantity))
            quantities = ByteOrder.sorted(quantities) { [$0.unit] }
        }
    }
}
