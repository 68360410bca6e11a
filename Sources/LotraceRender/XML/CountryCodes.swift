import Foundation

/// ISO 3166-1 alpha-2 codes of country names as Odoo exports them ("United Kingdom" -> GB),
/// from the English region names Foundation knows; a value that already is a code is kept.
enum CountryCodes {
    private static let byName: [String: String] = {
        let english = Locale(identifier: "en_US")
        var table: [String: String] = [:]
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isUppercase }),
                let name = english.localizedString(forRegionCode: code)
            else { continue }
            table[name] = code
        }
        return table
    }()

    /// The alpha-2 code of `country` (a name or a code); nil when unknown.
    static func alpha2(_ country: String) -> String? {
        if country.count == 2, country.allSatisfy({ $0.isASCII && $0.isUppercase }) { return country }
        return byName[country]
    }
}
