import Foundation

/// A 128-bit digest of a page's inputs, the same in every run (Swift's `Hasher` is seeded per
/// process): two lanes of 64-bit multiply-rotate mixing over the input's bytes, finished with
/// MurmurHash3's avalanche. Not cryptographic: it tells "unchanged since the last build".
public struct ContentDigest: Sendable, Hashable, CustomStringConvertible {
    let high: UInt64
    let low: UInt64

    /// 32 lowercase hexadecimal digits.
    public var description: String {
        var bytes: [UInt8] = []
        appendHex(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The digest written as `description`; nil for anything else.
    init?(hex: some Collection<UInt8>) {
        guard hex.count == 32 else { return nil }
        var words: (high: UInt64, low: UInt64) = (0, 0)
        for (offset, digit) in hex.enumerated() {
            let value: UInt8
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = digit - UInt8(ascii: "a") + 10
            default: return nil
            }
            if offset < 16 {
                words.high = words.high << 4 | UInt64(value)
            } else {
                words.low = words.low << 4 | UInt64(value)
            }
        }
        self.init(high: words.high, low: words.low)
    }

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The digest of `value`'s encoded form (every stored property, by name).
    static func of(encoded value: some Encodable) throws -> ContentDigest {
        try DigestEncoder.digest(of: value)
    }

    /// The digest of the files under `folder` (names and bytes, hidden files left out), or nil
    /// when it cannot be read.
    public static func ofFolder(_ folder: String) -> ContentDigest? {
        let manager = FileManager.default
        guard let paths = manager.subpaths(atPath: folder) else { return nil }
        var hasher = DigestHasher()
        for path in paths.sorted() where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            guard let data = manager.contents(atPath: folder + "/" + path) else { return nil }
            hasher.combine(path)
            hasher.combine(bytes: data)
        }
        return hasher.finalize()
    }

    /// The digest of `bytes` alone.
    static func of(_ bytes: some Collection<UInt8>) -> ContentDigest {
        var hasher = DigestHasher()
        hasher.combine(bytes: bytes)
        return hasher.finalize()
    }

    /// Appends the 32 lowercase hexadecimal digits to `bytes` (manifests write a million of them).
    func appendHex(to bytes: inout [UInt8]) {
        for word in [high, low] {
            for shift in stride(from: 60, through: 0, by: -4) {
                let digit = UInt8(truncatingIfNeeded: word >> UInt64(shift)) & 0xF
                bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
            }
        }
    }

}

/// Builds a `ContentDigest` from a sequence of values; each value is framed (kind and length), so
/// `["ab", "c"]` and `["a", "bc"]` differ.
struct DigestHasher {
    private var high: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var low: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var word: UInt64 = 0
    private var filled = 0
    private var count: UInt64 = 0

    mutating func combine(bytes: some Collection<UInt8>) {
        combine(integer: bytes.count)
        let whole = bytes.withContiguousStorageIfAvailable { buffer in
            var copy = self
            copy.addAll(buffer)
            return copy
        }
        if let whole {
            self = whole
        } else {
            for byte in bytes { add(byte) }
        }
    }

    mutating func combine(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        combine(bytes: text.utf8)
    }

    /// Adds `buffer`, eight bytes at a time once the current word is full.
    private mutating func addAll(_ buffer: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < buffer.count && filled != 0 {
            add(buffer[index])
            index += 1
        }
        let raw = UnsafeRawBufferPointer(buffer)
        while index + 8 <= buffer.count {
            word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            filled = 8
            count += 8
            mix()
            index += 8
        }
        while index < buffer.count {
            add(buffer[index])
            index += 1
        }
    }

    /// Adds the eight bytes of `value`, least significant first, as a word at a time: the bytes
    /// that fill the current word, then the rest into the next one.
    mutating func combine(integer value: Int) {
        let bits = UInt64(bitPattern: Int64(value))
        count += 8
        guard filled > 0 else {
            word = bits
            mix()
            return
        }
        let carried = filled
        word |= bits << (8 * UInt64(carried))
        mix()
        word = bits >> (8 * UInt64(8 - carried))
        filled = carried
    }

    mutating func combine(_ digest: ContentDigest) {
        combine(integer: Int(Int64(bitPattern: digest.high)))
        combine(integer: Int(Int64(bitPattern: digest.low)))
    }

    @inline(__always)
    private mutating func add(_ byte: UInt8) {
        word |= UInt64(byte) << (8 * UInt64(filled))
        filled += 1
        count += 1
        if filled == 8 { mix() }
    }

    private mutating func mix() {
        high = ((high ^ word) &* 0x87C3_7B91_1142_53D5).rotatedLeft(31) &+ low
        low = ((low &+ word) &* 0x4CF5_AD43_2745_937F).rotatedLeft(27) ^ high
        word = 0
        filled = 0
    }

    /// The digest of everything combined.
    func finalize() -> ContentDigest {
        var copy = self
        if copy.filled > 0 { copy.mix() }
        let high = Self.avalanche(copy.high ^ copy.count)
        let low = Self.avalanche(copy.low &+ high)
        return ContentDigest(high: high, low: low)
    }

    private static func avalanche(_ value: UInt64) -> UInt64 {
        var value = value
        value ^= value >> 33
        value &*= 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value &*= 0xC4CE_B9FE_1A85_EC53
        value ^= value >> 33
        return value
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(_ bits: UInt64) -> UInt64 { (self << bits) | (self >> (64 - bits)) }
}

/// A digest stands for what it digests in the inputs of a page (its 32 hexadecimal digits).
extension ContentDigest: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
