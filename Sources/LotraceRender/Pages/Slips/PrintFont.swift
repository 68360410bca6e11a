/// A font of the printed slip (`templates/site.css`, print media: the root is 10 pt) and upper
/// bounds of the room text takes in it, for cutting a day's slips into sheets
/// (`SlipSheetLayout`).
///
/// The bounds hold for the sans-serif and monospace fonts a browser prints the slip with (the
/// stylesheet asks for Inter, Segoe UI, Helvetica Neue, Arial, DejaVu Sans Mono, Menlo, Consolas):
/// every ASCII character is given its advance in the wider of DejaVu Sans and Liberation Sans
/// (regular or bold), plus 5 % (DejaVu Sans Mono: 0.6 em), every other character 1.3 em, and lines
/// are filled greedily at word boundaries, a word wider than the line broken anywhere. A browser
/// breaks lines the same way with characters no wider (and more break opportunities), so it
/// never needs more lines than `lines(_:width:)` says.
struct PrintFont: Sendable {
    /// How the font's characters are bounded.
    enum Family: Sendable {
        /// A sans-serif font, regular weight.
        case regular
        /// A sans-serif font, bold (weight 600 or 700).
        case bold
        /// A monospace font.
        case monospace
    }

    /// Size in points.
    var size: Double
    var family: Family = .regular
    /// `text-transform: uppercase`.
    var uppercase = false
    /// `letter-spacing`, in em.
    var letterSpacing = 0.0

    /// One CSS point in millimetres.
    static let point = 25.4 / 72
    /// The root font size of the print (`html { font-size: 10pt }`), in points.
    static let rem = 10.0
    /// The line height taken per line, in em: the stylesheet's 1.45, with room for inline boxes
    /// of other sizes on the line.
    static let lineSpacing = 1.5

    /// The font `scale` rem large.
    static func rem(_ scale: Double, _ family: Family = .regular, uppercase: Bool = false, letterSpacing: Double = 0)
        -> PrintFont
    {
        PrintFont(size: scale * rem, family: family, uppercase: uppercase, letterSpacing: letterSpacing)
    }

    /// `scale` rem in millimetres (margins and paddings).
    static func mm(rem scale: Double) -> Double { scale * rem * point }

    /// The most lines `text` takes in a box `width` millimetres wide (1 for empty text), with an
    /// unbreakable box `trailing` millimetres wide after it, after a space (a tag). Reads the
    /// text's UTF-8 bytes: a byte below 0x80 is an ASCII character, a leading byte starts any
    /// other character (bounded alike), a continuation byte takes no room.
    func lines(_ text: String, width: Double, trailing: Double = 0) -> Int {
        var filler = LineFiller(available: width / Self.point / size, space: advance(" "))
        var text = text
        text.withUTF8 { bytes in
            let isSeparator = { (byte: UInt8) in byte == 0x20 || byte == 0x0A || byte == 0x09 }
            var start = 0
            while start < bytes.count {
                guard !isSeparator(bytes[start]) else {
                    start += 1
                    continue
                }
                var end = start
                while end < bytes.count, !isSeparator(bytes[end]) { end += 1 }
                filler.place(bytes[start..<end].lazy.compactMap(advance(utf8:)))
                start = end
            }
        }
        if trailing > 0 { filler.place(CollectionOfOne(trailing / Self.point / size)) }
        return filler.lines
    }

    /// Words placed on lines greedily, a word wider than a line broken anywhere.
    private struct LineFiller {
        let available: Double
        let space: Double
        var lines = 1
        var used = 0.0

        /// Places the word of these character advances (in em).
        mutating func place(_ advances: some Collection<Double>) {
            let wordWidth = advances.reduce(0, +)
            if used > 0 && used + space + wordWidth <= available {
                used += space + wordWidth
                return
            }
            if used > 0 {
                lines += 1
                used = 0
            }
            for character in advances {
                if used > 0 && used + character > available {
                    lines += 1
                    used = 0
                }
                used += character
            }
        }
    }

    /// The most height `text` takes in a box `width` millimetres wide (with a `trailing` box, as
    /// in `lines`), in millimetres.
    func height(_ text: String, width: Double, trailing: Double = 0) -> Double {
        Double(lines(text, width: width, trailing: trailing)) * lineHeight
    }

    /// The most width `text` takes on one line, in millimetres.
    func width(_ text: String) -> Double { text.utf8.lazy.compactMap(advance(utf8:)).reduce(0, +) * size * Self.point }

    /// The advance of the character a UTF-8 byte starts (as `advance(_:)`), nil for a
    /// continuation byte.
    private func advance(utf8 byte: UInt8) -> Double? {
        byte & 0xC0 == 0x80 ? nil : advance(Unicode.Scalar(byte < 0x80 ? byte : 0xFF))
    }

    /// The height of one line, in millimetres.
    var lineHeight: Double { size * Self.lineSpacing * Self.point }

    /// An upper bound of the advance of `scalar`, in em.
    func advance(_ scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        guard value < 0x80 else { return 1.3 + letterSpacing }
        if family == .monospace { return 0.65 + letterSpacing }
        // Control characters take no room; they are bounded as a space.
        guard (0x20..<0x7F).contains(value) else { return Self.regularAdvances[0] + letterSpacing }
        let code = Int(uppercase && (0x61...0x7A).contains(value) ? value - 0x20 : value) - 0x20
        return (family == .bold ? Self.boldAdvances : Self.regularAdvances)[code] + letterSpacing
    }

    /// The advances of printable ASCII (from space), in em: the widest each character is in DejaVu
    /// Sans and Liberation Sans (Arial's metrics), plus 5 % (`scripts/print-font-widths.py`
    /// prints them from the fonts).
    private static let regularAdvances: [Double] = [
        0.34, 0.43, 0.49, 0.88, 0.67, 1.00, 0.82, 0.29, 0.41, 0.41, 0.53, 0.88, 0.34, 0.38, 0.34, 0.36,
        0.67, 0.67, 0.67, 0.67, 0.67, 0.67, 0.67, 0.67, 0.67, 0.67, 0.36, 0.36, 0.88, 0.88, 0.88, 0.59,
        1.07, 0.72, 0.73, 0.76, 0.81, 0.71, 0.65, 0.82, 0.79, 0.31, 0.53, 0.71, 0.59, 0.91, 0.79, 0.83,
        0.71, 0.83, 0.76, 0.71, 0.65, 0.77, 0.72, 1.04, 0.72, 0.71, 0.72, 0.41, 0.36, 0.41, 0.88, 0.59,
        0.53, 0.65, 0.67, 0.58, 0.67, 0.65, 0.37, 0.67, 0.67, 0.30, 0.30, 0.61, 0.30, 1.03, 0.67, 0.65,
        0.67, 0.67, 0.44, 0.55, 0.42, 0.67, 0.63, 0.86, 0.63, 0.63, 0.56, 0.67, 0.36, 0.67, 0.88,
    ]

    /// The same from DejaVu Sans Bold and Liberation Sans Bold.
    private static let boldAdvances: [Double] = [
        0.37, 0.48, 0.55, 0.88, 0.74, 1.06, 0.92, 0.33, 0.48, 0.48, 0.55, 0.88, 0.40, 0.44, 0.40, 0.39,
        0.74, 0.74, 0.74, 0.74, 0.74, 0.74, 0.74, 0.74, 0.74, 0.74, 0.42, 0.42, 0.88, 0.88, 0.88, 0.65,
        1.05, 0.82, 0.81, 0.78, 0.88, 0.72, 0.72, 0.87, 0.88, 0.40, 0.59, 0.82, 0.67, 1.05, 0.88, 0.90,
        0.77, 0.90, 0.81, 0.76, 0.72, 0.86, 0.82, 1.16, 0.81, 0.77, 0.77, 0.48, 0.39, 0.48, 0.88, 0.59,
        0.53, 0.71, 0.76, 0.63, 0.76, 0.72, 0.46, 0.76, 0.75, 0.36, 0.36, 0.70, 0.36, 1.10, 0.75, 0.73,
        0.76, 0.76, 0.52, 0.63, 0.51, 0.75, 0.69, 0.98, 0.68, 0.69, 0.62, 0.75, 0.39, 0.75, 0.88,
    ]
}
