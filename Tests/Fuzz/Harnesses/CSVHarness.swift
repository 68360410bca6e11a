@testable import LotraceCore
import LotraceDiagnostics

/// The CSV tokenizer with row decoding: the input is a folder of CSV files separated by the
/// ASCII file separator (0x1C), loaded as a whole (roles from headers, masters before move
/// lines). A rejection's line lies inside its file and its column is at most one past the
/// fields of the record starting on that line.
enum CSVHarness {
    static let fileSeparator = UInt8(0x1C)

    static let harness = FuzzHarness(name: "csv") { input in
        let parts = input.split(separator: fileSeparator, omittingEmptySubsequences: false)
        let files = parts.enumerated().map { InputData(name: "f\($0.offset).csv", bytes: Array($0.element)) }
        let byName = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.bytes) })
        LoadCheck.check(files) { name, position in
            guard let bytes = byName[name] else { return false }
            let lines = InputLines(bytes)
            guard lines.contains(line: position.line) else { return false }
            guard position.line >= 1, let (delimiter, _) = CSVHeader.read(bytes) else { return position.column <= 1 }
            return position.column <= fieldCount(bytes, delimiter: delimiter, line: position.line) + 1
        }
    }

    /// The number of fields of the record starting on physical line `line`: delimiters outside
    /// quotes up to the first line feed outside quotes, plus one.
    static func fieldCount(_ bytes: [UInt8], delimiter: UInt8, line: Int) -> Int {
        var index = 0
        var currentLine = 1
        while currentLine < line, index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { currentLine += 1 }
            index += 1
        }
        var fields = 1
        var quoted = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted && byte == delimiter {
                fields += 1
            } else if !quoted && byte == UInt8(ascii: "\n") {
                break
            }
            index += 1
        }
        return fields
    }
}
