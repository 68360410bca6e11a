import LotraceDiagnostics
import Mustache

/// A template folder that cannot be used, said the way compilers do:
/// `templates/lot.mustache:12:5: section "rows" closed by "row"`.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file ("templates/lot.mustache") or folder concerned; line 0 for the whole file.
    public var position: SourcePosition
    public var message: String

    /// An error at a position of `file`.
    public init(file: String, line: Int = 0, column: Int = 0, message: String) {
        self.position = SourcePosition(file: file, line: line, column: column)
        self.message = message
    }

    public var description: String { "\(position): \(message)" }

    /// Words for swift-mustache's parse errors (it prints them as raw enum cases).
    static func message(for error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "section closed with a name that does not match its opening tag"
        case .unfinishedName: return "tag not closed (expected \"}}\")"
        case .expectedSectionEnd: return "section not closed before the end of the file (expected {{/name}})"
        case .invalidSetDelimiter: return "malformed set-delimiter tag (expected {{=<% %>=}})"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inheritance section"
        case .illegalTokenInsideInheritSection: return "only {{$block}} overrides may appear inside {{<parent}}"
        case .textInsideInheritSection: return "text inside {{<parent}} outside any {{$block}}"
        case .invalidConfigVariableSyntax: return "malformed {{% NAME: value }} tag"
        case .unrecognisedConfigVariable: return "unknown {{% NAME: value }} setting"
        }
    }
}
