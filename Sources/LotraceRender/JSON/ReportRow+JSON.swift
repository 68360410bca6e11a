import LotraceCore

/// The JSON of the rows several reports share, written here once (README.md, "JSON shapes":
/// interfaces, keys in this order).
extension ReportRow.Lot {
    /// `{"product", "lot"}`.
    var json: JSONValue { .object([("product", .string(product)), ("lot", .string(lot))]) }
}

extension ReportRow.Stock {
    /// `{"product", "lot", "location", "quantity"}`.
    var json: JSONValue {
        .object([
            ("product", .string(product)), ("lot", .string(lot)), ("location", .string(location)),
            ("quantity", .quantity(quantity)),
        ])
    }
}

extension ReportRow.LocationStock {
    /// `{"location", "quantity"}`.
    var json: JSONValue { .object([("location", .string(location)), ("quantity", .quantity(quantity))]) }
}

extension ReportRow.Receipt {
    /// `{"reference", "partner", "date", "product", "lot", "quantity"}`.
    var json: JSONValue {
        .object([
            ("reference", .string(reference)), ("partner", .optional(partner)), ("date", .string(date.description)),
            ("product", .string(product)), ("lot", .string(lot)), ("quantity", .quantity(quantity)),
        ])
    }
}

extension ReportRow.Delivery {
    /// `{"reference", "partner", "date", "product", "lot", "delivered", "returned", "quantity"}`.
    var json: JSONValue { .object(jsonMembers) }

    /// The members of `json`, for documents that add their own (a recall adds the order and unit).
    var jsonMembers: [(String, JSONValue)] {
        [
            ("reference", .string(reference)), ("partner", .optional(partner)), ("date", .string(date.description)),
            ("product", .string(product)), ("lot", .string(lot)), ("delivered", .quantity(delivered)),
            ("returned", .quantity(returned)), ("quantity", .quantity(quantity)),
        ]
    }
}
