import ArgumentParser
import LotraceCore

/// `--as-of`: the moment stock and dates are taken at (`lotrace build`, `lotrace expiry`).
struct AsOfOption: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: "YYYY-MM-DD (the end of that day) or \"YYYY-MM-DD HH:MM:SS\" (default: now, in lotrace.json's time zone).")
    var asOf: String?

    func validate() throws {
        if let asOf, AsOfDate.parse(asOf) == nil {
            throw ValidationError("--as-of \"\(asOf)\": expected YYYY-MM-DD or \"YYYY-MM-DD HH:MM:SS\" (an existing date)")
        }
    }

    /// The moment given, else now in `timeZone`.
    func moment(timeZone: String) -> LocalDateTime {
        asOf.flatMap(AsOfDate.parse) ?? AsOfDate.now(timeZone: timeZone)
    }
}
