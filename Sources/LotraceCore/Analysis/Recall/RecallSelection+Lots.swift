extension RecallSelection {
    /// The lots the selection names, each once, sorted by (product key, lot name).
    /// - Throws: `RecallSelectionError` when a part of the selection names nothing.
    public func selectedLots(in graph: TraceGraph) throws(RecallSelectionError) -> [LotID] {
        try resolved(in: graph).lots
    }

    /// The lots the selection names, each once, sorted by (product key, lot name), and how the
    /// rows of its lots list resolved (nil without a list). Rows of the list that name no lot
    /// are no error as long as one names a lot.
    /// - Throws: `RecallSelectionError` when a part of the selection names nothing.
    public func resolved(in graph: TraceGraph) throws(RecallSelectionError) -> (lots: [LotID], lotList: LotListResolution?) {
        let dataset = graph.dataset
        if received != nil && product == nil { throw .receivedWithoutProduct }
        let products = try productFilter(in: dataset)
        let finder = lots.isEmpty && lotList == nil ? nil : LotFinder(dataset: dataset)
        var selected = Set<LotID>()
        for name in lots {
            let matches = finder?.lots(named: name).filter { product == nil || products.contains(dataset[$0].product) } ?? []
            if matches.count == 1 {
                selected.insert(matches[0])
                continue
            }
            do {
                selected.insert(try dataset.resolveLot(named: name, product: product))
            } catch {
                throw .lot(error)
            }
        }
        var listResolution: LotListResolution?
        if let lotList, let finder {
            let resolution = LotListResolution(list: lotList, finder: finder, product: product)
            guard !resolution.lots.isEmpty else { throw .lotListNamesNothing(resolution) }
            selected.formUnion(resolution.lots)
            listResolution = resolution
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
        if lots.isEmpty && lotList == nil && received == nil && supplierLot == nil {
            guard let product else { throw .empty }
            let all = dataset.lots.indices.map(LotID.init).filter { products.contains(dataset[$0].product) }
            guard !all.isEmpty else { throw .noLots(product: product) }
            selected.formUnion(all)
        }
        let sorted = ByteOrder.sorted(Array(selected)) { [dataset[dataset[$0].product].key, dataset[$0].name] }
        return (sorted, listResolution)
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
