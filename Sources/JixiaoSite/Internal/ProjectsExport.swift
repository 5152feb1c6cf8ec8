import Foundation
import JixiaoModel

/// `data/projects.json`: every report as the pages show it, with sorted keys so it is byte-stable.
struct ProjectsExport: Encodable {
    let version: String
    /// The latest content modification, `yyyy-MM-dd HH:mm` in UTC+8; nil when unknown.
    let updated: String?
    let projects: [ProjectReport]

    init(content: SiteContent) {
        version = content.version
        updated = content.latestModification.map(DisplayFormat.chinaTime)
        projects = content.sortedReports
    }

    var bytes: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Non-finite numbers cannot appear in JSON; spell them rather than failing the whole export.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity",
                                                                      negativeInfinity: "-Infinity", nan: "NaN")
        guard let data = try? encoder.encode(self) else { return Array("{}\n".utf8) }
        return Array(data) + [UInt8(ascii: "\n")]
    }
}
