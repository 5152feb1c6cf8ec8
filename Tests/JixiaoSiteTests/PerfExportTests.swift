import Foundation
import JixiaoModel
@testable import JixiaoSite
import Testing

/// The fast paths of the site give the bytes of the plain ones: the hand-written JSON encoder those
/// of Foundation's `JSONEncoder`, aggregates from cached fragments those rendered from the reports.
@Suite(.serialized) struct PerfExportTests {
    /// Reports with everything the encoder must get right: real parses, broken files, hostile text,
    /// control characters, and numbers JSON spells specially.
    static func reports() throws -> [ProjectReport] {
        let (root, parsed) = try ParsedContentTests.makeContent()
        defer { try? FileManager.default.removeItem(at: root) }
        var odd = SiteFixtures.assessment
        odd.path = "2022/odd.yaml"
        odd.project?.name = Field("控制\u{0}\u{1}\u{8}\t\n\u{B}\u{C}\r\u{1F}\u{7F} \"引号\" \\ / \u{2028} é", at: SourceLocation(line: 1, column: 1))
        odd.project?.budget?.total = Amount(text: "x", value: 1e21, location: SourceLocation(line: 2, column: 1))
        odd.project?.budget?.fiscal = Amount(text: "y", value: -0.0, location: SourceLocation(line: 3, column: 1))
        odd.quality?.score = 0.1 + 0.2
        var infinite = SiteFixtures.laboratory
        infinite.path = "2022/inf.yaml"
        infinite.project?.budget?.total = Amount(text: "inf", value: .infinity, location: SourceLocation(line: 2, column: 1))
        infinite.selfEvaluation?.score = .nan
        var reports = parsed.reports + SiteFixtures.standard.reports + [SiteFixtures.hostile, odd, infinite]
        if ParsedContentTests.hasPackageContent {
            reports += ParsedContentTests.content(of: ParsedContentTests.packageContent).reports
        }
        return reports
    }

    @Test func compactEncoderWritesFoundationsBytes() throws {
        let reports = try Self.reports()
        #expect(reports.count >= 8)
        for report in reports {
            let fast = ProjectsExport.element(report)
            let foundation = ProjectsExport.foundationElement(report)
            #expect(String(decoding: fast, as: UTF8.self) == String(decoding: foundation, as: UTF8.self), "\(report.path)")
        }
    }

    @Test func aggregatesFromFragmentsEqualAggregatesFromReports() throws {
        let (root, content) = try ParsedContentTests.makeContent()
        defer { try? FileManager.default.removeItem(at: root) }
        let whole = SiteRenderer.renderAggregates(content)
        // Fragments in any order, rendered one report at a time as the builder does.
        let fragments = content.reports.reversed().map { SiteRenderer.renderFragments($0, in: content) }
        var withoutReports = content
        withoutReports.reports = []
        let assembled = SiteRenderer.renderAggregates(withoutReports, fragments: fragments)
        #expect(Set(whole.keys) == Set(assembled.keys))
        for (path, bytes) in whole {
            #expect(assembled[path] == bytes, "\(path)")
        }
    }

    @Test func projectsJSONIsOneProjectPerLineAndDecodesToTheSummaries() throws {
        let content = SiteFixtures.standard
        let files = SiteRenderer.render(content)
        let bytes = try #require(files["data/projects.json"])
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == content.reports.count + 2)
        #expect(lines.first == #"{"projects":["#)
        #expect(lines.last?.hasPrefix(#"],"updated":"#) == true)
        struct Export: Decodable { let projects: [ProjectsExport.Summary]; let version: String }
        let decoded = try JSONDecoder().decode(Export.self, from: Data(bytes))
        #expect(decoded.projects == content.reports.sorted { $0.path < $1.path }.map(ProjectsExport.Summary.init))
    }

    @Test func aggregatePartsConcatenateToTheAggregates() throws {
        let (root, parsed) = try ParsedContentTests.makeContent()
        defer { try? FileManager.default.removeItem(at: root) }
        // A unit holding the marker must not move the cut; an empty site has no table at all.
        var marked = SiteFixtures.assessment
        marked.path = "2022/marked.yaml"
        marked.project?.unit = Field("单位\u{0}jixiao-rows\u{0}", at: SourceLocation(line: 4, column: 1))
        var withMarker = parsed
        withMarker.reports.append(marked)
        for content in [parsed, withMarker, SiteFixtures.content([])] {
            let fragments = content.reports.map { SiteRenderer.renderFragments($0, in: content) }
            let whole = SiteRenderer.renderAggregates(content, fragments: fragments)
            for path in SiteRenderer.aggregatePaths {
                let parts = SiteRenderer.renderAggregateParts(path, content: content, fragments: fragments)
                #expect(Array(parts.joined()) == whole[path], "\(path) of \(content.reports.count) reports")
            }
        }
    }
}
