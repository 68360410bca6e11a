import Foundation

/// The folders Lotrace ships beside its executable: the templates (`templates/`) and the XML
/// schemas (`schemas/`). When an option does not name one, it is looked for, in order:
///
/// 1. in the working directory (`./templates`), as before installs existed;
/// 2. installed: `<prefix>/share/lotrace/<name>` for the executable `<prefix>/bin/lotrace`
///    (`make install`);
/// 3. in the checkout the executable was built in (`.build/<configuration>/lotrace` and up to
///    six folders up).
///
/// A folder counts when it holds its marker file (`layout.mustache`, `lotrace-data.xsd`).
enum ResourceFolder: String {
    case templates
    case schemas

    /// The file that tells the folder apart.
    var marker: String {
        switch self {
        case .templates: "layout.mustache"
        case .schemas: "lotrace-data.xsd"
        }
    }

    /// The folder found, nil when there is none.
    var located: String? {
        if holdsMarker(rawValue) { return rawValue }
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        let bin = executable.deletingLastPathComponent()
        let installed = bin.deletingLastPathComponent().appendingPathComponent("share/lotrace/\(rawValue)").path
        if holdsMarker(installed) { return installed }
        var folder = bin
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent(rawValue).path
            if holdsMarker(candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    private func holdsMarker(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(marker))
    }
}
