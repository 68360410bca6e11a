import Foundation

extension FileManager {
    /// True when `path` exists and is a folder (following symbolic links).
    func isFolder(atPath path: String) -> Bool {
        var isFolder: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
