extension MoveStatus {
    /// True for Odoo's Cancelled status: its key, or its label in any language of Odoo's
    /// translations (no language gives one of those labels to another status).
    public var isCancelled: Bool {
        guard case .notDone(let text) = self else { return false }
        return Self.cancelled.contains(text)
    }

    private static let cancelled: Set<String> = {
        let labels = OdooLabels.shared
        var texts: Set<String> = ["cancel"]
        for selection in [OdooSelection.moveStatus, .transferStatus] {
            texts.formUnion(labels.labels(of: "cancel", in: selection, languages: labels.all))
        }
        return texts
    }()
}
