import LotraceCore

extension ExpiryAlertList {
    /// The list as JSON (keys in this order): `{"asOf", "expired": [...], "toRemove": [...],
    /// "alert": [...], "upcoming": [...]}`, each item `{"product", "lot", "expirationDate",
    /// "bestBeforeDate", "removalDate", "alertDate", "onHand": [{"location", "quantity"}]}`;
    /// dates as `YYYY-MM-DD HH:MM:SS` or null, quantities exact.
    public var json: JSONValue {
        .object(
            [("asOf", .string(asOf.description))]
                + ExpiryGroup.allCases.map { group in (group.jsonKey, .array(self[group].map(Self.json))) })
    }

    private static func json(_ item: ExpiryAlertItem) -> JSONValue {
        .object([
            ("product", .string(item.product)),
            ("lot", .string(item.lot)),
            ("expirationDate", .optional(item.expirationDate?.description)),
            ("bestBeforeDate", .optional(item.bestBeforeDate?.description)),
            ("removalDate", .optional(item.removalDate?.description)),
            ("alertDate", .optional(item.alertDate?.description)),
            ("onHand", .array(item.onHand.map(\.json))),
        ])
    }
}
