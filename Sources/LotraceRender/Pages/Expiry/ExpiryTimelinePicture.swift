import LotraceCore

/// The expiry page's timeline (inline SVG): one panel per unit of measure (units are never
/// added together), 13 bars, one per week after the as-of moment, each as high as the on-hand
/// quantity whose expiration falls in that week, labelled with the quantity and the number of
/// lots. Every text in it is escaped.
struct ExpiryTimelinePicture {
    static let barWidth = 44
    static let gap = 10
    static let panelHeight = 150
    static let chartHeight = 90
    static let left = 60

    let weeks: [ExpiryWeek]

    /// The `<svg>` markup.
    var svg: String {
        let units = Self.units(of: weeks)
        let width = Self.left + weeks.count * (Self.barWidth + Self.gap) + 10
        let height = max(units.count, 1) * Self.panelHeight + 10
        var out = "<svg class=\"expiry-timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
        out += "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"Quantities coming due per week over the next \(weeks.count) weeks\">\n"
        if units.isEmpty {
            out += "<text x=\"\(Self.left)\" y=\"40\" font-size=\"13\" fill=\"#5b6675\">Nothing on hand comes due in the next \(weeks.count) weeks.</text>\n"
        }
        for (panel, unit) in units.enumerated() { out += self.panel(unit, top: panel * Self.panelHeight + 10) }
        return out + "</svg>"
    }

    private func panel(_ unit: String, top: Int) -> String {
        let values = weeks.map { week in week.quantities.first { ExactText($0.unit) == ExactText(unit) }?.quantity ?? .zero }
        let largest = values.map { Double($0.scaled) }.max() ?? 0
        let base = top + Self.chartHeight + 18
        var out = "<g class=\"panel\">\n<text x=\"0\" y=\"\(top + 12)\" font-size=\"12\" font-weight=\"600\" fill=\"#1c2633\">\(HTMLEscaping.escape(unit.isEmpty ? "(no unit)" : unit))</text>\n"
        out += "<line x1=\"\(Self.left - 4)\" y1=\"\(base)\" x2=\"\(Self.left + weeks.count * (Self.barWidth + Self.gap))\" y2=\"\(base)\" stroke=\"#c4ccd6\"/>\n"
        for (index, week) in weeks.enumerated() {
            let x = Self.left + index * (Self.barWidth + Self.gap)
            let value = values[index]
            let height = largest > 0 ? Int((Double(value.scaled) / largest * Double(Self.chartHeight)).rounded(.up)) : 0
            let lots = week.quantities.contains { ExactText($0.unit) == ExactText(unit) } ? week.lots : 0
            out += "<g class=\"week\"><title>Week \(week.number) (until \(week.end.dateText)): \(HTMLEscaping.escape(DisplayFormat.quantity(value, unit: unit))), \(lots) lot\(lots == 1 ? "" : "s") in all units</title>"
            if height > 0 {
                out += "<rect x=\"\(x)\" y=\"\(base - height)\" width=\"\(Self.barWidth)\" height=\"\(height)\" fill=\"\(index < 4 ? "#c0392b" : index < 9 ? "#d68910" : "#1f5fa8")\"/>"
                out += "<text x=\"\(x + Self.barWidth / 2)\" y=\"\(base - height - 4)\" font-size=\"10\" text-anchor=\"middle\" fill=\"#1c2633\">\(HTMLEscaping.escape(DisplayFormat.quantity(value)))</text>"
            }
            out += "<text x=\"\(x + Self.barWidth / 2)\" y=\"\(base + 14)\" font-size=\"10\" text-anchor=\"middle\" fill=\"#5b6675\">W\(week.number)</text>"
            out += "<text x=\"\(x + Self.barWidth / 2)\" y=\"\(base + 26)\" font-size=\"9\" text-anchor=\"middle\" fill=\"#5b6675\">\(week.end.dateText.dropFirst(5))</text></g>\n"
        }
        return out + "</g>\n"
    }

    /// The units of the weeks' quantities, each once, in byte order.
    private static func units(of weeks: [ExpiryWeek]) -> [String] {
        var seen = Set<ExactText>()
        let units = weeks.flatMap { $0.quantities.map(\.unit) }.filter { seen.insert(ExactText($0)).inserted }
        return units.sorted { ExactText($0) < ExactText($1) }
    }
}
