/// A `BarcodeSymbol` as an inline SVG element: a white background (the quiet zones stay
/// light whatever the page behind), then the dark modules drawn as black strokes, width and
/// height in millimetres so that one module prints `moduleSize` mm wide at 100 % scale. The
/// SVG holds numbers only (no text), so it needs no escaping; `data-modules` gives the
/// symbol's width in modules to print checks.
///
/// Each bar is a horizontal line through its middle, stroked as thick as the bar is tall
/// (butt ends, so exactly the bar's rectangle): "m3 0h2" draws a bar 2 modules wide 3 modules
/// after the last, where a filled rectangle takes "M13 0h2v40h-2z". Bars of one height share a
/// path; a linear symbol is one path, about half the bytes of rectangles.
public enum BarcodeSVG {
    public static func svg(_ symbol: BarcodeSymbol, moduleSize: Double, cssClass: String) -> String {
        let width = number(symbol.width)
        let height = number(symbol.height)
        var paths = ""
        for (barHeight, bars) in barsByHeight(symbol.bars) {
            paths += "<path stroke=\"#000\" stroke-width=\"\(number(barHeight))\" d=\"\(strokes(bars))\"/>"
        }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" class="\(cssClass)" width="\(number(symbol.width * moduleSize))mm" \
            height="\(number(symbol.height * moduleSize))mm" viewBox="0 0 \(width) \(height)" data-modules="\(width)" \
            shape-rendering="crispEdges" aria-hidden="true"><rect width="\(width)" height="\(height)" fill="#fff"/>\
            \(paths)</svg>
            """
    }

    /// The bars grouped by height, in order of first appearance, each group in its order.
    private static func barsByHeight(_ bars: [BarcodeSymbol.Bar]) -> [(Double, [BarcodeSymbol.Bar])] {
        var groups: [(Double, [BarcodeSymbol.Bar])] = []
        for bar in bars {
            if let index = groups.firstIndex(where: { $0.0 == bar.height }) {
                groups[index].1.append(bar)
            } else {
                groups.append((bar.height, [bar]))
            }
        }
        return groups
    }

    /// Path data for bars of one height: an absolute move to the middle of a bar's left edge
    /// when its row changes (or it lies left of the pen), else a relative move along the row.
    private static func strokes(_ bars: [BarcodeSymbol.Bar]) -> String {
        var data = ""
        var pen: (x: Double, y: Double)?
        for bar in bars {
            let middle = bar.y + bar.height / 2
            if let pen, pen.y == middle, bar.x >= pen.x {
                data += "m\(number(bar.x - pen.x)) 0h\(number(bar.width))"
            } else {
                data += "M\(number(bar.x)) \(number(middle))h\(number(bar.width))"
            }
            pen = (bar.x + bar.width, middle)
        }
        return data
    }

    /// Rounded to thousandths, without a trailing ".0" ("10", "0.25").
    static func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
