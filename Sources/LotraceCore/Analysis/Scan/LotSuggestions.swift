extension Dataset {
    /// The names of `product`'s lots closest to `name` (a lot the data does not know): at most
    /// `limit`, by edit distance then name (UTF-8 bytes), only those within half the name's
    /// length (at least 2 edits) so that unrelated names are not offered.
    public func lotNames(closestTo name: String, product: ProductID, limit: Int = 3) -> [String] {
        let tolerance = max(2, name.unicodeScalars.count / 2)
        var names = Set<ExactText>()
        for lot in lots where lot.product == product { names.insert(ExactText(lot.name)) }
        return names.map { ($0.text, EditDistance.between($0.text, name)) }
            .filter { $0.1 <= tolerance }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : ByteOrder.less($0.0, $1.0) }
            .prefix(limit).map(\.0)
    }
}
