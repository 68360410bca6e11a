/// Finds the product and lot columns of a lots list from its header (docs/input-rules.md rule
/// 39): the names the exports give them, in the header's language (rule 32) or as technical
/// names. The lot column is the lots export's Lot/Serial Number (`name`) or the move lines'
/// (`lot_id`), else the move lines' Lot/Serial Number Name (`lot_name`); the product column is
/// Product (`product_id`), else Product/Internal Reference (`product_id/default_code`), else
/// the products export's Barcode (`barcode`).
struct LotListColumns {
    /// Header index of the product column; nil when the header has none.
    var product: Int?
    var lot: Int

    /// The outcome of reading a header.
    enum Outcome {
        case found(LotListColumns)
        case refused(RefusalReason, String)
    }

    /// What a header name may mean.
    private enum Meaning {
        case lot, lotName, product, productCode, barcode
    }

    /// The columns of `header`, or why it has no lot column or names one twice.
    static func find(header: [String]) -> Outcome {
        let language: HeaderLanguage
        switch HeaderLanguage.detect(header) {
        case .language(let found): language = found
        case .mixed(let message): return .refused(.unplacedFile, message)
        }
        let meanings = Self.meanings(of: header, in: language)
        /// The column of the first meaning some column has; more than one such column is a refusal.
        func column(_ preferred: [Meaning], naming role: String) -> (column: Int?, clash: String?) {
            for meaning in preferred {
                let found = header.indices.filter { meanings[$0].contains(meaning) }
                if found.count > 1 {
                    return (nil, found.map { MessageText.quoted(header[$0]) }.joined(separator: " and ") + " both name the \(role) column")
                }
                if let first = found.first { return (first, nil) }
            }
            return (nil, nil)
        }
        let lot = column([.lot, .lotName], naming: "lot")
        if let clash = lot.clash { return .refused(.duplicateColumn, clash) }
        guard let lotColumn = lot.column else {
            let found = header.isEmpty ? "nothing" : header.map(MessageText.quoted).joined(separator: ", ")
            return .refused(
                .missingRequiredColumn,
                "no lot column: the header names \(found); expected Lot/Serial Number (lot_id, name) or "
                    + "Lot/Serial Number Name (lot_name), or their label in the export's language")
        }
        let product = column([.product, .productCode, .barcode], naming: "product")
        if let clash = product.clash { return .refused(.duplicateColumn, clash) }
        if product.column == lotColumn {
            return .refused(.duplicateColumn, "\(MessageText.quoted(header[lotColumn])) names both the lot and the product")
        }
        return .found(LotListColumns(product: product.column, lot: lotColumn))
    }

    /// What each name of `header` means in `language`: the lots and move-line exports' lot and
    /// product columns, the move lines' product Internal Reference, the products' Barcode.
    private static func meanings(of header: [String], in language: HeaderLanguage) -> [Set<Meaning>] {
        let lots = HeaderVocabulary(role: .lots, language: language)
        let moves = HeaderVocabulary(role: .moveLines, language: language)
        let products = HeaderVocabulary(role: .products, language: language)
        let code = OdooLabels.Field(model: "stock.move.line", path: "product_id/default_code")
        let codeNames = Set([code.path] + OdooLabels.shared.headers(of: code, in: language.languages))
        return header.map { name in
            var found = Set<Meaning>()
            for use in lots.uses(of: name) {
                if use.key == .name { found.insert(.lot) }
                if use.key == .product { found.insert(.product) }
            }
            for use in moves.uses(of: name) {
                if use.key == .lot { found.insert(.lot) }
                if use.key == .lotName { found.insert(.lotName) }
                if use.key == .product { found.insert(.product) }
            }
            if products.uses(of: name).contains(where: { $0.key == .barcode }) { found.insert(.barcode) }
            if codeNames.contains(name) { found.insert(.productCode) }
            return found
        }
    }
}
