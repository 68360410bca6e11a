import Foundation
import Testing

/// `lotrace check` reports the language of each file's header.
@Suite("lotrace check: header languages")
struct CheckLanguageTests {
    static let french = #""Date","Référence","Produit","Lot/numéro de série","De","Vers","Quantité","Unité de mesure","Statut""# + "\n"
        + #""2025-01-02 08:00:00","WH/IN/00001","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","10","kg","done""# + "\n"
        + #""2025-01-03 09:00:00","WH/OUT/00001","[FL-1] Flour","L1","WH/Stock","Partners/Customers","4","kg","Annulé""# + "\n"
    static let technical = "name,code\nReceipts,incoming\n"

    @Test func checkNamesEachFilesLanguageInTextAndJSON() throws {
        let folder = try CLIRunner.folder(["moves.csv": Self.french, "types.csv": Self.technical, "english.csv": CLITests.moves])
        let text = try CLIRunner.run(["check", "--data", folder.path])
        #expect(text.status == 0)
        #expect(text.stdout.contains("\nHeader languages (other than English):\n  moves.csv: fr\n\n"))
        #expect(text.stdout.contains("moves.csv: Annulé 1"))
        let json = try CLIRunner.run(["check", "--data", folder.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [String: [String: Any]])
        #expect(files["moves.csv"]?["language"] as? String == "fr")
        #expect(files["english.csv"]?["language"] as? String == "en")
        #expect(files["types.csv"]?["language"] is NSNull)
        #expect(files["moves.csv"]?["used"] as? Int == 1 && files["moves.csv"]?["skipped"] as? Int == 1)
    }

    @Test func aMixedHeaderIsRefusedNamingBothLanguages() throws {
        let mixed = Self.french.replacingOccurrences(of: "\"Quantité\"", with: "\"Quantity\"")
        let folder = try CLIRunner.folder(["moves.csv": mixed])
        let result = try CLIRunner.run(["check", "--data", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains(
            #"moves.csv:1:0: unplaced_file: the header mixes two languages: fr ("Référence", "Produit", "Lot/numéro de série", "De", "Vers", "Unité de mesure", "Statut") and en ("Quantity")"#))
    }
}
