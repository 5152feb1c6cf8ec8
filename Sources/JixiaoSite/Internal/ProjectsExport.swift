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
        let parts = parts(content: content, fragments: fragments)
        var output: [UInt8] = []
        output.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { output.append(contentsOf: part) }
        return output
    }

    private static let firstSeparator: [UInt8] = [UInt8(ascii: "\n")]
    private static let separator: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "\n")]

    /// The file as parts: the opening, each element after its separator, the closing fields.
    static func parts(content: SiteContent, fragments: [ProjectFragments]) -> [[UInt8]] {
        var parts: [[UInt8]] = [Array(#"{"projects":["#.utf8)]
        parts.reserveCapacity(fragments.count * 2 + 2)
        for (index, fragment) in fragments.enumerated() {
            parts.append(index == 0 ? firstSeparator : separator)
            parts.append(fragment.json)
        }
        var closing: [UInt8] = fragments.isEmpty ? [] : [UInt8(ascii: "\n")]
        closing.append(UInt8(ascii: "]"))
        let trailer = Trailer(updated: content.latestModification.map(DisplayFormat.chinaTime), version: content.version)
        // `{"updated":…}` → `,"updated":…}`
        let encoded = encode(trailer) ?? Array(#"{"version":"?"}"#.utf8)
        closing.append(UInt8(ascii: ","))
        closing.append(contentsOf: encoded.dropFirst())
        closing.append(UInt8(ascii: "\n"))
        parts.append(closing)
        return parts
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
