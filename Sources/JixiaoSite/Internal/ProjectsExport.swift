import Foundation
import JixiaoModel

/// `data/projects.json`: every report as the pages show it, with sorted keys so it is byte-stable.
///
/// Compact, one report per line: `{"projects":[` newline, the reports joined by `,` newline, then
/// `],"updated":…,"version":…}`. Each line is one report encoded on its own, so a changed project
/// re-encodes one line (the pretty-printed form was 2.5× larger and could only be encoded whole).
enum ProjectsExport {
    /// The fields after the array; `updated` is the latest content modification, `yyyy-MM-dd HH:mm`
    /// in UTC+8, left out when unknown.
    private struct Trailer: Encodable {
        let updated: String?
        let version: String
    }

    static func bytes(content: SiteContent, fragments: [ProjectFragments]) -> [UInt8] {
        var output = Array(#"{"projects":["#.utf8)
        output.reserveCapacity(fragments.reduce(64) { $0 + $1.json.count + 2 })
        for (index, fragment) in fragments.enumerated() {
            output.append(contentsOf: index == 0 ? [UInt8(ascii: "\n")] : [UInt8(ascii: ","), UInt8(ascii: "\n")])
            output.append(contentsOf: fragment.json)
        }
        if !fragments.isEmpty { output.append(UInt8(ascii: "\n")) }
        output.append(UInt8(ascii: "]"))
        let trailer = Trailer(updated: content.latestModification.map(DisplayFormat.chinaTime), version: content.version)
        // `{"updated":…}` → `,"updated":…}`
        let encoded = encode(trailer) ?? Array(#"{"version":"?"}"#.utf8)
        output.append(UInt8(ascii: ","))
        output.append(contentsOf: encoded.dropFirst())
        output.append(UInt8(ascii: "\n"))
        return output
    }

    /// One report as one line of compact JSON (`CompactJSONEncoder`: the same bytes as `encode`, faster).
    static func element(_ report: ProjectReport) -> [UInt8] {
        (try? CompactJSONEncoder.encode(report)) ?? encode(report) ?? Array("{}".utf8)
    }

    /// `JSONEncoder`'s bytes for one report, to check `element` against.
    static func foundationElement(_ report: ProjectReport) -> [UInt8] {
        encode(report) ?? Array("{}".utf8)
    }

    private static func encode(_ value: some Encodable) -> [UInt8]? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Non-finite numbers cannot appear in JSON; spell them rather than failing the whole export.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity",
                                                                      negativeInfinity: "-Infinity", nan: "NaN")
        return (try? encoder.encode(value)).map(Array.init)
    }
}
