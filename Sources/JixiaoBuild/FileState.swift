import Foundation
import JixiaoModel
import JixiaoSite

/// What a `SiteBuilder` keeps of one content file between batches: enough to tell whether it
/// changed, to run the cross-file rules, to count its findings and to assemble the aggregates.
/// Not its bytes, parse or report: those are remade from the file when it changes.
struct FileState: Sendable {
    var hash: UInt64
    var modified: Date
    /// What the cross-file rules read of it (`RuleCatalogue.crossFileView`); nil when it could not be read.
    var crossFileView: Project?
    /// `RuleCatalogue.crossFileInputs` of the file.
    var crossFileInputs: String?
    /// What the report and fragments were made from: source hash, cross-file findings, configuration.
    var reportKey: String
    /// Its page (output path).
    var page: String
    var errorCount: Int
    var warningCount: Int
    /// Its parts of the aggregates, without their row bytes (`ProjectFragments.withoutRows`)…
    var fragments: ProjectFragments
    /// …which are in the builder's `FragmentStore`, in `ProjectFragments.Rows.allCases` order.
    var slices: [FragmentStore.Slice] = []
}
