import Foundation
import JixiaoModel
import Yams

/// The optional `jixiao.yaml` at the content root: site settings and score weights.
public struct JixiaoConfiguration: Sendable {
    public init() {}

    /// Reads `jixiao.yaml` from the content root; a missing file gives the defaults.
    public static func load(from tree: ContentTree) throws -> JixiaoConfiguration {
        let url = tree.root.appendingPathComponent(ContentTree.configurationFileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return JixiaoConfiguration() }
        return JixiaoConfiguration()
    }
}
