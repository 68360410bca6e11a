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
        var contactIDs: [ExactText: Int32] = [:]
        contacts = dataset.transfers.map { transfer in
            guard let name = transfer.contactName else { return ReturnTargets.noContact }
            if let id = contactIDs[ExactText(name)] { return id }
            let id = Int32(contactIDs.count)
            contactIDs[ExactText(name)] = id
            return id
        }
        let returnedNames = dataset.transfers.map { transfer -> Substring? in
            guard let origin = transfer.origin, origin.hasPrefix(ReturnTargets.returnPrefix) else { return nil }
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
