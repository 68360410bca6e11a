/// The unit each product's quantities are shown in: the products file's unit, else the unit of
/// the product's first done line, else "".
struct ProductUnits {
    let units: [String]

    init(dataset: Dataset) {
        var units = dataset.products.map { $0.unit ?? "" }
        var seen = dataset.products.map { $0.unit != nil }
        for line in dataset.moveLines where !seen[Int(line.product.index)] {
            seen[Int(line.product.index)] = true
            units[Int(line.product.index)] = dataset.unit(of: line)
        }
        self.units = units
    }

    subscript(product: ProductID) -> String { units[Int(product.index)] }
}
