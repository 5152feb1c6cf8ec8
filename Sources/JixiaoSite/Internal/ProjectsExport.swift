import Foundation
import JixiaoModel

/// `data/projects.json`: one summary per project (what the overview's table shows, plus its page and
/// its findings by rule), with sorted keys so it is byte-stable. Every indicator cell is in
/// indicators.csv, every finding and score detail in `jixiao check --format json`, the table in
/// the source file: the whole report per project was 11 KB, a 110 MB file at the scale of a province.
///
/// Compact, one project per line: `{"projects":[` newline, the summaries joined by `,` newline, then
/// `],"updated":…,"version":…}`. Each line is encoded on its own, so a changed project re-encodes
/// one line.
enum ProjectsExport {
    /// One project's line. Absent values are left out (a file that could not be read has no name).
    struct Summary: Codable, Equatable, Sendable {
        struct Money: Codable, Equatable, Sendable {
            var total: Double?
            var fiscal: Double?
            var other: Double?
        }

        struct Score: Codable, Equatable, Sendable {
            var score: Double
            var grade: Grade
        }

        var id: String
        /// The source file, relative to the content folder.
        var path: String
        /// The project's page, relative to the site root.
        var page: String
        var name: String?
        var unit: String?
        var year: String?
        /// 预算数, 财政资金, 其他资金 in 万元.
        var budget: Money?
        var indicators: Int
        var errors: Int
        var warnings: Int
        var infos: Int
        /// How many findings each rule made.
        var rules: [String: Int]
        var quality: Score?
        var selfEvaluation: Score?

        init(_ report: ProjectReport) {
            id = report.id
            path = report.path
            page = SitePaths.projectPage(id: report.id, path: report.path)
            let project = report.project
            name = project?.name?.text
            unit = project?.unit?.text
            year = project?.budgetYear?.text
            budget = project?.budget.map { Money(total: $0.total?.value, fiscal: $0.fiscal?.value, other: $0.other?.value) }
            indicators = project?.indicators.count ?? 0
            errors = report.errorCount
            warnings = report.warningCount
            infos = report.diagnostics.count - errors - warnings
            rules = report.diagnostics.reduce(into: [:]) { $0[$1.rule, default: 0] += 1 }
            quality = report.quality.map { Score(score: $0.score, grade: $0.grade) }
            selfEvaluation = report.selfEvaluation.map { Score(score: $0.score, grade: $0.grade) }
        }
    }

    /// The fields after the array; `updated` is the latest content modification, `yyyy-MM-dd HH:mm`
    /// in UTC+8, left out when unknown.
    private struct Trailer: Encodable {
        let updated: String?
        let version: String
    }

    /// What precedes every element in its fragment; the first element drops the comma.
    static let separator: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "\n")]

    /// The opening, then every fragment's `json` (the first without its comma), then the closing.
    static func plan(content: SiteContent, fragments: [ProjectFragments]) -> AggregatePlan {
        var closing: [UInt8] = fragments.isEmpty ? [] : [UInt8(ascii: "\n")]
        closing.append(UInt8(ascii: "]"))
        let trailer = Trailer(updated: content.latestModification.map(DisplayFormat.chinaTime), version: content.version)
        // `{"updated":…}` → `,"updated":…}`
        let encoded = encode(trailer) ?? Array(#"{"version":"?"}"#.utf8)
        closing.append(UInt8(ascii: ","))
        closing.append(contentsOf: encoded.dropFirst())
        closing.append(UInt8(ascii: "\n"))
        return AggregatePlan(head: Array(#"{"projects":["#.utf8), rows: .json, firstRowSkip: fragments.isEmpty ? 0 : 1,
                             tail: closing)
    }

    /// One report's summary as one line of compact JSON (the bytes of `foundationElement`).
    static func element(_ report: ProjectReport) -> [UInt8] {
        var output: [UInt8] = []
        writeElement(report, to: &output)
        return output
    }

    /// Appends `Summary(report)` as `JSONEncoder` spells it with sorted keys, written field by field
    /// without building the summary or going through `Encodable` (a line per project of every build).
    /// Keys in code-point order; absent optionals are left out, as synthesised coding does.
    static func writeElement(_ report: ProjectReport, to output: inout [UInt8]) {
        var counts: [String: Int] = [:]
        for diagnostic in report.diagnostics { counts[diagnostic.rule, default: 0] += 1 }
        writeElement(report, ruleCounts: counts, to: &output)
    }

    /// `writeElement` with the findings per rule already counted (the fragments count them for
    /// the charts too).
    static func writeElement(_ report: ProjectReport, ruleCounts counts: [String: Int], page: String? = nil,
                             to output: inout [UInt8]) {
        let project = report.project
        let severities = SeverityCounts(report.diagnostics)
        var json = JSONObjectWriter(appendingTo: &output)
        if let budget = project?.budget {
            json.object("budget") { money in
                money.number("fiscal", budget.fiscal?.value)
                money.number("other", budget.other?.value)
                money.number("total", budget.total?.value)
            }
        }
        json.number("errors", severities.errors)
        json.string("id", report.id)
        json.number("indicators", project?.indicators.count ?? 0)
        json.number("infos", report.diagnostics.count - severities.errors - severities.warnings)
        json.string("name", project?.name?.text)
        json.string("page", page ?? SitePaths.projectPage(id: report.id, path: report.path))
        json.string("path", report.path)
        if let quality = report.quality { json.score("quality", quality.score, quality.grade) }
        json.object("rules") { rules in
            for (rule, count) in counts.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                rules.number(named: rule, count)
            }
        }
        if let evaluation = report.selfEvaluation { json.score("selfEvaluation", evaluation.score, evaluation.grade) }
        json.string("unit", project?.unit?.text)
        json.number("warnings", severities.warnings)
        json.string("year", project?.budgetYear?.text)
        json.finish(into: &output)
    }

    /// `JSONEncoder`'s bytes for one report's summary, to check `element` against.
    static func foundationElement(_ report: ProjectReport) -> [UInt8] {
        encode(Summary(report)) ?? Array("{}".utf8)
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

/// Writes one JSON object's members in the order given (the caller sorts the keys), with
/// `JSONSpelling`'s spelling of strings and numbers.
private struct JSONObjectWriter {
    private var output: [UInt8] = []
    /// No member written yet in the innermost open object (no comma before the next).
    private var first = true

    /// Opens the object at the end of `buffer`, which the writer holds (so appending never copies
    /// it) until `finish`.
    init(appendingTo buffer: inout [UInt8]) {
        swap(&output, &buffer)
        output.append(UInt8(ascii: "{"))
    }

    /// Closes the object and hands the bytes back to `buffer`.
    mutating func finish(into buffer: inout [UInt8]) {
        output.append(UInt8(ascii: "}"))
        swap(&output, &buffer)
    }

    /// `"name":`, after a comma when needed; the value follows. The names are this file's
    /// literals: plain ASCII that JSON writes as it is.
    private mutating func key(_ name: StaticString) {
        if !first { output.append(UInt8(ascii: ",")) }
        first = false
        output.append(UInt8(ascii: "\""))
        output.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        output.append(UInt8(ascii: "\""))
        output.append(UInt8(ascii: ":"))
    }

    mutating func string(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        JSONSpelling.writeString(value, to: &output)
    }

    mutating func number(_ name: StaticString, _ value: Int) {
        key(name)
        JSONSpelling.writeInteger(value, to: &output)
    }

    /// A member whose name is text (a rule's identifier), spelled as a JSON string.
    mutating func number(named name: String, _ value: Int) {
        if !first { output.append(UInt8(ascii: ",")) }
        first = false
        JSONSpelling.writeString(name, to: &output)
        output.append(UInt8(ascii: ":"))
        JSONSpelling.writeInteger(value, to: &output)
    }

    mutating func number(_ name: StaticString, _ value: Double?) {
        guard let value else { return }
        key(name)
        JSONSpelling.writeNumber(value, to: &output)
    }

    /// A nested object whose members `members` writes.
    mutating func object(_ name: StaticString, _ members: (inout JSONObjectWriter) -> Void) {
        key(name)
        output.append(UInt8(ascii: "{"))
        first = true
        members(&self)
        output.append(UInt8(ascii: "}"))
        first = false
    }

    /// `{"grade":…,"score":…}`
    mutating func score(_ name: StaticString, _ score: Double, _ grade: Grade) {
        object(name) { object in
            object.string("grade", grade.rawValue)
            object.number("score", score)
        }
    }
}
