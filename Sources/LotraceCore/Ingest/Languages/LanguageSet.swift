/// A set of the languages of `OdooLabels` (their indices), as bits.
struct LanguageSet: Sendable, Hashable {
    private let bits: UInt128

    static let empty = LanguageSet(bits: 0)

    /// The set of one language.
    init(_ index: Int) {
        precondition(index >= 0 && index < 128, "at most 128 languages")
        bits = 1 << UInt128(index)
    }

    private init(bits: UInt128) { self.bits = bits }

    var isEmpty: Bool { bits == 0 }

    func contains(_ index: Int) -> Bool { bits & (1 << UInt128(index)) != 0 }
    func union(_ other: LanguageSet) -> LanguageSet { LanguageSet(bits: bits | other.bits) }
    func intersection(_ other: LanguageSet) -> LanguageSet { LanguageSet(bits: bits & other.bits) }

    /// The indices in the set, ascending.
    var indices: [Int] { (0..<128).filter(contains) }
}
