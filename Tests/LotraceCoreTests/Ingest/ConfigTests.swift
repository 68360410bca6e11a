import Foundation
import LotraceTestSupport
import Testing

@testable import LotraceCore

@Suite("lotrace.json")
struct ConfigTests {
    private func folder(_ config: String?) throws -> String {
        let url = try ScratchFolder.make("config")
        if let config { try Data(config.utf8).write(to: url.appendingPathComponent("lotrace.json")) }
        return url.path
    }

    @Test func defaultsWithoutAFile() throws {
        #expect(try LotraceConfig.load(folder: folder(nil)) == .defaults)
    }

    @Test func partialFileKeepsDefaults() throws {
        let config = try LotraceConfig.load(folder: folder(#"{"company": {"name": "Hartwell Bakery Ltd", "city": "Millbrook"}}"#))
        #expect(config.company.name == "Hartwell Bakery Ltd")
        #expect(config.company.city == "Millbrook")
        #expect(config.timeZone == "UTC")
    }

    @Test func errorsNameTheFileAndTheField() throws {
        let path = try folder(#"{"timeZone": "Mars/Olympus"}"#)
        #expect(throws: ConfigError.self) { try LotraceConfig.load(folder: path) }
        do {
            _ = try LotraceConfig.load(folder: path)
        } catch {
            #expect(error.description == "\(path)/lotrace.json: timeZone: \"Mars/Olympus\" is not an IANA time zone (e.g. Europe/Paris)")
        }
    }

    /// Found by fuzzing (`config`): a file with bytes that are not UTF-8 and two bad unit codes
    /// was refused with one message or another from run to run (a dictionary's order). It is now
    /// refused for its first bad byte, and bad unit codes are named in byte order.
    @Test func theSameBadFileGetsTheSameMessageEveryTime() throws {
        let crash = try #require(Data(base64Encoded:
            "eyJ0aW1lWm9uZSI6IkV1cm9wZS9QYXJpcyIsInVuaXRDb2RlcyI6eyJnIjogIkhhbitlIiwKICAiYml0eSI6ICJGRkZNZTtlZWVlZWVlZWVlZWVlZWVlZU1lZY1lZWVlZWVlSGFuK2UiLAogICJjaXR5cGFueSI6IHsgICJuYW1lIjoikyIgIH19fQ=="))
        let messages = (0..<20).map { _ in Result { try LotraceConfig.decode(crash, file: "lotrace.json") } }
            .map { result -> String in
                guard case .failure(let error) = result else { return "read" }
                return "\(error)"
            }
        #expect(Set(messages) == ["lotrace.json: line 2, column 38: the file is not UTF-8 text (byte 92)"])
        let twoBad = Data(#"{"unitCodes": {"kg": "KGM", "z": 1, "b": [], "m": {}}}"#.utf8)
        let named = (0..<20).map { _ in Result { try LotraceConfig.decode(twoBad, file: "lotrace.json") } }
            .map { result -> String in
                guard case .failure(let error) = result else { return "read" }
                return "\(error)"
            }
        #expect(Set(named) == ["lotrace.json: unitCodes.b: Expected to decode String but found an array instead."])
    }

    @Test func barcodeSymbology() throws {
        let defaults = try LotraceConfig.load(folder: folder("{}")).barcodes
        #expect(defaults.symbology == .gs1_128 && defaults.digitalLinkDomain == "https://id.gs1.org")
        let matrix = try LotraceConfig.load(folder: folder(#"{"barcodes": {"symbology": "datamatrix"}}"#))
        #expect(matrix.barcodes.symbology == .dataMatrix)
        let qr = try LotraceConfig.load(folder: folder(#"{"barcodes": {"symbology": "qr", "digitalLinkDomain": "https://id.example.com/dl/"}}"#))
        #expect(qr.barcodes == BarcodeSettings(symbology: .qr, digitalLinkDomain: "https://id.example.com/dl"))
        let path = try folder(#"{"barcodes": {"symbology": "aztec"}}"#)
        #expect {
            try LotraceConfig.load(folder: path)
        } throws: { error in
            "\(error)" == "\(path)/lotrace.json: barcodes.symbology: \"aztec\" is not a barcode symbology (gs1-128, datamatrix or qr)"
        }
    }

    @Test func dayPrintsOfTheSite() throws {
        #expect(try LotraceConfig.load(folder: folder("{}")).site.dayPrints == 92)
        #expect(try LotraceConfig.load(folder: folder(#"{"site": {"dayPrints": 0}}"#)).site.dayPrints == 0)
        let path = try folder(#"{"site": {"dayPrints": -1}}"#)
        #expect {
            try LotraceConfig.load(folder: path)
        } throws: { error in
            "\(error)" == "\(path)/lotrace.json: site.dayPrints: -1 is not a number of days (0 or more; 0 prints no day in the site)"
        }
    }

    @Test(arguments: ["id.example.com", "ftp://id.example.com", "https://", "https:///x", "https://id.example.com?x=1", "https://id example.com"])
    func digitalLinkDomainsMustBeHTTPURIs(domain: String) throws {
        let path = try folder(#"{"barcodes": {"digitalLinkDomain": "\#(domain)"}}"#)
        #expect {
            try LotraceConfig.load(folder: path)
        } throws: { error in
            "\(error)" == "\(path)/lotrace.json: barcodes.digitalLinkDomain: \"\(domain)\" is not an http or https URI without query or fragment (e.g. https://id.example.com)"
        }
    }

    @Test func theConfigFileIsNotAnExport() throws {
        let path = try folder(#"{"timeZone": "Europe/London"}"#)
        try Data((IngestFixtures.moveHeader + "\n" + IngestFixtures.receipt + "\n").utf8)
            .write(to: URL(fileURLWithPath: path).appendingPathComponent("moves.csv"))
        let dataset = DatasetLoader().load(folder: path)
        #expect(dataset.refusals.isEmpty)
        #expect(dataset.files.map(\.name) == ["moves.csv"])
    }
}
