import LotraceDiagnostics

/// Rejects a row whose cells hold a NUL or other control character, or invalid UTF-8.
enum CellText {
    static func check(_ cells: RowCells) -> RowRejection? {
        for index in 0..<cells.count {
            guard let problem = TextValidation.firstProblem(in: cells[index]) else { continue }
            let (line, column) = cells.position(index)
            switch problem {
            case .controlCharacter(let byte, let offset):
                return RowRejection(
                    at: SourcePosition(line: line, column: column), reason: .nulByte,
                    message: byte == 0
                        ? "a NUL byte at byte \(offset + 1) of the field"
                        : "control character 0x\(String(byte, radix: 16, uppercase: true)) at byte \(offset + 1) of the field")
            case .invalidUTF8(let offset):
                return RowRejection(
                    at: SourcePosition(line: line, column: column), reason: .invalidUTF8,
                    message: "invalid UTF-8 at byte \(offset + 1) of the field")
            }
        }
        return nil
    }
}
