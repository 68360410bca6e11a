/// What each header name means for one role in one language: the role's columns it names and,
/// where a translation gives two fields one label, the other Odoo fields it may name too.
struct HeaderVocabulary {
    /// A meaning of a header name: a column of the role (key set) or another field of its model.
    struct Use: Hashable, Sendable {
        /// The column; nil for a field Lotrace does not read.
        let key: ColumnKey?
        let field: OdooLabels.Field
        /// The column's English name, or the field's English label.
        let name: String

        /// A column of the role.
        init(_ spec: ColumnSpec, _ field: OdooLabels.Field) {
            key = spec.key
            self.field = field
            name = spec.headers[0]
        }

        /// A field Lotrace does not read.
        init(other field: OdooLabels.Field) {
            key = nil
            self.field = field
            name = OdooLabels.shared.headers(of: field, in: LanguageSet(OdooLabels.shared.english)).first ?? field.path
        }

        /// "Type of Operation (code)".
        var description: String { "\(name) (\(field.path))" }
    }

    private var uses: [String: [Use]] = [:]

    init(role: Role, language: HeaderLanguage) {
        let models = RoleColumns.models(for: role)
        let specs = RoleColumns.specs(for: role)
        if language.readsAsEnglish {
            for spec in specs {
                let field = OdooLabels.Field(model: models[0], path: spec.fields[0])
                for name in spec.headers { add(Use(spec, field), for: name) }
            }
            return
        }
        let labels = OdooLabels.shared
        for spec in specs {
            let field = OdooLabels.Field(model: models[0], path: spec.fields[0])
            for name in spec.technicalNames { add(Use(spec, field), for: name) }
            for model in models {
                for path in spec.fields {
                    let field = OdooLabels.Field(model: model, path: path)
                    for name in labels.headers(of: field, in: language.languages) { add(Use(spec, field), for: name) }
                }
            }
        }
        let columnFields = Set(specs.flatMap(\.fields))
        for (field, _) in labels.headersByField where models.contains(field.model) && !columnFields.contains(field.path) {
            for name in labels.headers(of: field, in: language.languages) { add(Use(other: field), for: name) }
        }
    }

    /// The meanings of `name` (empty when it names nothing the role knows).
    func uses(of name: String) -> [Use] { uses[name] ?? [] }

    /// True when `name` may name two fields (a clash of the translation).
    func isClash(_ name: String) -> Bool { uses(of: name).count > 1 }

    /// Adds a meaning, once per column (a product's templates and variants share their labels)
    /// and once per other field.
    private mutating func add(_ use: Use, for name: String) {
        let known = uses[name] ?? []
        let duplicate = known.contains { use.key != nil ? $0.key == use.key : ($0.key == nil && $0.field.path == use.field.path) }
        if !duplicate { uses[name] = known + [use] }
    }
}
