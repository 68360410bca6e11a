import LotraceCore

/// The lots dashboard (`StockPages`): stock by location and lots by product, each an index and
/// one list per location or product.
struct LotsDashboardStep: SiteStep {
    let title = "Render lots dashboard"
    let templates = ["stock", "products", "list-stock", "list-lots"]
    let section: SiteSection? = SiteSection(title: "Stock", path: StockPages.locationsPath)

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        let report = OnHandReport(graph: context.graph, asOf: context.asOf)
        return SiteStepOutcome(count: try renderLocations(report, context) + renderProducts(report, context))
    }

    /// `stock.html` and one list per location; the number of pages.
    private func renderLocations(_ report: OnHandReport, _ context: SiteContext) throws -> Int {
        let dataset = context.dataset
        let productIDs = Dictionary(dataset.products.map { (ExactText($0.key), $0.id) }, uniquingKeysWith: { a, _ in a })
        var groups: [(name: String, rows: ArraySlice<ReportRow.Stock>)] = []
        var start = 0
        let rows = report.rows
        while start < rows.count {
            var end = start
            while end < rows.count && ExactText(rows[end].location) == ExactText(rows[start].location) { end += 1 }
            groups.append((rows[start].location, rows[start..<end]))
            start = end
        }
        var names = SafeFileNames()
        let index = StockPages.locationsPath
        let indexLinks = context.links(from: index)
        var pages = 1
        var locations: [LocationIndexPage.Location] = []
        for group in groups {
            let series = ListSeries(
                folder: StockPages.locationsFolder, base: names.name(for: group.name, suffix: ""), count: group.rows.count)
            let balances = Array(group.rows)
            try series.render(
                in: context, template: "list-stock", heading: group.name,
                hint: "Stock of every product and lot in \(group.name), as of \(context.momentText).",
                up: ("Stock by location", index), noun: "balance"
            ) { offset, links in
                let row = balances[offset]
                return StockRow(
                    product: row.product, productHref: productIDs[ExactText(row.product)].map(links.product),
                    lot: row.lot, href: links.lot(row.product, row.lot),
                    quantity: DisplayFormat.quantity(row.quantity, unit: row.unit), negative: row.quantity.isNegative)
            }
            pages += series.pageCount
            locations.append(
                LocationIndexPage.Location(
                    name: group.name, href: indexLinks.to(series.path(1)), count: DisplayFormat.count(group.rows.count, "balance")))
        }
        let page = LocationIndexPage(
            frame: context.frame(title: "Stock by location", path: index),
            summary: "\(DisplayFormat.count(locations.count, "location")) holding stock, \(DisplayFormat.count(rows.count, "balance"))",
            locations: locations)
        try context.render(page, template: "stock", to: index)
        return pages
    }

    /// `products.html` and one list per product; the number of pages.
    private func renderProducts(_ report: OnHandReport, _ context: SiteContext) throws -> Int {
        let dataset = context.dataset
        var stock: [ExactText: [ReportRow.Stock]] = [:]
        for row in report.rows { stock[ExactText(row.product + "\u{0}" + row.lot), default: []].append(row) }
        var lotsByProduct: [[LotID]] = Array(repeating: [], count: dataset.products.count)
        for lot in dataset.lots { lotsByProduct[Int(lot.product.index)].append(lot.id) }
        let order = dataset.products.indices.sorted { ExactText(dataset.products[$0].key) < ExactText(dataset.products[$1].key) }
        let index = StockPages.productsPath
        let indexLinks = context.links(from: index)
        var pages = 1
        var products: [ProductIndexPage.Product] = []
        for position in order {
            let product = dataset.products[position]
            let lots = lotsByProduct[position].sorted { ExactText(dataset[$0].name) < ExactText(dataset[$1].name) }
            let untracked = stock[ExactText(product.key + "\u{0}")] ?? []
            let entries: [LotID?] = (untracked.isEmpty ? [] : [nil]) + lots.map { $0 }
            let balances = entries.map { lot in stock[ExactText(product.key + "\u{0}" + (lot.map { dataset[$0].name } ?? ""))] ?? [] }
            let series = ListSeries(folder: StockPages.productsFolder, base: context.links.productBase(product.id), count: entries.count)
            let noun = product.tracking == .serial ? "serial" : "lot"
            try series.render(
                in: context, template: "list-lots", heading: product.displayName,
                hint: "Every \(noun) of the product, with its stock as of \(context.momentText) and where it is.",
                up: ("Lots by product", index), noun: noun
            ) { offset, links in
                Self.lotRow(entries[offset], balances: balances[offset], dataset: dataset, links: links)
            }
            pages += series.pageCount
            let all = balances.flatMap { $0 }
            let unit = all.first?.unit ?? product.unit ?? ""
            products.append(
                ProductIndexPage.Product(
                    name: product.displayName, href: indexLinks.to(series.path(1)),
                    tracking: product.tracking.map { $0 == .serial ? "serials" : $0 == .lot ? "lots" : "untracked" } ?? "",
                    count: DisplayFormat.count(lots.count, noun),
                    onHand: DisplayFormat.quantity(all.reduce(Quantity.zero) { $0 + $1.quantity }, unit: unit)))
        }
        let page = ProductIndexPage(
            frame: context.frame(title: "Lots by product", path: index),
            summary: "\(DisplayFormat.count(products.count, "product")), \(DisplayFormat.count(dataset.lots.count, "lot or serial", plural: "lots and serials"))",
            products: products)
        try context.render(page, template: "products", to: index)
        return pages
    }

    private static func lotRow(_ lot: LotID?, balances: [ReportRow.Stock], dataset: Dataset, links: PageLinks) -> ProductLotRow {
        let unit = balances.first?.unit ?? ""
        let total = balances.reduce(Quantity.zero) { $0 + $1.quantity }
        return ProductLotRow(
            lot: lot.map { dataset[$0].name } ?? "(no lot)", href: lot.map(links.lot),
            expiry: DisplayFormat.date(lot.flatMap { dataset[$0].expirationDate }),
            quantity: balances.isEmpty ? "\u{2014}" : DisplayFormat.quantity(total, unit: unit),
            locations: balances.map(\.location).joined(separator: ", "))
    }
}
