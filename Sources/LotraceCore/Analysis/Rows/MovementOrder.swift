/// A receipt or a delivery, as `MovementOrder` sorts them.
protocol OrderedMovement {
    var date: LocalDateTime { get }
    /// Index into `Dataset.references`.
    var reference: Int32 { get }
    var product: ProductID { get }
    var lot: LotID? { get }
}

extension Receipt: OrderedMovement {}
extension Delivery: OrderedMovement {}

/// Receipts and deliveries in the order reports list them: by date, reference, product key and
/// lot name (none: ""), dates by their text and texts by UTF-8 bytes (`ByteOrder`), ties in the
/// order given.
///
/// Sorted without making texts: each date is read once as seconds, which order the years 0-9999
/// (every year an export can hold) as their texts do; texts are compared only for the fields
/// after a tie, and not at all where the ids are the same (the 342,008 deliveries of a recall
/// of 1,000 lots of 1M move lines: 0.17 -> 0.03 s in perf samples, against sorting rows by
/// arrays of texts).
enum MovementOrder {
    static func sorted<Movement: OrderedMovement>(_ movements: [Movement], in dataset: Dataset) -> [Movement] {
        let keys = movements.map { (seconds: $0.date.seconds, comparable: $0.date.hasFourDigitYear) }
        let order = movements.indices.sorted { a, b in
            let (first, second) = (movements[a], movements[b])
            if keys[a].seconds != keys[b].seconds {
                if keys[a].comparable && keys[b].comparable { return keys[a].seconds < keys[b].seconds }
                let dates = ByteOrder.compare(first.date.description, second.date.description)
                if dates != 0 { return dates < 0 }
            }
            let fields = compareTexts(first, second, in: dataset)
            return fields != 0 ? fields < 0 : a < b
        }
        return order.map { movements[$0] }
    }

    /// The order of the reference, product key and lot name of `a` and `b` (as `ByteOrder.compare`).
    private static func compareTexts<Movement: OrderedMovement>(_ a: Movement, _ b: Movement, in dataset: Dataset) -> Int {
        if a.reference != b.reference {
            let order = ByteOrder.compare(dataset.references[Int(a.reference)], dataset.references[Int(b.reference)])
            if order != 0 { return order }
        }
        if a.product != b.product {
            let order = ByteOrder.compare(dataset[a.product].key, dataset[b.product].key)
            if order != 0 { return order }
        }
        guard a.lot != b.lot else { return 0 }
        return ByteOrder.compare(a.lot.map { dataset[$0].name } ?? "", b.lot.map { dataset[$0].name } ?? "")
    }
}
