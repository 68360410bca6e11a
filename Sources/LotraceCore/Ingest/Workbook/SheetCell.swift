/// A cell as a worksheet stores it, before shared strings, styles and the date system are
/// applied.
struct SheetCell {
    /// 1-based column (A = 1).
    var column: Int
    /// The `t` attribute: `s`, `inlineStr`, `str`, `b`, `e`, `n` (nil: a number).
    var type: String?
    /// The `s` attribute: index of the cell's format in the styles.
    var style: Int
    /// The `<v>` text, or an inline string's text.
    var value: String
    /// The `<f>` text, when the cell holds a formula.
    var formula: String?
    /// The `<f>` element's `t` attribute (`array`, `shared`).
    var formulaType: String?
    /// The `cm` attribute: a dynamic-array formula (written without braces).
    var dynamicArray: Bool
}

/// A worksheet row: its number (the `r` attribute) and its cells in column order; cells Excel
/// left out are empty.
struct SheetRow {
    var number: Int
    var cells: [SheetCell]
}
