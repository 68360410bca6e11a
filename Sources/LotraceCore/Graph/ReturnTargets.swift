/// What the netting of customer returns needs to know of each transfer, as integers: its
/// contact (interned display name) and the delivery its Source Document names ("Return of <ref>").
struct ReturnTargets: Sendable {
    /// Per transfer: interned contact name, `noContact` when it has none.
    let contacts: [Int32]
    /// Per transfer: the reference id of the delivery it returns, `notAReturn` without a
    /// "Return of " Source Document, `unknownDelivery` when the named delivery has no done line.
    let returnedReferences: [Int32]

    static let noContact: Int32 = -1
    static let notAReturn: Int32 = -1
    static let unknownDelivery: Int32 = -2
    static let returnPrefix = "Return of "

    init(dataset: Dataset) {
        // Ids in order of first appearance, by exact bytes.
        var contactNames = ByteInterner()
        contacts = dataset.transfers.map { transfer in
            guard var name = transfer.contactName else { return ReturnTargets.noContact }
            return name.withUTF8 { contactNames.intern($0) }
        }
        let returnedNames = dataset.transfers.map { transfer -> Substring? in
            guard let origin = transfer.origin, origin.utf8.starts(with: ReturnTargets.returnPrefix.utf8) else { return nil }
            return origin.dropFirst(ReturnTargets.returnPrefix.count)
        }
        guard returnedNames.contains(where: { $0 != nil }) else {
            returnedReferences = [Int32](repeating: ReturnTargets.notAReturn, count: dataset.transfers.count)
            return
        }
        var referenceOfTransfer = [Int32](repeating: ReturnTargets.unknownDelivery, count: dataset.transfers.count)
        for line in dataset.moveLines {
            if let transfer = line.transfer { referenceOfTransfer[Int(transfer.index)] = line.reference }
        }
        returnedReferences = returnedNames.map { name in
            guard let name else { return ReturnTargets.notAReturn }
            guard let transfer = dataset.transferByReference[ExactText(String(name))] else { return ReturnTargets.unknownDelivery }
            return referenceOfTransfer[Int(transfer.index)]
        }
    }

    /// The contact of a line's transfer.
    func contact(of transfer: TransferID?) -> Int32 {
        transfer.map { contacts[Int($0.index)] } ?? ReturnTargets.noContact
    }
}
