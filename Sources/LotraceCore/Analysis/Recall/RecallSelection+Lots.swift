extension RecallSelection {
    /// The lots the selection names, each once, sorted by (product key, lot name).
    /// - Throws: `RecallSelectionError` when a part of the selection names nothing.
    public func selectedLots(in graph: TraceGraph) throws(RecallSelectionError) -> [LotID] {
        let dataset = graph.dataset
        if received != nil && product == nil { throw .receivedWithoutProduct }
        let products = try productFilter(in: dataset)
        var selected = Set<LotID>()
        for name in lots {
            do {
                selected.insert(try dataset.resolveLot(named: name, product: product))
            } catch {
                throw .lot(error)
            }
        }
        if let received, let product {
            let hits = dataset.lots.indices.map(LotID.init).filter { lot in
                products.contains(dataset[lot].product) && receiptDates(of: lot, in: graph).contains(where: received.contains)
            }
            guard !hits.isEmpty else { throw .nothingReceived(product: product, range: received) }
            selected.formUnion(hits)
        }
        if let supplierLot {
            let hits = dataset.lots.indices.map(LotID.init).filter { lot in
                let candidate = dataset[lot]
                guard products.isEmpty || products.contains(candidate.product) else { return false }
                if candidate.reference.map({ ExactText($0) == ExactText(supplierLot) }) == true { return true }
                return ExactText(candidate.name) == ExactText(supplierLot) && !receiptDates(of: lot, in: graph).isEmpty
            }
            guard !hits.isEmpty else { throw .unknownSupplierLot(supplierLot) }
            selected.formUnion(hits)
        }
        if lots.isEmpty && received == nil && supplierLot == nil {
            guard let product else { throw .empty }
            let all = dataset.lots.indices.map(LotID.init).filter { products.contains(dataset[$0].product) }
            guard !all.isEmpty else { throw .noLots(product: product) }
            selected.formUnion(all)
        }
        return ByteOrder.sorted(Array(selected)) { [dataset[dataset[$0].product].key, dataset[$0].name] }
    }

    /// The products `product` names (by Internal Reference or display name); empty without one.
    private func productFilter(in dataset: Dataset) throws(RecallSelectionError) -> Set<ProductID> {
        guard let product else { return [] }
        let wanted = ExactText(product)
        let matches = dataset.products.filter { candidate in
            candidate.code.map { ExactText($0) == wanted } == true || ExactText(candidate.displayName) == wanted
        }
        guard !matches.isEmpty else { throw .unknownProduct(product) }
        return Set(matches.map(\.id))
    }

    /// The dates of `lot`'s receipts (from vendor locations), one per receipt reference.
    private func receiptDates(of lot: LotID, in graph: TraceGraph) -> [LocalDateTime] {
        graph.receipts(of: lot).map(\.date)
    }
}
