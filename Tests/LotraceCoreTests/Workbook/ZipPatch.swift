/// Byte surgery on a built ZIP archive, to make it corrupt in one precise way.
enum ZipPatch {
    /// Offset of the central-directory record of `path`.
    static func centralRecord(_ path: String, in bytes: [UInt8]) -> Int {
        let name = Array(path.utf8)
        for offset in 0..<(bytes.count - 46) where bytes[offset..<(offset + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
            let length = Int(bytes[offset + 28]) | Int(bytes[offset + 29]) << 8
            if length == name.count, bytes[(offset + 46)..<(offset + 46 + length)].elementsEqual(name) { return offset }
        }
        fatalError("no central record for \(path)")
    }

    /// Offset of the compressed data of `path` (after its local header).
    static func data(_ path: String, in bytes: [UInt8]) -> Int {
        let record = centralRecord(path, in: bytes)
        let header = Int(uint32(bytes, record + 42))
        let nameLength = Int(bytes[header + 26]) | Int(bytes[header + 27]) << 8
        let extraLength = Int(bytes[header + 28]) | Int(bytes[header + 29]) << 8
        return header + 30 + nameLength + extraLength
    }

    static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * UInt32($1)) }
    }

    static func setUInt32(_ bytes: inout [UInt8], _ offset: Int, _ value: UInt32) {
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
    }
}
