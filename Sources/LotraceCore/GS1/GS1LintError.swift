/// Why a linter refused a component; raw values are the GS1 reference names without their
/// `GS1_LINTER_` prefix, so results compare directly with GS1's own test vectors.
public enum GS1LintError: String, Sendable, Hashable {
    case nonDigitCharacter = "NON_DIGIT_CHARACTER"
    case invalidCSET82Character = "INVALID_CSET82_CHARACTER"
    case invalidCSET39Character = "INVALID_CSET39_CHARACTER"
    case invalidCSET64Character = "INVALID_CSET64_CHARACTER"
    case invalidCSET64Padding = "INVALID_CSET64_PADDING"
    case incorrectCheckDigit = "INCORRECT_CHECK_DIGIT"
    case tooShortForCheckDigit = "TOO_SHORT_FOR_CHECK_DIGIT"
    case incorrectCheckPair = "INCORRECT_CHECK_PAIR"
    case tooShortForCheckPair = "TOO_SHORT_FOR_CHECK_PAIR"
    case tooLongForCheckPairImplementation = "TOO_LONG_FOR_CHECK_PAIR_IMPLEMENTATION"
    case tooShortForGCP = "TOO_SHORT_FOR_GCP"
    case invalidGCPPrefix = "INVALID_GCP_PREFIX"
    case importerIndexMustBeOneCharacter = "IMPORTER_IDX_MUST_BE_ONE_CHARACTER"
    case invalidImporterIndexCharacter = "INVALID_IMPORT_IDX_CHARACTER"
    case illegalZeroValue = "ILLEGAL_ZERO_VALUE"
    case notZero = "NOT_ZERO"
    case illegalZeroPrefix = "ILLEGAL_ZERO_PREFIX"
    case notZeroOrOne = "NOT_ZERO_OR_ONE"
    case invalidWindingDirection = "INVALID_WINDING_DIRECTION"
    case notISO3166 = "NOT_ISO3166"
    case notISO3166Or999 = "NOT_ISO3166_OR_999"
    case notISO3166Alpha2 = "NOT_ISO3166_ALPHA2"
    case notISO4217 = "NOT_ISO4217"
    case ibanTooShort = "IBAN_TOO_SHORT"
    case ibanTooLong = "IBAN_TOO_LONG"
    case invalidIBANCharacter = "INVALID_IBAN_CHARACTER"
    case illegalIBANCountryCode = "ILLEGAL_IBAN_COUNTRY_CODE"
    case incorrectIBANChecksum = "INCORRECT_IBAN_CHECKSUM"
    case dateTooShort = "DATE_TOO_SHORT"
    case dateTooLong = "DATE_TOO_LONG"
    case illegalMonth = "ILLEGAL_MONTH"
    case illegalDay = "ILLEGAL_DAY"
    case hourTooShort = "HOUR_TOO_SHORT"
    case hourTooLong = "HOUR_TOO_LONG"
    case minuteTooShort = "MINUTE_TOO_SHORT"
    case minuteTooLong = "MINUTE_TOO_LONG"
    case secondTooShort = "SECOND_TOO_SHORT"
    case secondTooLong = "SECOND_TOO_LONG"
    case hourWithMinuteTooShort = "HOUR_WITH_MINUTE_TOO_SHORT"
    case hourWithMinuteTooLong = "HOUR_WITH_MINUTE_TOO_LONG"
    case illegalHour = "ILLEGAL_HOUR"
    case illegalMinute = "ILLEGAL_MINUTE"
    case illegalSecond = "ILLEGAL_SECOND"
    case invalidLengthForPieceOfTotal = "INVALID_LENGTH_FOR_PIECE_OF_TOTAL"
    case zeroPieceNumber = "ZERO_PIECE_NUMBER"
    case zeroTotalPieces = "ZERO_TOTAL_PIECES"
    case pieceNumberExceedsTotal = "PIECE_NUMBER_EXCEEDS_TOTAL"
    case invalidPercentSequence = "INVALID_PERCENT_SEQUENCE"
    case invalidLatitude = "INVALID_LATITUDE"
    case invalidLongitude = "INVALID_LONGITUDE"
    case latitudeInvalidLength = "LATITUDE_INVALID_LENGTH"
    case longitudeInvalidLength = "LONGITUDE_INVALID_LENGTH"
    case notHyphen = "NOT_HYPHEN"
    case invalidBiologicalSexCode = "INVALID_BIOLOGICAL_SEX_CODE"
    case positionInSequenceMalformed = "POSITION_IN_SEQUENCE_MALFORMED"
    case positionExceedsEnd = "POSITION_EXCEEDS_END"
    case requiresNonDigitCharacter = "REQUIRES_NON_DIGIT_CHARACTER"
    case invalidMediaType = "INVALID_MEDIA_TYPE"

    /// The reason in words ("incorrect check digit", "invalid cset82 character").
    public var message: String {
        rawValue.lowercased().split(separator: "_").joined(separator: " ")
    }
}

/// A linter's refusal: the reason and the offending bytes, relative to the linted component.
public struct GS1LintFailure: Sendable, Hashable {
    public let error: GS1LintError
    public let range: Range<Int>

    init(_ error: GS1LintError, _ range: Range<Int>) {
        self.error = error
        self.range = range
    }
}
