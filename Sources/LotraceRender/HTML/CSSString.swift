/// Quotes text as a CSS string literal for Lotrace-built `<style>` rules (the slip's running
/// print header): every character except ASCII letters, digits and spaces becomes a hex escape,
/// so no data can end the string, the rule or the `<style>` element.
enum CSSString {
    /// `"Hartwell Bakery Ltd \2f  WH\2f OUT\2f 00006"` style literal, quotes included.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", " ": out.unicodeScalars.append(scalar)
            default: out += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        return out + "\""
    }
}
