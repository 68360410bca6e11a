import ArgumentParser
import Foundation
import LotraceCore
import LotraceRender

/// `lotrace slip REF`: the delivery slip of one outgoing transfer as a UBL 2.1 DespatchAdvice.
struct SlipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slip",
        abstract: "Print the delivery slip of an outgoing transfer as a UBL 2.1 DespatchAdvice.",
        discussion: """
            The slip lists the done lines of a done transfer, the planned ones of an open transfer; lots go \
            in cac:ItemInstance/cac:LotIdentification, serials in cbc:SerialID, units as UN/ECE Rec 20 codes \
            (extend them with "unitCodes" in lotrace.json). --profile peppol follows Peppol BIS Despatch \
            Advice 3; what the data lacks for it is printed as notes on standard error.
            """)

    @Argument(help: "The transfer's reference, exactly as exported (\"WH/OUT/00006\").")
    var reference: String

    @OptionGroup var options: DataOptions

    @Option(help: "Output format: xml (UBL 2.1 DespatchAdvice).")
    var format: SlipDocuments.Format = .xml

    @Option(help: "ubl (plain UBL 2.1) or peppol (Peppol BIS Despatch Advice 3).")
    var profile: DespatchAdviceXML.Profile = .ubl

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        let config = try options.config()
        let dataset = try options.load()
        let document = try StandardError.exitOnFailure {
            try SlipDocuments(reference: reference, dataset: dataset, config: config)
                .render(format, profile: profile, today: AsOfDate.now(timeZone: config.timeZone))
        }
        try DocumentOutput.emit(document, to: output)
        try options.finish(dataset)
    }
}

extension DespatchAdviceXML.Profile: ExpressibleByArgument {}
extension SlipDocuments.Format: ExpressibleByArgument {}
