/// Whether a cell's number format shows a date or time: Excel's built-in date formats 14-22 and
/// 45-47, or a format code whose first section is made of date and time parts (y, m, d, h, s)
/// once quoted text, escaped characters, bracketed colours and locales, and AM/PM are set aside.
enum NumberFormat {
    static let builtInDates: Set<Int> = Set(14...22).union(45...47)

    static func isDate(id: Int, code: String?) -> Bool {
        guard let code else { return builtInDates.contains(id) }
        return isDate(code: code)
    }

    static func isDate(code: String) -> Bool {
        var bare: [Character] = []
        var characters = Array(code.lowercased())[...]
        while let character = characters.popFirst() {
            switch character {
            case ";": characters = []
            case "\"":
                while let next = characters.popFirst(), next != "\"" {}
            case "\\", "_", "*": _ = characters.popFirst()
            case "[":
                while let next = characters.popFirst(), next != "]" {}
            default: bare.append(character)
            }
        }
        let text = String(bare).replacingOccurrences(of: "am/pm", with: "").replacingOccurrences(of: "a/p", with: "")
        return text.contains { "ymdhs".contains($0) } && !text.contains { "#?@".contains($0) }
    }
}
