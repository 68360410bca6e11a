/// Tells apart the columns of a header name that a translation gives to two fields of one model
/// (French "Type d'opération" is both Operation Type and Type of Operation), by their content:
/// a column whose every value is a label or key of a field's selection is that selection field,
/// a column of whole numbers is the database ID; of the other fields, the one Lotrace reads
/// takes a single remaining column. When content cannot decide, the header is refused, naming
/// the columns (docs/input-rules.md rule 35); nothing is guessed.
enum HeaderClash {
    /// Each column's meaning (nil: a field Lotrace does not read), or the refusal message.
    enum Outcome {
        case resolved([Int: HeaderVocabulary.Use?])
        case undecided(String)
    }

    /// Resolves the `columns` (header indices) named `name`, which may mean any of `uses`;
    /// `values` gives a column's cells (nil when the rows cannot be read ahead).
    static func resolve(
        name: String, columns: [Int], uses: [HeaderVocabulary.Use], language: HeaderLanguage,
        values: ((Int) -> [String])?
    ) -> Outcome {
        let reader = SelectionValues(language: language)
        let classified = uses.filter { kind(of: $0) != nil }
        let free = uses.filter { kind(of: $0) == nil }
        var meanings: [Int: HeaderVocabulary.Use?] = [:]
        var freeColumns: [Int] = []
        for column in columns {
            let cells = values?(column).filter { !$0.isEmpty } ?? []
            let matching = cells.isEmpty ? [] : classified.filter { use in
                switch kind(of: use)! {
                case .selection(let selection): return cells.allSatisfy { reader.isValue($0, of: selection) }
                case .databaseID: return cells.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
                }
            }
            switch matching.count {
            case 0: freeColumns.append(column)
            case 1 where !meanings.values.contains(matching[0]): meanings[column] = matching[0]
            default: return undecided(name, columns, uses, language)
            }
        }
        let read = free.filter { $0.key != nil }
        switch (freeColumns.count, read.count) {
        case (0, _): break
        case (_, 0): for column in freeColumns { meanings[column] = .some(nil) }
        case (1, 1): meanings[freeColumns[0]] = read[0]
        default: return undecided(name, columns, uses, language)
        }
        return .resolved(meanings)
    }

    /// How a field's column is recognised by its content.
    private enum ContentKind {
        case selection(OdooSelection)
        case databaseID
    }

    private static func kind(of use: HeaderVocabulary.Use) -> ContentKind? {
        if let selection = OdooSelection(model: use.field.model, field: use.field.path) { return .selection(selection) }
        return use.field.path == "id" ? .databaseID : nil
    }

    private static func undecided(
        _ name: String, _ columns: [Int], _ uses: [HeaderVocabulary.Use], _ language: HeaderLanguage
    ) -> Outcome {
        let fields = columns.count == 1 ? "field \(columns[0] + 1)" : "fields " + series(columns.map { String($0 + 1) })
        let content = columns.count == 1
            ? "its content does not tell which it is" : "their content does not tell which is which"
        let meanings = (uses.count == 2 ? "both " : "each of ") + series(uses.map(\.description))
        return .undecided("\"\(name)\" (\(fields)) names \(meanings) in \(language.code ?? "this language"), and \(content)")
    }

    /// "a and b", "a, b and c".
    private static func series(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
