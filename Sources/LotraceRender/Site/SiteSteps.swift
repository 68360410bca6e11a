/// The steps of `lotrace build`, in order.
///
/// To add a page (or any file) to the site:
/// 1. write a step type in `Site/Steps/<Name>Step.swift` conforming to `SiteStep`: a `title`
///    ("Render expiry alerts"), the `templates` it needs (linted before the build starts), an
///    optional `section` (a navigation link on every page and the index), and `run(in:)`, which
///    builds view models from `context` (dataset, graph, as-of stock, slips, links) and writes
///    them with `context.render(_:template:to:)` or `context.output.write`;
/// 2. add its template(s) to `templates/` (use `{{<layout}}` and `{{#frame}}` like the others);
/// 3. add one line below, before `IndexStep()` (the index shows the highlights of every step
///    that ran before it).
public enum SiteSteps {
    /// Every step of a full build.
    public static let all: [any SiteStep] = [
        CopyAssetsStep(),
        LotsDashboardStep(),
        LotPagesStep(),
        DeliverySlipsStep(),
        DespatchAdvicesStep(),
        ExpiryStep(),
        FEFOStep(),
        AuditStep(),
        RecallPagesStep(),
        SearchIndexStep(),
        IndexStep(),
    ]
}
