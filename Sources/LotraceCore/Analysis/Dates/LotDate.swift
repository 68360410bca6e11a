/// One date of a lot and where it came from.
public struct LotDate: Sendable, Hashable {
    /// The date; nil when the lots export holds the lot without this date.
    public var value: LocalDateTime?
    public var origin: LotDateOrigin

    /// A date and its origin.
    public init(value: LocalDateTime?, origin: LotDateOrigin) {
        self.value = value
        self.origin = origin
    }
}

/// The four dates of one lot; a date Lotrace neither read nor could compute is nil.
public struct LotDates: Sendable, Hashable {
    public var expiration: LotDate?
    public var bestBefore: LotDate?
    public var removal: LotDate?
    public var alert: LotDate?

    /// No dates at all.
    public static let none = LotDates()

    /// Dates by field.
    public init(expiration: LotDate? = nil, bestBefore: LotDate? = nil, removal: LotDate? = nil, alert: LotDate? = nil) {
        self.expiration = expiration
        self.bestBefore = bestBefore
        self.removal = removal
        self.alert = alert
    }

    /// One date and its origin.
    public subscript(kind: LotDateKind) -> LotDate? {
        get {
            switch kind {
            case .expiration: expiration
            case .bestBefore: bestBefore
            case .removal: removal
            case .alert: alert
            }
        }
        set {
            switch kind {
            case .expiration: expiration = newValue
            case .bestBefore: bestBefore = newValue
            case .removal: removal = newValue
            case .alert: alert = newValue
            }
        }
    }

    /// The value of one date, nil when unknown or empty.
    public func value(_ kind: LotDateKind) -> LocalDateTime? { self[kind]?.value }
}
