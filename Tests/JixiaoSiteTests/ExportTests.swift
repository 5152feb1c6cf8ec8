import Foundation
import JixiaoModel
import JixiaoSite
import Testing

@Suite struct ExportTests {
    let files = SiteRenderer.render(SiteFixtures.content([SiteFixtures.assessment, SiteFixtures.laboratory,
                                                          SiteFixtures.broken, SiteFixtures.hostile]))

    @Test func csvHasBOMHeaderCRLFAndOneRowPerIndicator() throws {
        let bytes = try #require(files["data/indicators.csv"])
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("文件,项目名称,预算单位,预算年度,一级指标,二级指标,三级指标,绩效指标描述,指标值,类型,实际完成值,偏差原因,分值,得分,问题数\r\n"))
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.contains("2022/科技重大专项评估.yaml,2022年度科技重大专项评估,331202 天津市科学技术发展战略研究院,2022,产出指标,数量指标,专家评审会次数,召开专家评审会的次数,≤6,定量,,,,,1\r\n"))
        #expect(text.contains(",不少于100家,定量,120家,,50,50,0\r\n"))
        // 7 + 3 + 1 indicators (the broken file has none) and the header.
        #expect(text.components(separatedBy: "\r\n").count - 1 == 12)
    }

    @Test func csvQuotesPerRFC4180() {
        let hostile = SiteFixtures.payloads.joined(separator: " ")
        let quoted = "\"" + hostile.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let text = files["data/indicators.csv"].map(\.text) ?? ""
        #expect(text.contains("," + quoted + ","))
        #expect(SiteFixtures.quote("a,b") == "\"a,b\"")
        #expect(SiteFixtures.quote("第一行\n第二行") == "\"第一行\n第二行\"")
        #expect(SiteFixtures.quote("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(SiteFixtures.quote("-5") == "-5")
        #expect(SiteFixtures.quote("@x") == "'@x")
        // A combining mark after `,` or `"` makes one Character with it, but a CSV reader cuts at
        // the byte: such a field is still quoted, and its quote still doubled.
        #expect(SiteFixtures.quote("a,\u{301}b") == "\"a,\u{301}b\"")
        #expect(SiteFixtures.quote("x\"\u{301}y") == "\"x\"\"\u{301}y\"")
    }

    @Test func jsonIsValidSortedAndHoldsTheReports() throws {
        let bytes = try #require(files["data/projects.json"])
        let object = try JSONSerialization.jsonObject(with: Data(bytes))
        let root = try #require(object as? [String: Any])
        #expect(root["version"] as? String == "0.1.0")
        #expect(root["updated"] as? String == "2022-12-01 12:30")
        let projects = try #require(root["projects"] as? [[String: Any]])
        #expect(projects.map { $0["path"] as? String } == ["2022/xss.yaml", "2022/海河实验室 联盟.yaml",
                                                          "2022/科技重大专项评估.yaml", "2023/坏文件.yaml"])
        // One summary per project: what the overview shows, with the page to open for the rest.
        let laboratory = try #require(projects.first { $0["path"] as? String == SiteFixtures.laboratory.path })
        #expect(laboratory["name"] as? String == SiteFixtures.laboratory.project?.name?.text)
        #expect(laboratory["page"] as? String == SiteRenderer.projectPagePath(for: SiteFixtures.laboratory))
        #expect(laboratory["warnings"] as? Int == SiteFixtures.laboratory.warningCount)
        #expect(laboratory["errors"] as? Int == SiteFixtures.laboratory.errorCount)
        let quality = try #require(laboratory["quality"] as? [String: Any])
        #expect(quality["score"] as? Double == SiteFixtures.laboratory.quality?.score)
        let budget = try #require(laboratory["budget"] as? [String: Any])
        #expect(budget["total"] as? Double == SiteFixtures.laboratory.project?.budget?.total?.value)
        let broken = try #require(projects.first { $0["path"] as? String == "2023/坏文件.yaml" })
        #expect(broken["name"] == nil && broken["quality"] == nil)
        let text = bytes.text
        let budgetKey = try #require(text.range(of: "\"budget\""))
        let id = try #require(text.range(of: "\"id\""))
        #expect(budgetKey.lowerBound < id.lowerBound, "keys are sorted")
    }
}

extension SiteFixtures {
    /// Quoting as the export does it, seen through a one-row CSV.
    static func quote(_ value: String) -> String {
        let report = ProjectReport(path: "q.yaml", id: "q", project: Project(id: "q", path: "q.yaml", indicators: [
            Indicator(level1: Field(value, at: .start), level2: Field("x", at: .start), location: .start),
        ]), diagnostics: [], quality: nil, selfEvaluation: nil)
        let bytes = SiteRenderer.renderAggregates(SiteContent(reports: [report], version: "0"))["data/indicators.csv"] ?? []
        let rows = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        guard rows.count > 1 else { return "" }
        // Row: path, name, unit, year, level1, ... → the fifth field starts after four commas.
        let row = rows[1]
        let afterPrefix = row.dropFirst("q.yaml,,,,".count)
        guard let end = afterPrefix.range(of: ",x,") else { return "" }
        return String(afterPrefix[..<end.lowerBound])
    }
}
