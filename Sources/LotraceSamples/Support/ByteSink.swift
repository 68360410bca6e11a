import Foundation

/// A buffered, append-only byte writer on top of C stdio.
///
/// Rows are assembled straight into one reusable buffer that is flushed in large chunks, so a
/// million-line export costs no per-row `String` allocations.
final class ByteSink {
    private static let flushThreshold = 1 << 18
    private let path: String
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    private var writeFailed = false

    init(path: String) throws {
        guard let file = fopen(path, "wb") else { throw SampleError.cannotOpen(path: path) }
        self.path = path
        self.file = file
        buffer.reserveCapacity(ByteSink.flushThreshold + 4096)
    }

    /// Appends one byte.
    @inline(__always) func byte(_ value: UInt8) {
        buffer.append(value)
    }

    /// Appends bytes.
    func bytes(_ values: [UInt8]) {
        buffer.append(contentsOf: values)
    }

    /// Appends the UTF-8 bytes of `text`, flushing when the buffer is full.
    func text(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        flushIfFull()
    }

    /// Writes the buffer out once it has grown past the threshold (a write error is reported by
    /// `close()`).
    func flushIfFull() {
        if buffer.count >= ByteSink.flushThreshold && !flush() { writeFailed = true }
    }

    /// Appends a non-negative integer in decimal, left-padded with zeros to `width` digits.
    func digits(_ value: Int, width: Int = 1) {
        var divisor = 1
        var count = 1
        while divisor <= value / 10 {
            divisor *= 10
            count += 1
        }
        for _ in count..<max(width, count) { buffer.append(48) }
        var rest = value
        while divisor > 0 {
            buffer.append(48 + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Writes everything buffered and closes the file.
    func close() throws {
        let flushed = flush()
        let closed = fclose(file) == 0
        if !flushed || !closed { throw SampleError.cannotWrite(path: path) }
    }

    private func flush() -> Bool {
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        let complete = written == buffer.count
        buffer.removeAll(keepingCapacity: true)
        return complete && !writeFailed
    }
}
