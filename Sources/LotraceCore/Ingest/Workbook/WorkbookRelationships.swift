/// The relationships of a workbook part (`xl/_rels/workbook.xml.rels`): each id's type and the
/// archive path of its target.
struct WorkbookRelationships {
    /// One relationship: its type's last path segment (`worksheet`, `sharedStrings`) and target.
    struct Target: Equatable {
        var kind: String
        var path: String
    }

    private(set) var targets: [String: Target] = [:]

    /// Reads the relationships of the part at `partPath`; a part without a relationships part
    /// has none.
    static func read(of partPath: String, in archive: WorkbookArchive) throws(WorkbookError) -> WorkbookRelationships {
        let folder = partPath.split(separator: "/").dropLast().joined(separator: "/")
        let name = partPath.split(separator: "/").last.map(String.init) ?? partPath
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        var relationships = WorkbookRelationships()
        guard archive.contains(relsPath) else { return relationships }
        let part = try WorkbookPartReader(archive, relsPath)
        while let event = try part.next() {
            guard case .startElement(let element) = event, element.localName == "Relationship",
                element.attribute("TargetMode") != "External", let id = element.attribute("Id"),
                let type = element.attribute("Type"), let target = element.attribute("Target")
            else { continue }
            let kind = type.split(separator: "/").last.map(String.init) ?? type
            relationships.targets[id] = Target(kind: kind, path: resolve(target, from: folder))
        }
        return relationships
    }

    /// The first target of a kind (`sharedStrings`, `styles`).
    func first(_ kind: String) -> String? {
        targets.values.filter { $0.kind == kind }.map(\.path).min()
    }

    /// An archive path from a target relative to `folder` (or absolute, from the package root).
    static func resolve(_ target: String, from folder: String) -> String {
        var segments = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(String(segment))
            }
        }
        return segments.joined(separator: "/")
    }
}
