internal import CLibXML2
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Process-wide libxml2 state, set up once: the parser is initialised, generic error output is
/// silenced, and an external entity loader is installed that only lets through plain file loads
/// under directories that hold compiled schemas (so an XSD's relative `xs:include`/`xs:import`
/// keeps working while a document can never pull in `/etc/passwd` or anything from the network).
enum LibXML {
    /// What the entity loader reads: libxml2's own loader and the directories it may load from.
    private struct LoaderState {
        var defaultLoader: xmlExternalEntityLoader?
        var allowedDirectories: [String] = []
    }

    private static let loaderState = Mutex(LoaderState())

    /// Runs the one-time setup; evaluated lazily and thread-safely by Swift.
    private static let initialised: Void = {
        xmlInitParser()
        clibxml2_silence_generic_errors()
        let saved = xmlGetExternalEntityLoader()
        loaderState.withLock { $0.defaultLoader = saved }
        xmlSetExternalEntityLoader { url, id, context in
            LibXML.load(url: url, id: id, context: context)
        }
    }()

    /// Makes sure the process-wide setup ran, and silences generic errors on the calling thread
    /// (libxml2 keeps that handler per thread).
    static func prepare() {
        _ = initialised
        clibxml2_silence_generic_errors()
    }

    /// Lets the entity loader read files under `directory` (resolved to its real path).
    /// Returns the resolved directory, or nil when it does not exist.
    @discardableResult
    static func allowLoads(under directory: String) -> String? {
        prepare()
        guard let resolved = realPath(directory) else { return nil }
        let prefix = resolved.hasSuffix("/") ? resolved : resolved + "/"
        loaderState.withLock { state in
            if !state.allowedDirectories.contains(prefix) {
                state.allowedDirectories.append(prefix)
            }
        }
        return resolved
    }

    /// The loader: refuses every URL that is not a file under an allowed directory, and hands
    /// the resolved real path (not the URL) to libxml2's default loader, so what is read is what
    /// was checked.
    private static func load(
        url: UnsafePointer<CChar>?, id: UnsafePointer<CChar>?, context: xmlParserCtxtPtr?
    ) -> xmlParserInputPtr? {
        guard let url else { return nil }
        let text = String(cString: url)
        guard let path = localPath(of: text) else { return nil }
        let (allowed, loader) = loaderState.withLock { state in
            (state.allowedDirectories.contains { path.hasPrefix($0) }, state.defaultLoader)
        }
        guard allowed, let loader else { return nil }
        return path.withCString { loader($0, id, context) }
    }

    /// The real path of a `file://` URL or plain path, or nil for any other scheme or a file
    /// that does not exist.
    private static func localPath(of url: String) -> String? {
        var candidate = url
        if candidate.hasPrefix("file://") {
            candidate.removeFirst("file://".count)
            if candidate.hasPrefix("localhost/") { candidate.removeFirst("localhost".count) }
        } else if candidate.contains("://") {
            return nil
        }
        if let resolved = realPath(candidate) { return resolved }
        guard candidate.contains("%"), let unescaped = unescapeURI(candidate) else { return nil }
        return realPath(unescaped)
    }

    private static func unescapeURI(_ text: String) -> String? {
        guard let raw = xmlURIUnescapeString(text, 0, nil) else { return nil }
        defer { clibxml2_free(raw) }
        return String(cString: raw)
    }

    private static func realPath(_ path: String) -> String? {
        guard let raw = realpath(path, nil) else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }
}
