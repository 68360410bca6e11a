/// One Application Identifier of the GS1 Barcode Syntax Dictionary: how its value is built and
/// which other AIs it needs or excludes. The table is generated (`GS1AITable.swift`).
public struct GS1AIDefinition: Sendable, Hashable {
    /// The AI's digits ("01", "3103").
    public let ai: String
    /// False for the predefined-length AIs (dictionary flag `*`): no FNC1 separator after them.
    public let separatorRequired: Bool
    /// May be a Digital Link query attribute (dictionary flag `?`).
    public let dataAttribute: Bool
    /// The value's parts, in order; only the last may have a variable length.
    public let components: [GS1Component]
    /// Every `req=` attribute: each needs one of its alternatives, an alternative needs all of
    /// its AI patterns ("31nn": n is any digit).
    public let requires: [[[String]]]
    /// AI patterns this AI may not appear with (`ex=`).
    public let excludes: [String]
    /// Digital Link primary key: the alternative ordered qualifier lists (`[[]]`: a key
    /// without qualifiers); nil when the AI is not a primary key.
    public let primaryKey: [[String]]?
    public let title: String
    /// True for an AI the dictionary does not know, accepted only on request.
    public let isUnknown: Bool

    init(
        ai: String, separatorRequired: Bool, dataAttribute: Bool, components: [GS1Component],
        requires: [[[String]]], excludes: [String], primaryKey: [[String]]?, title: String, isUnknown: Bool = false
    ) {
        self.ai = ai
        self.separatorRequired = separatorRequired
        self.dataAttribute = dataAttribute
        self.components = components
        self.requires = requires
        self.excludes = excludes
        self.primaryKey = primaryKey
        self.title = title
        self.isUnknown = isUnknown
    }

    /// The shortest valid value (the mandatory components at their minimum).
    public var minLength: Int { components.filter { !$0.optional }.reduce(0) { $0 + $1.min } }

    /// The longest valid value.
    public var maxLength: Int { components.reduce(0) { $0 + $1.max } }
}

/// One part of an AI's value: its character set, length and content checks.
public struct GS1Component: Sendable, Hashable {
    public let characterSet: GS1CharacterSet
    public let min: Int
    public let max: Int
    /// May be left out when the value ends before it.
    public let optional: Bool
    public let linters: [GS1Linter]

    init(_ characterSet: GS1CharacterSet, min: Int, max: Int, optional: Bool, linters: [GS1Linter]) {
        self.characterSet = characterSet
        self.min = min
        self.max = max
        self.optional = optional
        self.linters = linters
    }
}

/// The character sets of AI values: N digits, X CSET 82, Y CSET 39, Z CSET 64 (base64url).
public enum GS1CharacterSet: Sendable, Hashable {
    case numeric, cset82, cset39, cset64

    /// The linter that checks the set.
    var linter: GS1Linter {
        switch self {
        case .numeric: .csetnumeric
        case .cset82: .cset82
        case .cset39: .cset39
        case .cset64: .cset64
        }
    }
}
