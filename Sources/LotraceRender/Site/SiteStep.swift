/// One named step of `lotrace build` (`[3/7] Render delivery slips`): renders some pages into
/// the staging folder through `SiteContext.output`. Steps run in the order of `SiteSteps.all`;
/// a step sees the outcomes of the steps before it (`SiteContext.outcomes`).
public protocol SiteStep: Sendable {
    /// What the step does, for the progress line ("Render delivery slips").
    var title: String { get }
    /// The templates it renders with: `lotrace build` refuses to start when one is missing.
    var templates: [String] { get }
    /// The site section it adds to every page's navigation and to the index; nil for none.
    var section: SiteSection? { get }
    /// Writes the step's files.
    /// - Throws: any error; the build then stops and the previous site stays in place.
    func run(in context: SiteContext) throws -> SiteStepOutcome
}

/// A section of the site: a navigation link.
public struct SiteSection: Sendable, Hashable {
    /// "Delivery slips".
    public var title: String
    /// Site-relative path of its page ("slips/index.html").
    public var path: String

    /// A section titled `title` at `path`.
    public init(title: String, path: String) {
        self.title = title
        self.path = path
    }
}

/// What a step did: a count for the progress line and highlights for the index page.
public struct SiteStepOutcome: Sendable, Hashable {
    /// How many `noun` the step wrote ("412 pages").
    public var count: Int
    /// What it counts, singular ("page").
    public var noun: String
    /// The plural when it is not `noun` + "s" ("entries").
    public var plural: String?
    /// Findings worth a line on the index page ("3 lots expired"), with a link.
    public var highlights: [SiteHighlight]

    /// An outcome of `count` `noun`.
    public init(count: Int, noun: String = "page", plural: String? = nil, highlights: [SiteHighlight] = []) {
        self.count = count
        self.noun = noun
        self.plural = plural
        self.highlights = highlights
    }
}

/// One line for the index page's alerts.
public struct SiteHighlight: Sendable, Hashable {
    /// How urgent: shown as a coloured marker.
    public enum Severity: String, Sendable, Hashable {
        case info
        case warning
        case error
    }

    public var text: String
    /// Site-relative path of the page that tells more; nil for none.
    public var path: String?
    public var severity: Severity

    /// A highlight.
    public init(text: String, path: String? = nil, severity: Severity = .info) {
        self.text = text
        self.path = path
        self.severity = severity
    }
}
