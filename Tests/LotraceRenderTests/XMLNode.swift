import LotraceXML
import Testing

/// An element parsed back from a document by the project's `XMLStreamReader`: name,
/// attributes, text, children.
struct XMLNode {
    var name: String
    var namespaceURI: String?
    var attributes: [String: String]
    var text = ""
    var children: [XMLNode] = []

    /// The document's root; throws the error that stopped the reading.
    static func parse(_ bytes: [UInt8]) throws -> XMLNode {
        let reader = try XMLStreamReader(bytes: bytes, documentName: "parsed.xml")
        var stack: [XMLNode] = []
        var root: XMLNode?
        while let event = try reader.next() {
            switch event {
            case .startElement(let element):
                let attributes = Dictionary(uniqueKeysWithValues: element.attributes.map { ($0.localName, $0.value) })
                stack.append(XMLNode(name: element.localName, namespaceURI: element.namespaceURI, attributes: attributes))
            case .text(let text):
                if !stack.isEmpty { stack[stack.count - 1].text += text }
            case .endElement:
                let node = stack.removeLast()
                if stack.isEmpty { root = node } else { stack[stack.count - 1].children.append(node) }
            }
        }
        return try #require(root)
    }

    /// The children named `name`.
    func all(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

    /// The first child named `name`.
    func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }

    /// The text of the first child named `name` ("" when there is none).
    subscript(_ name: String) -> String { child(name)?.text ?? "" }

    /// Every element below this one, depth first, named `name`.
    func descendants(_ name: String) -> [XMLNode] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
    }
}
