/// What a whole site is made from: the digest of Lotrace's version, the data folder's files and
/// the templates, and the moment its pages describe (`SiteContext.dataMoment`, in seconds). When a
/// build's inputs equal the previous build's, a page can only have changed through what depends
/// on the as-of moment beyond that (a lot date reached...): its moment key
/// (`FolderWriter.reuse(_:momentKey:)`) says whether it did, without building the page.
public struct SiteInputs: Sendable, Equatable {
    public var digest: ContentDigest
    public var moment: Int64

    public init(digest: ContentDigest, moment: Int64) {
        self.digest = digest
        self.moment = moment
    }
}
