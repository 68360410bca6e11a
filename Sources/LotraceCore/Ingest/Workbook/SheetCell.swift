/// A cell as a worksheet stores it, before shared strings, styles and the date system are
/// applied; its texts are ranges of its row's `bytes`.
struct SheetCell {
    /// The `t` attribute.
    enum Kind: Equatable {
        case number, sharedString, inlineString, formulaString, boolean, error, isoDate
        case other(String)

        private static let inlineStr = Array("inlineStr".utf8)
        private static let str = Array("str".utf8)

        init(_ attribute: ArraySlice<UInt8>) {
            switch (attribute.count, attribute.first) {
            case (0, _), (1, UInt8(ascii: "n")): self = .number
            case (1, UInt8(ascii: "s")): self = .sharedString
            case (1, UInt8(ascii: "b")): self = .boolean
            case (1, UInt8(ascii: "e")): self = .error
            case (1, UInt8(ascii: "d")): self = .isoDate
            case (9, _) where attribute.elementsEqual(Self.inlineStr): self = .inlineString
            case (3, _) where attribute.elementsEqual(Self.str): self = .formulaString
            default: self = .other(String(decoding: attribute, as: UTF8.self))
            }
        }
    }

    /// 1-based column (A = 1).
    var column: Int
    var kind: Kind
    /// The `s` attribute: index of the cell's format in the styles.
    var style: Int
    /// The `<v>` text, or an inline string's text (its runs joined, phonetic guides left out).
    var value: Range<Int>
    /// The `<f>` text, when the cell holds a formula.
    var formula: Range<Int>?
    /// The `<f>` element's `t` attribute: an array formula or one shared with other cells.
    var formulaType: FormulaType
    /// The `cm` attribute: a dynamic-array formula (written without braces).
    var dynamicArray: Bool
}

/// What a formula's `t` attribute says.
enum FormulaType {
    case normal, array, shared

    init(_ attribute: ArraySlice<UInt8>?) {
        if let attribute, attribute.elementsEqual("array".utf8) {
            self = .array
        } else if let attribute, attribute.elementsEqual("shared".utf8) {
            self = .shared
        } else {
            self = .normal
        }
    }
}

/// A worksheet row: its number (the `r` attribute), its cells in column order (cells Excel
/// left out are empty), and the bytes their texts are ranges of.
struct SheetRow {
    var number = 0
    var cells: [SheetCell] = []
    var bytes: [UInt8] = []

    /// The bytes of a range of this row.
    subscript(range: Range<Int>) -> ArraySlice<UInt8> { bytes[range] }
}
