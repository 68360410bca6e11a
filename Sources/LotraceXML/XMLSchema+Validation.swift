extension XMLSchema {
    /// Every problem of `bytes` against this schema, in document order: its validity errors,
    /// and the well-formedness (or forbidden-construct) error that stopped the reading, if any.
    /// Empty means valid. The document is read as an input is (UTF-8, no DTD, no entities).
    public func problems(in bytes: [UInt8], documentName: String) -> [XMLError] {
        let reader: XMLStreamReader
        do {
            reader = try XMLStreamReader(bytes: bytes, documentName: documentName, schema: self)
        } catch {
            return [error]
        }
        do {
            while try reader.next() != nil {}
            return reader.validityErrors
        } catch {
            return reader.validityErrors + [error]
        }
    }
}
