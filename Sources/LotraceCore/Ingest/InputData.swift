/// An input file's name and bytes (a data folder's file, or an inline fixture).
public struct InputData: Sendable {
    public var name: String
    public var bytes: [UInt8]
    /// The file the bytes were read from, when they were (a workbook's ZIP directory is listed
    /// from it).
    public var path: String?

    public init(name: String, bytes: [UInt8], path: String? = nil) {
        self.name = name
        self.bytes = bytes
        self.path = path
    }

    /// A file from text (UTF-8).
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }
}
