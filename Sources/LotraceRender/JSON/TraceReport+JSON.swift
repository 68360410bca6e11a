import LotraceCore

extension TraceReport {
    /// The report as JSON, the interface other programs rely on (keys in this order):
    /// `{"product", "lot", "onHand": [{"location", "quantity"}], "history": [{"reference",
    /// "date", "from", "to", "quantity"}], "upstream": {"lots": [{"product", "lot"}],
    /// "receipts": [{"reference", "partner", "date", "product", "lot", "quantity"}]},
    /// "downstream": {"lots": [...], "deliveries": [{"reference", "partner", "date", "product",
    /// "lot", "delivered", "returned", "quantity"}]}}`.
    public var json: JSONValue {
        .object([
            ("product", .string(product)),
            ("lot", .string(lot)),
            ("onHand", .array(onHand.map(\.json))),
            ("history", .array(history.map(TraceReport.json))),
            (
                "upstream",
                .object([
                    ("lots", .array(upstream.lots.map(\.json))),
                    ("receipts", .array(upstream.receipts.map(\.json))),
                ])
            ),
            (
                "downstream",
                .object([
                    ("lots", .array(downstream.lots.map(\.json))),
                    ("deliveries", .array(downstream.deliveries.map(\.json))),
                ])
            ),
        ])
    }

    private static func json(_ row: HistoryRow) -> JSONValue {
        .object([
            ("reference", .string(row.reference)),
            ("date", .string(row.date.description)),
            ("from", .string(row.from)),
            ("to", .string(row.to)),
            ("quantity", .quantity(row.quantity)),
        ])
    }
}
