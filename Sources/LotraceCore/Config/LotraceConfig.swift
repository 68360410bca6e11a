import Foundation

/// Settings that are not in the exports, read from `lotrace.json` in the data folder (the one
/// file there that is not an export): the company printed on documents and the time zone of
/// the exported naive datetimes. Every field is optional; a missing file gives the defaults.
public struct LotraceConfig: Sendable, Equatable, Codable {
    /// The file name inside the data folder.
    public static let fileName = "lotrace.json"

    public var company: Company
    /// IANA time zone of the exporting user (Odoo writes naive local datetimes).
    public var timeZone: String
    /// EPCIS export settings (`epcis` section; see `EPCISSettings`).
    public var epcis = EPCISSettings.defaults
    /// Barcodes printed on delivery slips (`barcodes` section; see `BarcodeSettings`).
    public var barcodes = BarcodeSettings.defaults
    /// What the site holds besides every lot's and slip's pages (`site` section; see `SiteSettings`).
    public var site = SiteSettings.defaults
    /// Odoo unit names mapped to UN/ECE Rec 20 codes, over the built-in table (`unitCodes`).
    public var unitCodes: [String: String] = [:]

    /// The company that ships: header of delivery slips, despatch supplier of UBL documents.
    public struct Company: Sendable, Equatable, Codable {
        public var name: String
        public var street: String?
        public var city: String?
        public var zip: String?
        public var country: String?
        public var email: String?
        public var phone: String?
        public var vat: String?
        /// Global Location Number of the company, when it has one.
        public var gln: String?

        public init(
            name: String, street: String? = nil, city: String? = nil, zip: String? = nil, country: String? = nil,
            email: String? = nil, phone: String? = nil, vat: String? = nil, gln: String? = nil
        ) {
            self.name = name
            self.street = street
            self.city = city
            self.zip = zip
            self.country = country
            self.email = email
            self.phone = phone
            self.vat = vat
            self.gln = gln
        }
    }

    /// The defaults: an unnamed company ("Your Company", as Odoo's demo) in UTC.
    public static let defaults = LotraceConfig(company: Company(name: "Your Company"), timeZone: "UTC")

    public init(company: Company, timeZone: String) {
        self.company = company
        self.timeZone = timeZone
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        company = try container.decodeIfPresent(Company.self, forKey: .company) ?? Self.defaults.company
        timeZone = try container.decodeIfPresent(String.self, forKey: .timeZone) ?? Self.defaults.timeZone
        epcis = try container.decodeIfPresent(EPCISSettings.self, forKey: .epcis) ?? .defaults
        barcodes = try container.decodeIfPresent(BarcodeSettings.self, forKey: .barcodes) ?? .defaults
        site = try container.decodeIfPresent(SiteSettings.self, forKey: .site) ?? .defaults
        unitCodes = try Self.decodeUnitCodes(in: container, forKey: .unitCodes)
        guard TimeZone(identifier: timeZone) != nil else {
            throw DecodingError.dataCorruptedError(
                forKey: .timeZone, in: container, debugDescription: "\"\(timeZone)\" is not an IANA time zone (e.g. Europe/Paris)")
        }
    }

    /// The `unitCodes` object, read key by key in byte order so that the first bad value named
    /// is the same in every run (a dictionary's order is not).
    private static func decodeUnitCodes<Key>(in container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> [String: String] {
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return [:] }
        let codes = try container.nestedContainer(keyedBy: UnitName.self, forKey: key)
        var result: [String: String] = [:]
        for key in codes.allKeys.sorted(by: { ExactText($0.stringValue) < ExactText($1.stringValue) }) {
            result[key.stringValue] = try codes.decode(String.self, forKey: key)
        }
        return result
    }

    /// A unit name, as a key of `unitCodes`.
    private struct UnitName: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Reads `lotrace.json` from `folder`; the defaults when there is none.
    /// - Throws: `ConfigError` naming the file and what is wrong.
    public static func load(folder: String) throws(ConfigError) -> LotraceConfig {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path) else { return defaults }
        return try decode(data, file: path)
    }

    /// The settings `data` (the contents of `file`) holds.
    /// - Throws: `ConfigError` naming `file` and what is wrong.
    static func decode(_ data: Data, file: String) throws(ConfigError) -> LotraceConfig {
        if let offset = Self.firstInvalidUTF8(data) {
            let before = data.prefix(offset)
            let line = before.filter { $0 == UInt8(ascii: "\n") }.count + 1
            let column = offset - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
            throw ConfigError(file: file, message: "line \(line), column \(column): the file is not UTF-8 text (byte \(offset + 1))")
        }
        do {
            return try JSONDecoder().decode(LotraceConfig.self, from: data)
        } catch let error as DecodingError {
            throw ConfigError(file: file, message: Self.describe(error))
        } catch {
            throw ConfigError(file: file, message: "\(error)")
        }
    }

    /// The offset of the first byte that is not UTF-8, nil when every byte is.
    private static func firstInvalidUTF8(_ data: Data) -> Int? {
        var iterator = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context),
            .keyNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return (path.isEmpty ? "" : "\(path): ") + (detail ?? context.debugDescription)
        @unknown default:
            return "\(error)"
        }
    }
}

/// A `lotrace.json` that cannot be used.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var message: String

    public var description: String { "\(file): \(message)" }
}
