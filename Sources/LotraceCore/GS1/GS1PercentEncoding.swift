/// Percent-encoding of Digital Link values (RFC 3986): everything but A-Z a-z 0-9 - . _ ~ is
/// written %XX (upper-case hex). In a query, "+" stands for a space.
public enum GS1PercentEncoding {
    /// Where a value sits in the URI: the path keeps "+" literal, a query turns it into a space.
    public enum Part: Sendable { case path, query }

    /// `bytes` escaped for `part`.
    public static func escape<Bytes: Collection<UInt8>>(_ bytes: Bytes, in part: Part) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            if ASCII.isAlphanumeric(byte) || "-._~".utf8.contains(byte) {
                out.append(byte)
            } else if byte == 0x20 && part == .query {
                out.append(UInt8(ascii: "+"))
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            }
        }
        return ASCII.text(out)
    }

    /// `bytes` with %XX sequences decoded; a "%" not followed by two hex digits stays as is.
    public static func unescape<Bytes: Collection<UInt8>>(_ bytes: Bytes, in part: Part) -> [UInt8] {
        let input = Array(bytes)
        var out: [UInt8] = []
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "%"), index + 2 < input.count,
                let high = ASCII.hexValue(input[index + 1]), let low = ASCII.hexValue(input[index + 2])
            {
                out.append(high << 4 | low)
                index += 3
                continue
            }
            out.append(byte == UInt8(ascii: "+") && part == .query ? 0x20 : byte)
            index += 1
        }
        return out
    }
}
