import Foundation

/// Reads a whole file into bytes with one allocation (no intermediate `Data` copy: a 150 MB
/// export would otherwise be held twice).
enum FileReading {
    static func bytes(atPath path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var offset = 0
            while offset < size {
                let got = read(descriptor, buffer.baseAddress! + offset, size - offset)
                if got <= 0 {
                    failed = got < 0
                    break
                }
                offset += got
            }
            count = offset
        }
        return failed ? nil : bytes
    }
}
