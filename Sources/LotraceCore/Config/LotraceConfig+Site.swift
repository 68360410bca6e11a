/// The `site` section of `lotrace.json`: what `lotrace build` puts in the site besides the pages
/// of every lot and slip. Every field is optional.
///
///     "site": { "dayPrints": 31 }
public struct SiteSettings: Sendable, Equatable, Codable {
    /// How many calendar days of shipping get a print of the day's slips in the site, counted
    /// back from the last day with slips (that day included); 0: none. Any day prints on demand
    /// with `lotrace slips --date`.
    public var dayPrints: Int

    /// Day prints for the last 92 days (a quarter) of shipping: about 2 GB of a year's site of a
    /// million move lines is day prints when every day has one (README.md, "A day's slips in one print").
    public static let defaults = SiteSettings(dayPrints: 92)

    public init(dayPrints: Int) {
        self.dayPrints = dayPrints
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        dayPrints = try container.decodeIfPresent(Int.self, forKey: .dayPrints) ?? Self.defaults.dayPrints
        guard dayPrints >= 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .dayPrints, in: container,
                debugDescription: "\(dayPrints) is not a number of days (0 or more; 0 prints no day in the site)")
        }
    }
}
