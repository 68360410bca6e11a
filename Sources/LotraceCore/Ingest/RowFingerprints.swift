/// Detects `duplicate_row`: a row identical in every column to a row of an earlier file of the
/// same role (overlapping exports would count stock twice). Rows are compared by a 128-bit
/// fingerprint of their column keys and cell bytes, quantities by their value (Odoo's CSV
/// writes `25.0` where its XLSX stores `25`); only used when a role has several files.
struct RowFingerprints {
    let enabled: Bool
    private var earlier: [Fingerprint: (file: Int, line: Int)] = [:]
    private var current: [(Fingerprint, Int, Int)] = []
    private var currentFile = 0

    private struct Fingerprint: Hashable {
        var a: UInt64
        var b: UInt64
    }

    init(enabled: Bool) { self.enabled = enabled }

    mutating func beginFile(_ index: Int) {
        currentFile = index
        current.removeAll()
    }

    /// The earlier file and line of an identical row, else nil (and the row is remembered).
    mutating func check(_ cells: RowCells, mapping: ColumnMapping) -> (file: Int, line: Int)? {
        guard enabled else { return nil }
        var a: UInt64 = 0x243F_6A88_85A3_08D3
        var b: UInt64 = 0x1319_8A2E_0370_7344
        for (key, index) in mapping.presentColumns {
            let keyHash = UInt64(key.rawValue) &* 0x9E37_79B9_7F4A_7C15
            let mix = { (bytes: UnsafeBufferPointer<UInt8>) in
                a = (a ^ ByteInterner.hash(bytes) ^ keyHash) &* 0x100_0000_01B3
                b = (b ^ keyHash) &* 0x100_0000_01B3
                for byte in bytes { b = (b ^ UInt64(byte)) &* 0x100_0000_01B3 }
            }
            if key == .quantity || key == .onHandQuantity, var value = Self.quantityText(cells[index]) {
                value.withUTF8(mix)
            } else {
                mix(cells[index])
            }
            b = (b ^ 0xFF) &* 0x100_0000_01B3
        }
        let fingerprint = Fingerprint(a: a, b: b)
        if let match = earlier[fingerprint] { return match }
        current.append((fingerprint, currentFile, cells.line))
        return nil
    }

    /// A quantity cell's shortest exact decimal (`25` for `25.0`); nil when it is no quantity.
    private static func quantityText(_ cell: UnsafeBufferPointer<UInt8>) -> String? {
        let negative = cell.first == UInt8(ascii: "-")
        guard case .success(let value) = Quantity.parse(negative ? cell.dropFirst() : cell[...]) else { return nil }
        return (negative ? -value : value).description
    }

    /// Makes the current file's rows "earlier" for the next files.
    mutating func endFile() {
        for (fingerprint, file, line) in current where earlier[fingerprint] == nil {
            earlier[fingerprint] = (file, line)
        }
        current.removeAll()
    }
}
