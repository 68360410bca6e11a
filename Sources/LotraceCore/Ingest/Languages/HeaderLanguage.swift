/// The language of a file's header. Odoo writes a whole header in the exporting user's language
/// (an untranslated field keeps its English label, which the labels table counts as a label of
/// that language), so one language fits every label of a real header; technical names fit all
/// (docs/input-rules.md rules 32, 33).
struct HeaderLanguage: Sendable, Hashable {
    /// The language reported (`en`, `fr`, `es_419`); nil when the header holds no label at all
    /// (the technical names of an import-compatible export, or an XML file's field names).
    let code: String?
    /// Every language the header fits (`fr` and `fr_BE` often both): its selection cells may
    /// be written in any of them. English alone when `code` is `en` or nil.
    let languages: LanguageSet
    /// English and technical-name files are read as Lotrace has always read them.
    let readsAsEnglish: Bool

    init(code: String?, languages: LanguageSet) {
        self.code = code
        self.languages = languages
        readsAsEnglish = code == nil || code == "en"
    }

    /// English labels.
    static let english = HeaderLanguage(code: "en", languages: LanguageSet(OdooLabels.shared.english))
    /// No label: technical names.
    static let technical = HeaderLanguage(code: nil, languages: LanguageSet(OdooLabels.shared.english))

    /// A header's language, or why it has none.
    enum Detection {
        case language(HeaderLanguage)
        /// Labels of two languages that no single language has both of: the refusal message.
        case mixed(String)
    }

    /// The language every label of `header` belongs to; names that are no known label are left
    /// out (they are extra columns).
    static func detect(_ header: [String]) -> Detection {
        let labels = OdooLabels.shared
        var recognised: [(name: String, languages: LanguageSet)] = []
        for name in header where !HeaderNames.technical.contains(name) {
            var languages = labels.languages(ofHeader: name)
            if HeaderNames.english.contains(name) { languages = languages.union(LanguageSet(labels.english)) }
            if !languages.isEmpty { recognised.append((name, languages)) }
        }
        guard !recognised.isEmpty else { return .language(.technical) }
        let fitting = recognised.reduce(labels.all) { $0.intersection($1.languages) }
        if fitting.contains(labels.english) { return .language(.english) }
        if let code = preferred(fitting.indices) {
            return .language(HeaderLanguage(code: labels.languages[code], languages: fitting))
        }
        return .mixed(mixture(recognised))
    }

    /// The most general of several fitting languages: English, then the shortest `.po` chain
    /// (`fr` before `fr_BE`, `es` before `es_CL`), then the code.
    private static func preferred(_ candidates: [Int]) -> Int? {
        let labels = OdooLabels.shared
        return candidates.min { a, b in
            let rankA = (a == labels.english ? 0 : 1, labels.chainLengths[a], labels.languages[a])
            let rankB = (b == labels.english ? 0 : 1, labels.chainLengths[b], labels.languages[b])
            return rankA < rankB
        }
    }

    /// Names the language most labels belong to, the language of the others, and the labels
    /// that set them apart.
    private static func mixture(_ recognised: [(name: String, languages: LanguageSet)]) -> String {
        let labels = OdooLabels.shared
        let first = mostCovering(recognised)
        let others = recognised.filter { !$0.languages.contains(first) }
        let second = mostCovering(others)
        let list = { (language: Int, other: Int) in
            recognised.filter { $0.languages.contains(language) && !$0.languages.contains(other) }
                .map { "\"\($0.name)\"" }.joined(separator: ", ")
        }
        return "the header mixes two languages: \(labels.languages[first]) (\(list(first, second))) and "
            + "\(labels.languages[second]) (\(list(second, first))); Odoo writes a whole header in the exporting user's language"
    }

    /// The language that the most names belong to (ties: the most general).
    private static func mostCovering(_ names: [(name: String, languages: LanguageSet)]) -> Int {
        let counts = OdooLabels.shared.languages.indices.map { language in names.filter { $0.languages.contains(language) }.count }
        let best = counts.max() ?? 0
        return preferred(counts.indices.filter { counts[$0] == best })!
    }
}
