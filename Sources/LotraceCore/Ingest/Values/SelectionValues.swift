/// Reads selection cells (statuses, location types, tracking, types of operation) in the
/// language of their file's header (docs/input-rules.md rules 18, 19, 34). Keys (`done`, `lot`) are
/// read in every language: Odoo 17/18 export related and inherited selections as keys. Values
/// are never trimmed (Arabic "منتهي " with its trailing space is a status of its own).
struct SelectionValues: Sendable {
    let language: HeaderLanguage

    private var labels: OdooLabels { .shared }

    /// The keys `text` stands for: itself when it is a key, else the keys it is a label of in
    /// the file's languages (two only where Odoo gives two keys one label).
    func keys(_ text: String, _ selection: OdooSelection) -> [String] {
        if labels.keys[selection]?.contains(text) == true { return [text] }
        return labels.keys(of: text, in: selection, languages: language.languages)
    }

    /// True when `text` is a key or a label of `selection` in the file's languages.
    func isValue(_ text: String, of selection: OdooSelection) -> Bool {
        switch selection {
        case .moveStatus, .transferStatus: return status(text, selection) != nil
        case .usage: return !usages(text).isEmpty
        case .tracking: return tracking(text) != nil
        case .kind: return kind(text) != nil
        }
    }

    /// A move line's (`.moveStatus`) or transfer's (`.transferStatus`) status; nil when the text
    /// is none. Other statuses than done keep their text.
    func status(_ text: String, _ selection: OdooSelection) -> MoveStatus? {
        if language.readsAsEnglish, let status = MoveStatus(odooValue: text) { return status }
        let keys = keys(text, selection)
        if keys == ["done"] { return .done }
        return keys.isEmpty || keys.contains("done") ? nil : .notDone(text)
    }

    /// The location types `text` stands for: one, or two where Odoo labels two alike (fa 17/18
    /// "مکان مشتری" is both Vendor and Customer Location).
    func usages(_ text: String) -> [LocationUsage] {
        if language.readsAsEnglish, let usage = LocationUsage(odooValue: text) { return [usage] }
        return keys(text, .usage).compactMap(LocationUsage.init(rawValue:))
    }

    func tracking(_ text: String) -> Tracking? {
        if language.readsAsEnglish, let tracking = Tracking(odooValue: text) { return tracking }
        let keys = keys(text, .tracking)
        return keys.count == 1 ? Tracking(rawValue: keys[0]) : nil
    }

    func kind(_ text: String) -> OperationKind? {
        if language.readsAsEnglish, let kind = OperationKind(odooValue: text) { return kind }
        let keys = keys(text, .kind)
        return keys.count == 1 ? OperationKind(rawValue: keys[0]) : nil
    }

    /// " in fr (Reçu, Livraison, ...)": the file's language and the labels of `selection` in
    /// it, for a rejection message; "" for English, whose messages name the labels themselves.
    func labelsNote(_ selection: OdooSelection) -> String {
        guard !language.readsAsEnglish, let code = language.code else { return "" }
        let keys = (labels.keys[selection] ?? []).sorted()
        let names = keys.flatMap { labels.labels(of: $0, in: selection, languages: language.languages) }
        var unique: [String] = []
        for name in names where !unique.contains(name) { unique.append(name) }
        return " in \(code) (\(unique.map { MessageText.quoted($0) }.joined(separator: ", ")) or a key such as \(keys.first ?? ""))"
    }
}
