/// Why a sample set could not be written.
public enum SampleError: Error, CustomStringConvertible {
    /// The file could not be created or opened for writing.
    case cannotOpen(path: String)
    /// Writing to the file failed (disk full, I/O error).
    case cannotWrite(path: String)

    /// A one-line message naming the file.
    public var description: String {
        switch self {
        case .cannotOpen(let path): "cannot create \(path)"
        case .cannotWrite(let path): "cannot write \(path)"
        }
    }
}
