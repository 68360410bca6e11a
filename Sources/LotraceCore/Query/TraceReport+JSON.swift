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
            ("onHand", .array(onHand.map { .object([("location", .string($0.location)), ("quantity", .quantity($0.quantity))]) })),
            ("history", .array(history.map(TraceReport.json))),
            (
                "upstream",
                .object([
                    ("lots", .array(upstream.lots.map(TraceReport.json))),
                    ("receipts", .array(upstream.receipts.map(TraceReport.json))),
                ])
            ),
            (
                "downstream",
                .object([
                    ("lots", .array(downstream.lots.map(TraceReport.json))),
                    ("deliveries", .array(downstream.deliveries.map(TraceReport.json))),
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

    private static func json(_ row: LotRow) -> JSONValue {
        .object([("product", .string(row.product)), ("lot", .string(row.lot))])
    }

    private static func json(_ row: ReceiptRow) -> JSONValue {
        .object([
            ("reference", .string(row.reference)),
            ("partner", .optional(row.partner)),
            ("date", .string(row.date.description)),
            ("product", .string(row.product)),
            ("lot", .string(row.lot)),
            ("quantity", .quantity(row.quantity)),
        ])
    }

    private static func json(_ row: DeliveryRow) -> JSONValue {
        .object([
            ("reference", .string(row.reference)),
            ("partner", .optional(row.partner)),
            ("date", .string(row.date.description)),
            ("product", .string(row.product)),
            ("lot", .string(row.lot)),
            ("delivered", .quantity(row.delivered)),
            ("returned", .quantity(row.returned)),
            ("quantity", .quantity(row.quantity)),
        ])
    }
}
