/// One CSV file written the way Odoo 17's export dialog writes it: UTF-8 without BOM, comma
/// separated, every field double-quoted (inner quotes doubled), LF line ends.
final class CSVFile {
    /// Data rows written so far (the header not counted).
    private(set) var rows = 0
    /// The file name, for summaries.
    let name: String
    private let sink: ByteSink
    private var atRowStart = true

    init(directory: String, name: String, header: [String]) throws {
        self.name = name
        sink = try ByteSink(path: directory + "/" + name)
        for label in header { field(label) }
        sink.byte(10)
        atRowStart = true
    }

    /// A pre-quoted field, for cells repeated on many rows (products, locations, units).
    static func quoted(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = [34]
        for byte in text.utf8 {
            if byte == 34 { bytes.append(34) }
            bytes.append(byte)
        }
        bytes.append(34)
        return bytes
    }

    /// Appends a text field.
    func field(_ text: String) {
        separate()
        sink.byte(34)
        for byte in text.utf8 {
            if byte == 34 { sink.byte(34) }
            sink.byte(byte)
        }
        sink.byte(34)
    }

    /// Appends a field prepared by `quoted(_:)`.
    func field(quoted bytes: [UInt8]) {
        separate()
        sink.bytes(bytes)
    }

    /// Appends an integer field.
    func field(integer value: Int) {
        separate()
        sink.byte(34)
        sink.digits(value)
        sink.byte(34)
    }

    /// Appends a datetime field (`YYYY-MM-DD HH:MM:SS`), or an empty one for `nil`.
    func field(time: Timestamp?) {
        separate()
        sink.byte(34)
        if let time { time.write(to: sink) }
        sink.byte(34)
    }

    /// Appends a quantity given in thousandths, the way Odoo prints floats: "12.5", "3.0", "0.25".
    func field(milli quantity: Int) {
        separate()
        sink.byte(34)
        sink.digits(quantity / 1000)
        sink.byte(46)
        var fraction = quantity % 1000
        if fraction == 0 {
            sink.byte(48)
        } else {
            var width = 3
            while fraction % 10 == 0 {
                fraction /= 10
                width -= 1
            }
            sink.digits(fraction, width: width)
        }
        sink.byte(34)
    }

    /// Ends the current row.
    func endRow() {
        sink.byte(10)
        sink.flushIfFull()
        atRowStart = true
        rows += 1
    }

    /// Flushes and closes the file.
    func close() throws {
        try sink.close()
    }

    private func separate() {
        if atRowStart {
            atRowStart = false
        } else {
            sink.byte(44)
        }
    }
}
