/// A `BarcodeSymbol` as an inline SVG element: a white background (the quiet zones stay
/// light whatever the page behind), one black path of the dark modules, width and height in
/// millimetres so that one module prints `moduleSize` mm wide at 100 % scale. The SVG holds
/// numbers only (no text), so it needs no escaping; `data-modules` gives the symbol's width
/// in modules to print checks.
public enum BarcodeSVG {
    public static func svg(_ symbol: BarcodeSymbol, moduleSize: Double, cssClass: String) -> String {
        let width = number(symbol.width)
        let height = number(symbol.height)
        var path = ""
        for bar in symbol.bars {
            path += "M\(number(bar.x)) \(number(bar.y))h\(number(bar.width))v\(number(bar.height))h-\(number(bar.width))z"
        }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" class="\(cssClass)" width="\(number(symbol.width * moduleSize))mm" \
            height="\(number(symbol.height * moduleSize))mm" viewBox="0 0 \(width) \(height)" data-modules="\(width)" \
            shape-rendering="crispEdges" aria-hidden="true"><rect width="\(width)" height="\(height)" fill="#fff"/>\
            <path fill="#000" d="\(path)"/></svg>
            """
    }

    /// Rounded to thousandths, without a trailing ".0" ("10", "0.25").
    static func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
