import Testing

@testable import LotraceCore

/// Two fields of one model that a translation labels alike, told apart by column content.
@Suite("Header clashes of translations")
struct HeaderClashTests {
    /// Places `rows` (header first) as a CSV file would be placed.
    private func place(_ rows: [[String]]) -> HeaderPlacement.Outcome {
        HeaderPlacement.place(header: rows[0]) { column in rows.dropFirst().map { $0[column] } }
    }

    private func refusal(_ outcome: HeaderPlacement.Outcome) -> String {
        if case .refused(let reason, let message) = outcome { return "\(reason.rawValue): \(message)" }
        return "placed"
    }

    @Test func operationTypeAndTypeOfOperationAreToldApartByTheirValues() throws {
        // French: name and code are both "Type d'opération"; the codes are labels or keys.
        let outcome = place([
            ["Type d'opération", "Entrepôt", "Type d'opération"],
            ["Reçu", "Hartwell", "Réceptions"],
            ["outgoing", "Hartwell", "Livraisons"],
        ])
        guard case .placed(.operationTypes, let mapping) = outcome else {
            Issue.record("\(refusal(outcome))")
            return
        }
        #expect(mapping.index(.kind) == 0 && mapping.index(.name) == 2 && mapping.index(.warehouse) == 1)
        #expect(mapping.language.code == "fr")
    }

    @Test func aWorkbooksColumnsAreToldApartByTheirContentToo() throws {
        typealias B = WorkbookBuilder
        let rows = [
            B.row(1, [B.text("A", 1, "Type d'opération"), B.text("B", 1, "Entrepôt"), B.text("C", 1, "Type d'opération")]),
            B.row(2, [B.text("A", 2, "Reçu"), B.text("B", 2, "Hartwell"), B.text("C", 2, "Réceptions")]),
            B.row(3, [B.text("A", 3, "outgoing"), B.text("B", 3, "Hartwell"), B.text("C", 3, "Livraisons")]),
        ]
        let dataset = try B(rows: rows.joined()).load(as: "stock.picking.type.xlsx")
        let file = try #require(dataset.files.first)
        #expect(file.refusal == nil && file.roles == [.operationTypes] && file.language == "fr")
        #expect("\(file.read) \(file.used) \(file.rejected.count)" == "2 2 0")
        #expect(
            dataset.operationTypes.map { "\($0.displayName) \($0.kind.rawValue)" }
                == ["Hartwell: Réceptions incoming", "Hartwell: Livraisons outgoing"])
    }

    @Test func contentThatCannotDecideIsRefusedNamingTheColumns() {
        let empty = place([["Type d'opération", "Type d'opération"]])
        #expect(
            refusal(empty)
                == #"duplicate_column: "Type d'opération" (fields 1 and 2) names both Operation Type (name) and Type of Operation (code) in fr, and their content does not tell which is which"#
        )
        let bothCodes = place([["Vorgangsart", "Vorgangsart"], ["Eingang", "incoming"]])
        #expect(refusal(bothCodes).hasPrefix(#"duplicate_column: "Vorgangsart" (fields 1 and 2) names both"#))
    }

    @Test func aTransfersColumnOfCodesIsTheTypeOfOperationAndNotRead() throws {
        // stock.picking: picking_type_id and picking_type_code share "Type d'opération".
        let codes = place([["Référence", "Type d'opération"], ["WH/IN/1", "Reçu"]])
        guard case .placed(.transfers, let mapping) = codes else {
            Issue.record("\(refusal(codes))")
            return
        }
        #expect(mapping.index(.operationType) == nil && mapping.ignored == ["Type d'opération"])
        let names = place([["Référence", "Type d'opération"], ["WH/IN/1", "Hartwell: Réceptions"]])
        guard case .placed(.transfers, let named) = names else {
            Issue.record("\(refusal(names))")
            return
        }
        #expect(named.index(.operationType) == 1 && named.ignored.isEmpty)
    }

    @Test func columnsOfTwoFieldsLotraceDoesNotReadAreBothLeftOut() throws {
        // German move lines: picking_type_id and picking_code are both "Vorgangsart".
        let header = ["Datum", "Referenz", "Produkt", "Los-/Seriennummer", "Von", "Nach", "Menge", "Status", "Vorgangsart", "Vorgangsart"]
        let outcome = place([header, ["2025-01-02 08:00:00", "WH/IN/1", "P", "L", "A", "B", "1", "done", "Hartwell: Wareneingänge", "incoming"]])
        guard case .placed(.moveLines, let mapping) = outcome else {
            Issue.record("\(refusal(outcome))")
            return
        }
        #expect(mapping.ignored == ["Vorgangsart", "Vorgangsart"])
    }

    @Test func theColumnLotraceReadsTakesASingleColumn() throws {
        // Hungarian: From (location_id) and Source (origin) are both "Forrás".
        let header = ["Dátum", "Hivatkozás", "Termék", "Lot/szériaszám", "Forrás", "Cél", "Mennyiség", "Státusz"]
        let row = ["2025-01-02 08:00:00", "WH/IN/1", "P", "L", "Partners/Vendors", "WH/Stock", "1", "done"]
        guard case .placed(.moveLines, let mapping) = place([header, row]) else {
            Issue.record("not placed")
            return
        }
        #expect(mapping.index(.from) == 4)
        let both = place([header + ["Forrás"], row + ["P00001"]])
        #expect(
            refusal(both)
                == #"duplicate_column: "Forrás" (fields 5 and 9) names both From (location_id) and Source (origin) in hu, and their content does not tell which is which"#
        )
    }

    @Test func aColumnOfWholeNumbersIsTheDatabaseID() throws {
        // Hebrew: ID and Reference of a move line are both "מזהה".
        let header = ["תאריך", "מזהה", "מוצר", "מס' אצווה/ סידורי", "מ", "ל", "כמות", "סטטוס", "מזהה"]
        let row = ["2025-01-02 08:00:00", "4711", "P", "L", "Partners/Vendors", "WH/Stock", "1", "done", "WH/IN/00001"]
        guard case .placed(.moveLines, let mapping) = place([header, row]) else {
            Issue.record("not placed")
            return
        }
        #expect(mapping.index(.externalID) == 1 && mapping.index(.reference) == 8)
        let referenceOnly = place([Array(header.dropLast()), Array(row.dropLast()).map { $0 == "4711" ? "WH/IN/00001" : $0 }])
        guard case .placed(.moveLines, let single) = referenceOnly else {
            Issue.record("\(refusal(referenceOnly))")
            return
        }
        #expect(single.index(.reference) == 1 && single.index(.externalID) == nil)
    }

    @Test func twoColumnsLotraceReadsInOneColumnAreRefused() {
        // Slovak: Country and State are both "Štát".
        #expect(
            refusal(place([["Meno", "Štát"], ["Anna", "Slovensko"]]))
                == #"duplicate_column: "Štát" (field 2) names both State (state_id) and Country (country_id) in sk, and its content does not tell which it is"#
        )
    }
}
