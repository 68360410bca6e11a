/// An input file's name and bytes (a data folder's file, or an inline fixture).
public struct InputData: Sendable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// A file from text (UTF-8).
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }
}
