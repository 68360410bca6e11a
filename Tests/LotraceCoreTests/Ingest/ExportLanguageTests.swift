import Foundation
import Testing

@testable import LotraceCore

/// Exports written in the Odoo user's language: one data set in English, French (19.0),
/// German (17.0) and Spanish (18.0), made from the reference table's own labels and values by
/// scripts/make-i18n-fixtures.py, gives the same answers.
@Suite("Exports in the user's language")
struct ExportLanguageTests {
    /// The dataset of `Fixtures/<folder>`.
    static func load(_ folder: String) throws -> Dataset {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(folder)", withExtension: nil))
        return DatasetLoader().load(folder: url.path)
    }

    /// Per file: role, language, read, used, skipped, rejected.
    static func accounting(_ dataset: Dataset) -> [String] {
        dataset.files.map { file in
            "\(file.name) \(file.roles.map(\.rawValue)) \(file.language ?? "-") \(file.read) \(file.used) \(file.skipped) \(file.rejected.count)"
        }
    }

    @Test(arguments: ["fr", "de", "es"])
    func aTranslatedExportGivesTheEnglishAnswers(language: String) throws {
        let english = try Self.load("i18n/en")
        let translated = try Self.load("i18n/\(language)")
        #expect(english.refusals.isEmpty && translated.refusals.isEmpty)
        #expect(Self.accounting(english).allSatisfy { $0.contains(" en ") })
        #expect(
            Self.accounting(translated)
                == Self.accounting(english).map { $0.replacingOccurrences(of: " en ", with: " \(language) ") })
        #expect(translated.files.allSatisfy { $0.ignoredColumns.isEmpty })
        #expect(translated.files.map(\.missingOptionalColumns) == english.files.map(\.missingOptionalColumns))
        let (englishGraph, graph) = (TraceGraph(dataset: english), TraceGraph(dataset: translated))
        #expect(OnHandReport(graph: graph) == OnHandReport(graph: englishGraph))
        #expect(OnHandReport(graph: graph).rows.map { "\($0.product) \($0.lot) \($0.quantity)" } == ["FL-1 F-001 70", "FL-1 F-002 50", "SA-1  25"])
        for lot in ["F-001", "F-002", "T-100"] {
            let report = TraceReport(graph: graph, lot: try translated.resolveLot(named: lot, product: nil))
            #expect(report == TraceReport(graph: englishGraph, lot: try english.resolveLot(named: lot, product: nil)))
        }
        #expect(translated.operationTypes.map { "\($0.displayName) \($0.kind)" }
            == ["Hartwell: Receipts incoming", "Hartwell: Delivery Orders outgoing", "Hartwell: Manufacturing manufacturing"])
        #expect(translated.transfers.map { "\($0.reference) \($0.status?.isDone == true) \($0.operationTypeName ?? "")" }
            == english.transfers.map { "\($0.reference) \($0.status?.isDone == true) \($0.operationTypeName ?? "")" })
    }

    @Test func aHeaderMixingTwoLanguagesIsRefusedNamingBoth() {
        let header = ["Date", "Référence", "Produit", "Lot/numéro de série", "De", "Vers", "Quantity", "Unité", "Statut"]
        guard case .refused(let reason, let message) = HeaderPlacement.place(header: header) else {
            Issue.record("placed")
            return
        }
        #expect(reason == .unplacedFile)
        #expect(
            message
                == #"the header mixes two languages: fr ("Référence", "Produit", "Lot/numéro de série", "De", "Vers", "Unité", "Statut") and en ("Quantity"); Odoo writes a whole header in the exporting user's language"#
        )
    }

    @Test func aMissingColumnIsNamedInTheFilesLanguageAndInEnglish() {
        let header = ["Date", "Référence", "Produit", "Lot/numéro de série", "De", "Vers", "Quantité"]
        guard case .refused(let reason, let message) = HeaderPlacement.place(header: header) else {
            Issue.record("placed")
            return
        }
        #expect(reason == .missingRequiredColumn)
        #expect(message == #"reads as move_lines but lacks the required column "Statut" (Status)"#)
    }

    @Test func englishFallbacksOfUntranslatedFieldsAreTheLanguagesOwn() throws {
        // Afrikaans leaves Lot/Serial Number untranslated: Odoo writes it in English.
        let header = ["Datum", "Verwysing", "Produk", "Lot/Serial Number", "Van", "Aan", "Hoeveelheid", "Stand"]
        guard case .placed(let role, let mapping) = HeaderPlacement.place(header: header) else {
            Issue.record("not placed")
            return
        }
        #expect(role == .moveLines)
        #expect(mapping.language.code == "af")
        #expect(mapping.ignored.isEmpty)
    }

    @Test func technicalNamesHaveNoLanguage() throws {
        let header = ["date", "reference", "product_id", "lot_id", "location_id", "location_dest_id", "quantity", "state"]
        guard case .placed(_, let mapping) = HeaderPlacement.place(header: header) else {
            Issue.record("not placed")
            return
        }
        #expect(mapping.language.code == nil)
    }

    @Test func headersAreMatchedWholeAndExactly() throws {
        // "/" inside a label is not a path separator; an inner space of a composite is kept.
        let lots = ["Lot/numéro de série", "Produit/ID externe"]
        guard case .placed(.lots, let mapping) = HeaderPlacement.place(header: lots) else {
            Issue.record("not placed")
            return
        }
        #expect(mapping.index(.name) == 0 && mapping.index(.productExternalID) == 1)
        let spanish = ["Fecha", "Referencia", "Producto", "Número de serie/lote", "Desde", "A", "Cantidad", "Estado", "Transferir /Contacto"]
        guard case .placed(.moveLines, let moves) = HeaderPlacement.place(header: spanish) else {
            Issue.record("not placed")
            return
        }
        #expect(moves.index(.contact) == 8)
        // Odoo strips a whole header: a header with an outer space is no Odoo label.
        guard case .placed(.moveLines, let spaced) = HeaderPlacement.place(header: spanish.dropLast() + [" Transferir/Contacto"])
        else {
            Issue.record("not placed")
            return
        }
        #expect(spaced.ignored == [" Transferir/Contacto"])
    }

    @Test func aStatusCellKeepsItsTrailingSpace() throws {
        // Arabic 17/18 write the done label of a transfer with a trailing space.
        let header = #""الرقم المرجعي","الحالة""# + "\n"
        let dataset = IngestFixtures.load([
            "moves.csv": IngestFixtures.moveHeader + "\n" + IngestFixtures.receipt + "\n",
            "transfers.csv": header + "\"WH/IN/1\",\"منتهي \"\n\"WH/IN/2\",\"منتهي\"\n\"WH/IN/3\",\" منتهي\"\n",
        ])
        let file = try #require(dataset.files.first { $0.name == "transfers.csv" })
        #expect(file.language == "ar")
        #expect(dataset.transfers.map { $0.status?.isDone } == [true, true])
        #expect(IngestFixtures.rejections(dataset, "transfers.csv") == ["4:2 bad_status"])
        #expect(file.rejected.first?.message.hasPrefix(#"Status " منتهي" is not an Odoo status in ar ("#) == true)
    }

    @Test func relatedSelectionsAreKeysIn17And18AndLabelsIn19() {
        let header = ["Date", "Référence", "Produit", "Lot/numéro de série", "De", "Vers", "Quantité", "Statut"]
        let rows = [
            ("done", "WH/IN/1"), ("Terminé", "WH/IN/2"), ("Fait", "WH/IN/3"), ("Annulé", "WH/OUT/1"), ("Done", "WH/OUT/2"),
        ].map { #""2025-01-02 08:00:00","\#($0.1)","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","1","\#($0.0)""# }
        let dataset = IngestFixtures.load([
            "moves.csv": ([header.map { "\"\($0)\"" }.joined(separator: ",")] + rows).joined(separator: "\n") + "\n"
        ])
        #expect(dataset.moveLines.map { dataset.reference(of: $0) } == ["WH/IN/1", "WH/IN/2", "WH/IN/3"])
        #expect(dataset.files[0].skipReasons == ["Annulé": 1])
        #expect(dataset.pendingMoveLines.count == 1 && MoveStatus.notDone("Annulé").isCancelled)
        #expect(MoveStatus.notDone("Cancelled").isCancelled && !MoveStatus.notDone("Prêt").isCancelled)
        // English labels are not French: "Done" in a French file is no status.
        #expect(IngestFixtures.rejections(dataset) == ["6:8 bad_status"])
    }

    @Test func aLabelTwoLocationTypesShareIsReadFromOdoosDefaultNames() {
        // Persian 17/18 label both Vendor and Customer Location "مکان مشتری".
        let locations = #""نام کامل مکان","نوع مکان""# + "\n"
            + "\"Partners/Vendors\",\"مکان مشتری\"\n\"Partners/Customers\",\"مکان مشتری\"\n\"Dock\",\"مکان مشتری\"\n\"WH/Stock\",\"internal\"\n"
        let dataset = IngestFixtures.load([
            "moves.csv": IngestFixtures.moveHeader + "\n" + IngestFixtures.receipt + "\n", "locations.csv": locations,
        ])
        #expect(dataset.files.first { $0.name == "locations.csv" }?.language == "fa")
        #expect(dataset.locations.map { "\($0.fullName) \($0.usage)" }
            == ["Partners/Vendors supplier", "Partners/Customers customer", "WH/Stock internal"])
        #expect(
            dataset.files.first { $0.name == "locations.csv" }?.rejected.map(\.message)
                == [#"Location Type "مکان مشتری" names both customer and supplier in fa (Odoo labels them alike), and "Dock" is not one of Odoo's default locations that would tell which"#])
    }

    @Test func theResourceHoldsEveryLanguageOfTheTable() {
        let labels = OdooLabels.shared
        #expect(labels.languages.count == 57)
        #expect(labels.languages.first == "en")
        #expect(labels.languages.contains("sr@latin") && labels.languages.contains("es_419"))
        // Every variant of a label across snapshots is kept.
        let french = LanguageSet(labels.languages.firstIndex(of: "fr")!)
        #expect(labels.keys(of: "Fait", in: .transferStatus, languages: french) == ["done"])
        #expect(labels.keys(of: "Terminé", in: .transferStatus, languages: french) == ["done"])
        #expect(
            Set(labels.headers(of: .init(model: "stock.move.line", path: "product_uom_id"), in: french))
                == ["Unité", "Unité de mesure"])
    }

    @Test func everyEnglishLabelOfTheTableNamesItsColumnAsBefore() {
        // The English headers Lotrace knew are a superset of the table's English labels of the
        // same fields: English files are read as they always were.
        let labels = OdooLabels.shared
        let english = LanguageSet(labels.english)
        for role in Role.allCases {
            for spec in RoleColumns.specs(for: role) {
                for model in RoleColumns.models(for: role) {
                    for path in spec.fields {
                        for label in labels.headers(of: .init(model: model, path: path), in: english) {
                            #expect(spec.headers.contains(label), "\(role) \(spec.key): \(label)")
                        }
                    }
                }
            }
        }
    }
}
