/// The Syntax Dictionary's content checks ("linters"), named as in the dictionary. Each works
/// on one component's bytes and reports the first problem with the offending range, following
/// GS1's reference linters (verified by their unit-test vectors in GS1LinterVectorTests).
///
/// Not implemented, so never reported: `couponcode` and `couponposoffer` (North American coupon
/// AIs 8110/8112), `packagetype` (AI 7041: the UN/ECE Rec. 21 code list is not available here).
/// `gcppos1`/`gcppos2` check only that a GS1 Company Prefix can start there (4 digits): GS1's
/// prefix register is an online service.
public enum GS1Linter: String, Sendable, Hashable {
    case csetnumeric, cset82, cset39, cset64
    case csum, csumalpha, gcppos1, gcppos2
    case yymmd0, yymmdd, yyyymmd0, yyyymmdd, hh, mi, ss, hhmi
    case iso3166, iso3166999, iso3166alpha2, iso4217, iso5218, iban
    case zero, nonzero, nozeroprefix, yesno, winding, hyphen, hasnondigit, mediatype, importeridx
    case pieceoftotal, posinseqslash, pcenc, latitude, longitude
    case couponcode, couponposoffer, packagetype

    /// The first problem in `data`, nil when it passes.
    public func check(_ data: [UInt8]) -> GS1LintFailure? {
        switch self {
        case .csetnumeric, .cset82, .cset39, .cset64, .hasnondigit, .pcenc, .importeridx:
            GS1CharacterSetLinters.check(self, data)
        case .csum, .csumalpha, .gcppos1, .gcppos2, .iban:
            GS1CheckLinters.check(self, data)
        case .yymmd0, .yymmdd, .yyyymmd0, .yyyymmdd, .hh, .mi, .ss, .hhmi:
            GS1DateLinters.check(self, data)
        case .iso3166, .iso3166999, .iso3166alpha2, .iso4217, .iso5218, .zero, .nonzero, .nozeroprefix, .yesno,
            .winding, .hyphen, .mediatype:
            GS1CodeLinters.check(self, data)
        case .pieceoftotal, .posinseqslash, .latitude, .longitude:
            GS1NumberLinters.check(self, data)
        case .couponcode, .couponposoffer, .packagetype:
            nil
        }
    }

    /// False for the linters Lotrace does not implement (see the type's documentation).
    public var isImplemented: Bool { ![.couponcode, .couponposoffer, .packagetype].contains(self) }
}
