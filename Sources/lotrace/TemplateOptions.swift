import ArgumentParser

/// `--templates`: the folder of the Mustache templates, stylesheet and scripts (`build`,
/// `expiry`, `recall`, `slips`).
struct TemplateOptions: ParsableArguments {
    @Option(
        help: """
            Folder of the Mustache templates, stylesheet and scripts (default: ./templates, else \
            <prefix>/share/lotrace/templates of the installed executable, else its checkout's).
            """)
    var templates: String?

    /// `--templates`, else the folder `ResourceFolder` finds, else `templates` (which the
    /// template library then reports missing).
    var directory: String { templates ?? ResourceFolder.templates.located ?? ResourceFolder.templates.rawValue }
}
