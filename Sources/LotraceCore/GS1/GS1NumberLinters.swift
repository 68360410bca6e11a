/// Structured-number linters: pieceoftotal, posinseqslash, latitude, longitude.
enum GS1NumberLinters {
    static func check(_ linter: GS1Linter, _ data: [UInt8]) -> GS1LintFailure? {
        switch linter {
        case .pieceoftotal: pieceOfTotal(data)
        case .posinseqslash: positionInSequence(data)
        case .latitude: coordinate(data, limit: 1_800_000_000, length: .latitudeInvalidLength, invalid: .invalidLatitude)
        default: coordinate(data, limit: 3_600_000_000, length: .longitudeInvalidLength, invalid: .invalidLongitude)
        }
    }

    /// Piece number then total, each half of the digits: 1 <= piece <= total.
    private static func pieceOfTotal(_ data: [UInt8]) -> GS1LintFailure? {
        guard data.count >= 2, data.count % 2 == 0 else {
            return GS1LintFailure(.invalidLengthForPieceOfTotal, 0..<data.count)
        }
        if let bad = GS1CharacterSetLinters.firstOutside(data, .nonDigitCharacter, ASCII.isDigit) { return bad }
        let half = data.count / 2
        let piece = ASCII.number(data[..<half])
        let total = ASCII.number(data[half...])
        if piece == 0 { return GS1LintFailure(.zeroPieceNumber, 0..<half) }
        if total == 0 { return GS1LintFailure(.zeroTotalPieces, half..<data.count) }
        return piece > total ? GS1LintFailure(.pieceNumberExceedsTotal, 0..<data.count) : nil
    }

    /// "POSITION/END", both numbers without leading zeros, position <= end.
    private static func positionInSequence(_ data: [UInt8]) -> GS1LintFailure? {
        let parts = data.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(ASCII.isDigit) }) else {
            return GS1LintFailure(.positionInSequenceMalformed, 0..<data.count)
        }
        for part in parts where part.first == 0x30 {
            return GS1LintFailure(.illegalZeroPrefix, part.startIndex..<part.endIndex)
        }
        return ASCII.number(parts[0]) > ASCII.number(parts[1]) ? GS1LintFailure(.positionExceedsEnd, 0..<data.count) : nil
    }

    private static func coordinate(
        _ data: [UInt8], limit: Int, length: GS1LintError, invalid: GS1LintError
    ) -> GS1LintFailure? {
        guard data.count == 10 else { return GS1LintFailure(length, 0..<data.count) }
        if let bad = GS1CharacterSetLinters.firstOutside(data, .nonDigitCharacter, ASCII.isDigit) { return bad }
        return ASCII.number(data) > limit ? GS1LintFailure(invalid, 0..<10) : nil
    }
}
