/// What reading a table's rows found besides the rows: the sheet that was read, notes about the
/// file (sheets not read, a sheet at Excel's last row), and a refusal found part-way (a workbook
/// whose sheet turns out broken after some rows were handed over).
struct TableReadEnd {
    var sheet: String?
    var notes: [String] = []
    var refusal: FileRefusal?
}
