/// How one file's header maps onto a role's columns.
struct ColumnMapping: Sendable {
    /// Number of header fields (every record must have as many).
    var headerCount: Int
    /// Header index of each column key, indexed by the key's raw value (nil: absent).
    var indices: [Int?]
    /// Header names that are not columns of the role, in header order.
    var ignored: [String]
    /// Optional columns of the role the header lacks (their first header name).
    var missingOptional: [String]
    /// Reads the file's selection cells in the header's language.
    var values = SelectionValues(language: .english)

    /// The header's language.
    var language: HeaderLanguage { values.language }

    /// The header index of `key`, nil when the file has no such column.
    func index(_ key: ColumnKey) -> Int? { indices[key.rawValue] }

    /// The present columns as (key, header index), in key order.
    var presentColumns: [(key: ColumnKey, index: Int)] {
        ColumnKey.allCases.compactMap { key in index(key).map { (key, $0) } }
    }
}

/// Finds a file's role and language from its header and maps its columns (docs/input-rules.md
/// rules 1, 2, 5, 32, 33).
enum HeaderPlacement {
    /// The outcome of placing a header.
    enum Outcome {
        case placed(Role, ColumnMapping)
        case refused(RefusalReason, String)
    }

    /// Places `header` in a role: the role is given (XML model) or found as the one whose
    /// required columns are all present and which recognises the most header names. The header
    /// is read in its language (`HeaderLanguage`); `columnValues` gives a column's cells, read
    /// only to tell apart two columns a translation names alike (`HeaderClash`).
    static func place(header: [String], role forcedRole: Role? = nil, columnValues: ((Int) -> [String])? = nil) -> Outcome {
        let language: HeaderLanguage
        // An XML table (its role given by its model) names its columns by Odoo field.
        switch forcedRole == nil ? HeaderLanguage.detect(header) : .language(.technical) {
        case .language(let found): language = found
        case .mixed(let message): return .refused(.unplacedFile, message)
        }
        let roles = forcedRole.map { [$0] } ?? Role.allCases
        let vocabularies = roles.map { HeaderVocabulary(role: $0, language: language) }
        var seen: [ExactText: Int] = [:]
        for (index, name) in header.enumerated() {
            if let first = seen[ExactText(name)], !vocabularies.contains(where: { $0.isClash(name) }) {
                return .refused(.duplicateColumn, "column \"\(name)\" appears twice (fields \(first + 1) and \(index + 1))")
            }
            seen[ExactText(name)] = seen[ExactText(name)] ?? index
        }
        let fits = zip(roles, vocabularies).map { role, vocabulary in
            (role: role, vocabulary: vocabulary, fit: fit(header: header, role: role, vocabulary: vocabulary, language: language))
        }
        let complete = fits.filter { $0.fit.missingRequired.isEmpty && $0.fit.recognised > 0 }
        let bestComplete = complete.max(by: { $0.fit.recognised < $1.fit.recognised })
        if let closest = fits.max(by: { $0.fit.recognised < $1.fit.recognised }),
            !closest.fit.missingRequired.isEmpty,
            closest.fit.recognised > (bestComplete?.fit.recognised ?? 0),
            closest.fit.recognised >= 2 || forcedRole != nil
        {
            return missing(closest.role, closest.fit.missingRequired)
        }
        if let best = bestComplete {
            let ties = complete.filter { $0.fit.recognised == best.fit.recognised }
            if ties.count > 1 {
                let names = ties.map(\.role.rawValue).joined(separator: ", ")
                return .refused(
                    .unplacedFile, "the header fits several roles equally (\(names)); add the columns that tell them apart")
            }
            return mapping(
                header: header, role: best.role, vocabulary: best.vocabulary, language: language, columnValues: columnValues)
        }
        return .refused(
            .unplacedFile,
            "the header matches no known export (move lines, lots, products, transfers, operation types, partners, locations)")
    }

    private struct Fit {
        var recognised: Int
        /// The missing required columns, quoted for a message.
        var missingRequired: [String]
    }

    /// How well a header fits a role: the columns that name one of its columns (a name a
    /// translation gives two of them counts once per column), and the required ones it lacks.
    private static func fit(header: [String], role: Role, vocabulary: HeaderVocabulary, language: HeaderLanguage) -> Fit {
        var namesByKey: [ColumnKey: Set<String>] = [:]
        var recognised = 0
        for name in header {
            let keys = vocabulary.uses(of: name).compactMap(\.key)
            if !keys.isEmpty { recognised += 1 }
            for key in keys { namesByKey[key, default: []].insert(name) }
        }
        var missing: [String] = []
        for spec in RoleColumns.specs(for: role) {
            let satisfied = namesByKey[spec.key] != nil || spec.alternative.map { namesByKey[$0] != nil } == true
            if spec.required && !satisfied { missing.append(name(of: spec, role: role, language: language)) }
        }
        return Fit(recognised: recognised, missingRequired: missing)
    }

    /// A column's name for a message: `"Status"`, or in a translated file its label there and
    /// its English name, `"Statut" (Status)`.
    private static func name(of spec: ColumnSpec, role: Role, language: HeaderLanguage) -> String {
        let english = "\"\(spec.headers[0])\""
        guard !language.readsAsEnglish else { return english }
        let field = OdooLabels.Field(model: RoleColumns.models(for: role)[0], path: spec.fields[0])
        return OdooLabels.shared.headers(of: field, in: language.languages).first.map { "\"\($0)\" (\(spec.headers[0]))" }
            ?? english
    }

    private static func missing(_ role: Role, _ columns: [String]) -> Outcome {
        let plural = columns.count > 1 ? "s" : ""
        return .refused(
            .missingRequiredColumn,
            "reads as \(role.rawValue) but lacks the required column\(plural) \(columns.joined(separator: ", "))")
    }

    private static func mapping(
        header: [String], role: Role, vocabulary: HeaderVocabulary, language: HeaderLanguage,
        columnValues: ((Int) -> [String])?
    ) -> Outcome {
        var meanings = [HeaderVocabulary.Use?](repeating: nil, count: header.count)
        var columnsByName: [ExactText: [Int]] = [:]
        for index in header.indices { columnsByName[ExactText(header[index]), default: []].append(index) }
        for index in header.indices where columnsByName[ExactText(header[index])]?.first == index {
            let columns = columnsByName[ExactText(header[index])]!
            let uses = vocabulary.uses(of: header[index])
            guard uses.count > 1 else {
                for column in columns { meanings[column] = uses.first }
                continue
            }
            switch HeaderClash.resolve(
                name: header[index], columns: columns, uses: uses, language: language, values: columnValues)
            {
            case .resolved(let resolved): for (column, use) in resolved { meanings[column] = use }
            case .undecided(let message): return .refused(.duplicateColumn, message)
            }
        }
        var indices = [Int?](repeating: nil, count: ColumnKey.allCases.count)
        var claimed = Set<Int>()
        var missingOptional: [String] = []
        var missingRequired: [String] = []
        let specs = RoleColumns.specs(for: role)
        for spec in specs {
            let matches = header.indices.filter { meanings[$0]?.key == spec.key }
            if matches.count > 1 {
                let names = matches.map { "\"\(header[$0])\"" }.joined(separator: " and ")
                return .refused(.duplicateColumn, "\(names) both name the \(spec.headers[0]) column")
            }
            if let index = matches.first {
                indices[spec.key.rawValue] = index
                claimed.insert(index)
            } else if !spec.required, !spec.headers.contains(where: { $0.hasSuffix("/id") || $0.hasSuffix("/External ID") }) {
                missingOptional.append(spec.headers[0])
            }
        }
        for spec in specs where spec.required && indices[spec.key.rawValue] == nil {
            if spec.alternative.map({ indices[$0.rawValue] }) ?? nil == nil {
                missingRequired.append(name(of: spec, role: role, language: language))
            }
        }
        if !missingRequired.isEmpty { return missing(role, missingRequired) }
        let ignored = header.indices.filter { !claimed.contains($0) }.map { header[$0] }
        return .placed(
            role,
            ColumnMapping(
                headerCount: header.count, indices: indices, ignored: ignored, missingOptional: missingOptional,
                values: SelectionValues(language: language)))
    }
}
