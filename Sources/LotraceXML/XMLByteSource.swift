/// Where a streamed document's bytes come from when it is not held in memory (a part of a ZIP
/// archive inflated as the parser asks for it): `XMLStreamReader(source:documentName:)` pulls
/// them in chunks, so the document is never held whole.
public protocol XMLByteSource: AnyObject {
    /// Fills the start of `buffer` with the next bytes and returns how many it wrote: 0 at the
    /// end of the document, nil when the source failed (the reader then stops with an error,
    /// and the source knows why).
    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int?
}
