import LotraceCore

/// The JSON of the rows several reports share, written here once (README.md, "JSON shapes":
/// interfaces, keys in this order), straight into a `JSONWriter`.
extension ReportRow.Lot {
    /// `{"product", "lot"}`.
    var json: JSONValue { .written { write(into: &$0) } }

    func write(into writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("product", product)
        writer.member("lot", lot)
        writer.endObject()
    }
}

extension ReportRow.Stock {
    /// `{"product", "lot", "location", "quantity"}`.
    var json: JSONValue { .written { write(into: &$0) } }

    func write(into writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("product", product)
        writer.member("lot", lot)
        writer.member("location", location)
        writer.member("quantity", quantity)
        writer.endObject()
    }
}

extension ReportRow.LocationStock {
    /// `{"location", "quantity"}`.
    var json: JSONValue { .object([("location", .string(location)), ("quantity", .quantity(quantity))]) }
}

extension ReportRow.Receipt {
    /// `{"reference", "partner", "date", "product", "lot", "quantity"}`.
    var json: JSONValue { .written { write(into: &$0) } }

    func write(into writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("reference", reference)
        writer.member("partner", partner)
        writer.member("date", date)
        writer.member("product", product)
        writer.member("lot", lot)
        writer.member("quantity", quantity)
        writer.endObject()
    }
}

extension ReportRow.Delivery {
    /// `{"reference", "partner", "date", "product", "lot", "delivered", "returned", "quantity"}`.
    var json: JSONValue {
        .written { writer in
            writer.beginObject()
            writeMembers(into: &writer)
            writer.endObject()
        }
    }

    /// The members of `json`, with the members `afterReference` writes (a recall's sales order)
    /// between the reference and the partner.
    func writeMembers(into writer: inout JSONWriter, afterReference: (inout JSONWriter) -> Void = { _ in }) {
        writer.member("reference", reference)
        afterReference(&writer)
        writer.member("partner", partner)
        writer.member("date", date)
        writer.member("product", product)
        writer.member("lot", lot)
        writer.member("delivered", delivered)
        writer.member("returned", returned)
        writer.member("quantity", quantity)
    }
}
