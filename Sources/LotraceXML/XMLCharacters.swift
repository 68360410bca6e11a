/// XML 1.0's character rules for the writer: which scalars a document may hold, and strict
/// UTF-8 decoding that says where bytes went wrong.
enum XMLCharacters {
    /// Whether `scalar` is an XML 1.0 `Char`: tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD,
    /// U+10000-U+10FFFF (Swift strings cannot hold surrogates).
    static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The first scalar of `text` that is not allowed, with its position (1-based, in
    /// characters as Unicode scalars), or nil.
    static func firstDisallowed(in text: String) -> (scalar: Unicode.Scalar, position: Int)? {
        for (offset, scalar) in text.unicodeScalars.enumerated() where !allowed(scalar) {
            return (scalar, offset + 1)
        }
        return nil
    }

    /// `text` with every disallowed scalar replaced by U+FFFD, and how many were replaced.
    static func replacingDisallowed(in text: String) -> (text: String, replaced: Int) {
        var replaced = 0
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if allowed(scalar) {
                scalars.append(scalar)
            } else {
                scalars.append("\u{FFFD}")
                replaced += 1
            }
        }
        return (String(scalars), replaced)
    }

    /// Decodes `bytes` as strict UTF-8 (no replacement); on failure, the 0-based offset of the
    /// first byte of the sequence that is not UTF-8.
    static func decode(_ bytes: some Collection<UInt8>) -> Result<String, InvalidUTF8> {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                offset += UTF8.width(scalar)
            case .emptyInput:
                return .success(String(scalars))
            case .error:
                return .failure(InvalidUTF8(offset: offset))
            }
        }
    }

    /// Where UTF-8 decoding failed.
    struct InvalidUTF8: Error {
        /// 0-based offset of the first byte of the bad sequence.
        var offset: Int
    }

    /// Whether `name` is an XML name the writer accepts: an ASCII NCName, optionally with one
    /// `prefix:` (the names are Lotrace's own constants, never user text).
    static func isName(_ name: String) -> Bool {
        var colons = 0
        var atPartStart = true
        for byte in name.utf8 {
            if byte == 0x3A {
                colons += 1
                guard !atPartStart, colons < 2 else { return false }
                atPartStart = true
            } else if atPartStart {
                guard isNameStart(byte) else { return false }
                atPartStart = false
            } else {
                guard isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E else { return false }
            }
        }
        return !atPartStart
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }
}
