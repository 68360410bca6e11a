/// `serial_delivered_twice`: a delivery of a serial number whose previous delivery was not
/// followed by a customer return (an inventory adjustment is not a return).
struct SerialDeliveredTwiceRule: AuditRule {
    let id = AuditRuleID.serialDeliveredTwice

    func check(_ context: AuditContext, into collector: inout AuditCollector) {
        let dataset = context.dataset
        for lot in dataset.lots where dataset[lot.product].tracking == .serial {
            var outstanding: MoveLine?
            for index in context.graph.lines(of: lot.id) {
                let line = context.line(index)
                switch context.graph.kind(ofLine: index) {
                case .customerReturn:
                    outstanding = nil
                case .delivery:
                    if let previous = outstanding {
                        collector.report(
                            id, line: index, location: context.internalLocation(of: line),
                            detail: "serial \(lot.name) delivered by \(context.when(line))\(context.toContact(line)) although \(context.when(previous))\(context.toContact(previous)) already delivered it and no customer return came back")
                    }
                    outstanding = line
                default:
                    break
                }
            }
        }
    }
}
