import LotraceCore

/// Places the nodes of a lot graph in columns and draws them as SVG. Every text and link is
/// escaped with `HTMLEscaping` (the SVG is inline in an HTML page).
struct GraphLayout {
    /// A node: a lot, a customer, or the "+N more" node closing a crowded column.
    enum Node: Hashable {
        case lot(LotID)
        case customer(String)
        case more(column: Int, count: Int)
    }

    /// An edge between two nodes, before they are placed; `kind` is its CSS class and its
    /// tooltip is `title`, followed by ": " and the quantity when it carries one (worked out
    /// only for an edge drawn).
    struct Edge {
        var from: Node
        var to: Node
        var kind: String
        var title: String
        var quantity: Quantity? = nil

        var tooltip: String { quantity.map { "\(title): \(DisplayFormat.quantity($0))" } ?? title }
    }

    /// Node positions (column, row).
    private(set) var placed: [Node: (column: Int, row: Int)] = [:]
    /// The columns, left to right, each top to bottom.
    private(set) var columns: [[Node]] = []
    /// The "+N more" node standing for each node left out of a crowded column.
    private var folded: [Node: Node] = [:]

    /// Adds a column of `nodes`; past `limit`, one "+N more" node stands for the rest.
    mutating func addColumn(_ nodes: [Node], limit: Int) {
        guard !nodes.isEmpty else { return }
        var shown = Array(nodes.prefix(nodes.count > limit ? limit - 1 : limit))
        if nodes.count > shown.count {
            let more = Node.more(column: columns.count, count: nodes.count - shown.count)
            for node in nodes[shown.count...] { folded[node] = more }
            shown.append(more)
        }
        for (row, node) in shown.enumerated() { placed[node] = (columns.count, row) }
        columns.append(shown)
    }

    /// The edges as drawn: each end moved to the "+N more" node that stands for it when it was
    /// left out, and edges that then join the same two nodes with the same kind drawn once,
    /// titled with how many they are ("3 deliveries"). Edges to nodes not in any column are
    /// left out. `plural` names a kind's edges counted ("deliveries").
    func drawnEdges(_ edges: [Edge], plural: (String) -> String) -> [Edge] {
        struct Key: Hashable {
            var from: Node
            var to: Node
            var kind: String
        }
        var drawn: [Edge] = []
        var merged: [Key: (index: Int, count: Int)] = [:]
        for edge in edges {
            guard let from = shown(edge.from), let to = shown(edge.to) else { continue }
            guard from != edge.from || to != edge.to else {
                drawn.append(edge)
                continue
            }
            let key = Key(from: from, to: to, kind: edge.kind)
            if let entry = merged[key] {
                merged[key] = (entry.index, entry.count + 1)
            } else {
                merged[key] = (drawn.count, 1)
                drawn.append(Edge(from: from, to: to, kind: edge.kind, title: edge.title))
            }
        }
        for entry in merged.values where entry.count > 1 {
            drawn[entry.index].title = "\(DisplayFormat.grouped(entry.count)) \(plural(drawn[entry.index].kind))"
            drawn[entry.index].quantity = nil
        }
        return drawn
    }

    /// `node` when it is placed, else the "+N more" node that stands for it.
    private func shown(_ node: Node) -> Node? { placed[node] != nil ? node : folded[node] }

    /// The picture of `edges` (as `drawnEdges` gives them): `label` gives each node's two lines
    /// and link.
    func svg(edges: [Edge], root: Node, label: (Node) -> (title: String, subtitle: String, href: String?)) -> String {
        let w = LotGraphPicture.nodeWidth, h = LotGraphPicture.nodeHeight
        let stepX = w + LotGraphPicture.columnGap, stepY = h + LotGraphPicture.rowGap
        let tallest = columns.map(\.count).max() ?? 1
        let width = columns.count * stepX - LotGraphPicture.columnGap + 2
        let height = tallest * stepY - LotGraphPicture.rowGap + 2
        func origin(_ node: Node) -> (x: Int, y: Int) {
            let place = placed[node] ?? (0, 0)
            let offset = (tallest - columns[place.column].count) * stepY / 2
            return (1 + place.column * stepX, 1 + offset + place.row * stepY)
        }
        var out = "<svg class=\"lot-graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" "
        out += "width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"Traceability graph\">\n"
        for edge in edges {
            let a = origin(edge.from), b = origin(edge.to)
            let x1 = a.x + w, y1 = a.y + h / 2, x2 = b.x, y2 = b.y + h / 2, mid = (x1 + x2) / 2
            out += "<path class=\"edge \(edge.kind)\" d=\"M\(x1) \(y1) C\(mid) \(y1) \(mid) \(y2) \(x2) \(y2)\">"
            out += "<title>\(HTMLEscaping.escape(edge.tooltip))</title></path>\n"
        }
        for column in columns {
            for node in column {
                let (x, y) = origin(node)
                let text = label(node)
                let kind = node == root ? "root" : Self.kind(of: node)
                var box = "<g class=\"node \(kind)\"><rect x=\"\(x)\" y=\"\(y)\" width=\"\(w)\" height=\"\(h)\" rx=\"6\"/>"
                box += "<text x=\"\(x + 10)\" y=\"\(y + 17)\">\(HTMLEscaping.escape(Self.clip(text.title)))</text>"
                box += "<text class=\"sub\" x=\"\(x + 10)\" y=\"\(y + 32)\">\(HTMLEscaping.escape(Self.clip(text.subtitle)))</text>"
                box += "<title>\(HTMLEscaping.escape(text.title + " \u{2014} " + text.subtitle))</title></g>"
                if let href = text.href { box = "<a href=\"\(HTMLEscaping.escape(href))\">\(box)</a>" }
                out += box + "\n"
            }
        }
        return out + "</svg>"
    }

    private static func kind(of node: Node) -> String {
        switch node {
        case .lot: "lot"
        case .customer: "customer"
        case .more: "more"
        }
    }

    /// At most 24 characters, with an ellipsis when cut.
    private static func clip(_ text: String) -> String { text.count > 24 ? text.prefix(23) + "\u{2026}" : text }
}
