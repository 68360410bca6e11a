/// Lotrace's version: `lotrace --version` prints it, and every page of a site depends on it (a
/// new version renders every page again).
public enum LotraceVersion {
    public static let string = "0.2.0"
}
