/// The physical lines of an input, for checking that a reported position lies inside it: lines
/// end at a line feed (a carriage return before it belongs to the line), and a line may be
/// followed by one more, empty (the position just after a final line feed).
struct InputLines {
    /// The byte length of each line, without its line feed.
    let lengths: [Int]

    init(_ bytes: some Collection<UInt8>) {
        var lengths: [Int] = []
        var length = 0
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                lengths.append(length)
                length = 0
            } else {
                length += 1
            }
        }
        lengths.append(length)
        self.lengths = lengths
    }

    /// True when `line` (1-based, 0 for the whole input) is a line of the input, or the one
    /// just past its end.
    func contains(line: Int) -> Bool { line >= 0 && line <= lengths.count + 1 }

    /// True when `column` (1-based character or byte column, 0 for unknown) lies on `line` or
    /// just past its end; a character is at least one byte.
    func contains(line: Int, byteColumn column: Int) -> Bool {
        guard contains(line: line), column >= 0 else { return false }
        guard line >= 1, line <= lengths.count else { return column <= 1 }
        return column <= lengths[line - 1] + 1
    }
}
