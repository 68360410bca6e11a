import Foundation
import Testing

@testable import LotraceCore

@Suite("lotrace.json")
struct ConfigTests {
    private func folder(_ config: String?) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lotrace-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
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
