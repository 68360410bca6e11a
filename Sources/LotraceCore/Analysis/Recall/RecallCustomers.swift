/// Groups a recall's deliveries by customer: the contact list for the recall letter.
enum RecallCustomers {
    /// What is gathered for one customer before sorting.
    private struct Entry {
        var customer: RecallReport.Customer
        var references: Set<ExactText> = []
        var lotIndex: [LotKey: Int] = [:]

        /// A (product, lot) pair, compared by bytes.
        struct LotKey: Hashable {
            var product: ExactText
            var lot: ExactText
        }

        /// Counts `delivery` for the customer: its reference once, its quantities per (product, lot).
        mutating func add(_ delivery: ReportRow.Delivery) {
            if references.insert(ExactText(delivery.reference)).inserted {
                customer.deliveries.append(delivery.reference)
            }
            let lotKey = LotKey(product: ExactText(delivery.product), lot: ExactText(delivery.lot))
            if let index = lotIndex[lotKey] {
                customer.lots[index].delivered += delivery.delivered
                customer.lots[index].returned += delivery.returned
                customer.lots[index].quantity += delivery.quantity
            } else {
                lotIndex[lotKey] = customer.lots.count
                customer.lots.append(
                    RecallReport.CustomerLot(
                        product: delivery.product, lot: delivery.lot, delivered: delivery.delivered,
                        returned: delivery.returned, quantity: delivery.quantity, unit: delivery.unit))
            }
        }
    }

    /// One entry per customer name (by UTF-8 bytes), then one for the deliveries that name no
    /// customer; each with its delivery references and, per (product, lot), what it received.
    static func group(_ deliveries: [RecallReport.DeliveryRow]) -> [RecallReport.Customer] {
        var entries: [ExactText?: Entry] = [:]
        for row in deliveries {
            let key = row.customer.map { ExactText($0.name) }
            // Modified in place: a copy taken out of the dictionary would copy its sets per delivery.
            entries[key, default: Entry(customer: RecallReport.Customer(party: row.customer, deliveries: [], lots: []))]
                .add(row.delivery)
        }
        let named = ByteOrder.sorted(entries.keys.compactMap { $0 }) { [$0.text] }
        let keys: [ExactText?] = named.map { $0 } + (entries[nil] == nil ? [] : [nil])
        return keys.map { key in
            var customer = entries[key]!.customer
            customer.deliveries = ByteOrder.sorted(customer.deliveries) { [$0] }
            customer.lots = ByteOrder.sorted(customer.lots) { [$0.product, $0.lot] }
            return customer
        }
    }
}
