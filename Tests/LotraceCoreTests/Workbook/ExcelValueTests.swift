import Testing

@testable import LotraceCore

/// Exact number text, date serials in both date systems, date formats and A1 references.
@Suite("Excel values")
struct ExcelValueTests {
    private func dateText(_ number: ExcelNumber, uses1904: Bool) -> String? {
        var bytes: [UInt8] = []
        return ExcelSerialDate.append(number, uses1904: uses1904, to: &bytes) ? String(decoding: bytes, as: UTF8.self) : nil
    }

    private func decoded(_ text: String) -> String {
        var bytes: [UInt8] = []
        OOXMLEscapes.append(ArraySlice(text.utf8), to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [
        ("1E-05", "0.00001"), ("1e-05", "0.00001"), ("2.5E+3", "2500"), ("1.50E+1", "15"), ("-1.25E-2", "-0.0125"),
        ("1E+20", "100000000000000000000"), ("123456789012345E-15", "0.123456789012345"), ("0E+0", "0"),
        ("7.000E-3", "0.007"),
    ])
    func scientificNumbersAreWrittenOutExactly(text: String, plain: String) throws {
        let number = try #require(ExcelNumber(text.utf8))
        #expect(number.scientific)
        #expect(number.plainText == plain)
    }

    @Test func notNumbers() {
        for text in ["", "-", "abc", "1,5", "1.2.3", "1E", "1E+", "E5", "1E+401", "0x10", "1 "] {
            #expect(ExcelNumber(text.utf8) == nil, "\(text)")
        }
    }

    @Test(arguments: [
        ("1", "1900-01-01 00:00:00"), ("59", "1900-02-28 00:00:00"), ("60", "1900-02-29 00:00:00"),
        ("61", "1900-03-01 00:00:00"), ("0", "1900-01-00 00:00:00"), ("0.5", "1900-01-00 12:00:00"),
        ("45659.33333333334", "2025-01-02 08:00:00"), ("45716.9999884259", "2025-02-28 23:59:59"),
        ("45672.99999537037", "2025-01-16 00:00:00"), ("45658.000005787038", "2025-01-01 00:00:01"),
        ("45658.000005787037", "2025-01-01 00:00:00"), ("2958465.99998843", "9999-12-31 23:59:59"),
        ("4.56593333333333E+4", "2025-01-02 08:00:00"), ("1E-9", "1900-01-00 00:00:00"),
    ])
    func serialsIn1900System(serial: String, text: String) throws {
        #expect(dateText(try #require(ExcelNumber(serial.utf8)), uses1904: false) == text)
    }

    @Test(arguments: [
        ("0", "1904-01-01 00:00:00"), ("1.5", "1904-01-02 12:00:00"), ("59", "1904-02-29 00:00:00"),
        ("44197.25", "2025-01-02 06:00:00"),
    ])
    func serialsIn1904System(serial: String, text: String) throws {
        #expect(dateText(try #require(ExcelNumber(serial.utf8)), uses1904: true) == text)
    }

    @Test func serialsOutsideTheCalendarAreNoDates() throws {
        for serial in ["-1", "2958466", "1E+8", "99999999999999999999"] {
            #expect(dateText(try #require(ExcelNumber(serial.utf8)), uses1904: false) == nil, "\(serial)")
        }
    }

    /// Half a second is never a finite decimal of a day: a hair above it rounds up, a hair below
    /// rounds down (exact arithmetic, where a double would blur both).
    @Test func roundingToTheNearestSecond() throws {
        let above = try #require(ExcelNumber("1.000005787037037037037038".utf8))
        let below = try #require(ExcelNumber("1.000005787037037037037037".utf8))
        #expect(dateText(above, uses1904: false) == "1900-01-01 00:00:01")
        #expect(dateText(below, uses1904: false) == "1900-01-01 00:00:00")
    }

    @Test func dateFormats() {
        for id in [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47] { #expect(NumberFormat.isDate(id: id, code: nil), "\(id)") }
        for id in [0, 1, 2, 4, 10, 11, 12, 23, 44, 48, 49] { #expect(!NumberFormat.isDate(id: id, code: nil), "\(id)") }
        for code in ["yyyy-mm-dd hh:mm:ss", #"yyyy\-mm\-dd\ hh:mm:ss"#, "d/m/yy", "h:mm AM/PM", "[$-409]mmm d, yyyy", "mm:ss.000", "[h]:mm"] {
            #expect(NumberFormat.isDate(code: code), "\(code)")
        }
        for code in ["General", "#,##0.00", "0.00E+00", "@", #"0 "days""#, "0%", #"[Red]#,##0"#, "_(* #,##0_)"] {
            #expect(!NumberFormat.isDate(code: code), "\(code)")
        }
    }

    @Test func cellReferences() {
        #expect(CellReference("D17".utf8) == CellReference(row: 17, column: 4))
        #expect(CellReference("XFD1048576".utf8) == CellReference(row: 1_048_576, column: 16_384))
        for text in ["A0", "XFE1", "A1048577", "a1", "1A", "A", "17", "AAAA1", "A-1"] {
            #expect(CellReference(text.utf8) == nil, "\(text)")
        }
        #expect(CellReference(row: 5, column: 27).description == "AA5")
    }

    @Test func spreadsheetEscapes() {
        #expect(decoded("ctrl_x0001_char") == "ctrl\u{01}char")
        #expect(decoded("_x005F_x0041_ literal") == "_x0041_ literal")
        #expect(decoded("_xD800_ and _x00e9_ and _x12_") == "_xD800_ and é and _x12_")
    }
}
