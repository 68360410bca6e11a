/// A cell's A1 reference (`D17`: column D = 4, row 17) within Excel's limits: 16,384 columns
/// (XFD) and 1,048,576 rows.
struct CellReference: Equatable, CustomStringConvertible {
    static let lastRow = 1_048_576
    static let lastColumn = 16_384

    var row: Int
    var column: Int

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `D17` (letters then digits, both within the limits); nil for anything else.
    init?(_ bytes: some Collection<UInt8>) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - 64)
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(byte - 48)
                digits += 1
            default: return nil
            }
            guard letters <= 3, digits <= 7 else { return nil }
        }
        guard letters > 0, digits > 0, (1...Self.lastColumn).contains(column), (1...Self.lastRow).contains(row) else {
            return nil
        }
        self.init(row: row, column: column)
    }

    /// The column's letters: 1 is A, 27 is AA.
    static func letters(_ column: Int) -> String {
        var rest = column
        var letters: [UInt8] = []
        while rest > 0 {
            letters.insert(UInt8(65 + (rest - 1) % 26), at: 0)
            rest = (rest - 1) / 26
        }
        return String(decoding: letters, as: UTF8.self)
    }

    var description: String { Self.letters(column) + String(row) }
}
