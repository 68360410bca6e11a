import LotraceXML
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite("Attack documents")
struct XMLAttackTests {
    /// A line of /etc/passwd that must never show up anywhere.
    static let secret = "root:"

    @Test(
        "attack documents are refused and leak nothing",
        arguments: [
            ("attacks/xxe-general-entity.xml", XMLError.Kind.forbidden),
            ("attacks/xxe-parameter-entity.xml", .forbidden),
            ("attacks/external-dtd.xml", .forbidden),
            ("attacks/entity-in-attribute.xml", .notWellFormed),
            ("attacks/xinclude.xml", .forbidden),
            ("attacks/billion-laughs.xml", .notWellFormed),
            ("attacks/network-dtd.xml", .forbidden),
            ("attacks/entity-without-doctype.xml", .notWellFormed),
        ])
    func refused(fixture: String, kind: XMLError.Kind) throws {
        let clock = ContinuousClock()
        let start = clock.now
        let result = Fixture.events(try Fixture.bytes(fixture))
        #expect(clock.now - start < .seconds(1))
        let error = try #require(result.error)
        #expect(error.kind == kind)
        #expect(!error.message.contains(Self.secret))
        for event in result.events {
            switch event {
            case .text(let text):
                #expect(!text.contains(Self.secret))
            case .startElement(let element):
                #expect(element.attributes.allSatisfy { !$0.value.contains(Self.secret) })
            case .endElement:
                break
            }
        }
    }

    @Test("a DOCTYPE is refused with its position")
    func doctypeMessage() throws {
        let error = try #require(Fixture.events(try Fixture.bytes("attacks/external-dtd.xml")).error)
        #expect(error.description == "2:1: a DOCTYPE declaration is not allowed in an input document")
    }

    @Test("an XInclude element is refused where it starts")
    func xincludeMessage() throws {
        let error = try #require(Fixture.events(try Fixture.bytes("attacks/xinclude.xml")).error)
        #expect(error.description == "3:3: XInclude (<include>) is not allowed in an input document")
    }

    @Test("a DTD on the network is not fetched")
    func noNetworkAccess() throws {
        let listener = try LocalListener()
        for document in [
            "<!DOCTYPE r SYSTEM \"http://127.0.0.1:\(listener.port)/evil.dtd\"><r/>",
            "<!DOCTYPE r [<!ENTITY e SYSTEM \"http://127.0.0.1:\(listener.port)/e\">]><r>&e;</r>",
        ] {
            let error = try #require(Fixture.events(Array(document.utf8)).error)
            #expect(error.kind == .forbidden)
        }
        #expect(!listener.hasPendingConnection())
    }
}

/// A TCP socket listening on 127.0.0.1 at a free port, to prove nobody connects to it.
private final class LocalListener {
    let descriptor: Int32
    let port: UInt16

    struct Failure: Error {}

    init() throws {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && listen(descriptor, 4) == 0
                    && getsockname(descriptor, pointer, &length) == 0
            }
        }
        guard descriptor >= 0, bound else { throw Failure() }
        self.descriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
        _ = fcntl(descriptor, F_SETFL, O_NONBLOCK)
    }

    deinit {
        close(descriptor)
    }

    /// Whether a client connected (accepting it, if so).
    func hasPendingConnection() -> Bool {
        let client = accept(descriptor, nil, nil)
        if client >= 0 { close(client) }
        return client >= 0
    }
}
