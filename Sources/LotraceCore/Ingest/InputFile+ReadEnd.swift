extension InputFile {
    /// Takes in what reading a table found besides its rows: its sheet and notes and, for a
    /// workbook whose sheet broke part-way, its refusal (returned). A refused file counts no
    /// rows; the run stops on the refusal, so rows it already handed over answer nothing.
    mutating func finishReading(_ end: TableReadEnd) -> FileRefusal? {
        if let sheet = end.sheet { self.sheet = sheet }
        notes += end.notes.filter { !notes.contains($0) }
        guard let refusal = end.refusal else { return nil }
        read = 0
        used = 0
        skipped = 0
        rejected = []
        skipReasons = [:]
        self.refusal = refusal
        return refusal
    }
}
