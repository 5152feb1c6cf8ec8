import Foundation
import JixiaoModel
import JixiaoSite
import Testing

@Suite struct AggregatePagesTests {
    let files = SiteRenderer.render(SiteFixtures.standard)

    func file(_ path: String) throws -> String { try #require(files[path]).text }

    @Test func renderIsAggregatesPlusOnePagePerFile() {
        let content = SiteFixtures.standard
        let aggregates = SiteRenderer.renderAggregates(content)
        #expect(Set(aggregates.keys) == Set(SiteRenderer.aggregatePaths))
        let pages = Set(content.reports.map(SiteRenderer.projectPagePath))
        #expect(Set(files.keys) == Set(aggregates.keys).union(pages))
        #expect(pages.contains("projects/2023/坏文件.html"))
    }

    @Test func overviewHeadlineFigures() throws {
        let html = try file("index.html")
        let cards = try #require(HTMLText.slice(html, from: "<section class=\"cards\"", to: "</section>"))
        #expect(cards.contains("<div class=\"card-label\">项目</div><div class=\"card-value\">3<small>个</small>"))
        #expect(cards.contains("其中 1 个文件无法读取"))
        #expect(cards.contains("135.00<small>万元</small>"))
        #expect(cards.contains("财政资金占 85.2%"))   // (15 + 100) / (15 + 120)
        #expect(cards.contains("10<small>个</small>"))
        #expect(cards.contains("定量与时限指标占 80.0%"))  // 6 of 7 + 2 of 3
        #expect(cards.contains("2<small>个错误</small>"))
        #expect(cards.contains("另有 2 个警告"))
        #expect(cards.contains("91.0<small>（优）</small>"))  // (86 + 96) / 2
        #expect(html.contains("数据更新于 2022-12-01 11:30（北京时间） · Jixiao 0.1.0"))
    }

    @Test func overviewChartsAreInlineSVGWithTooltips() throws {
        let html = try file("index.html")
        #expect(HTMLText.count("<svg ", in: html) == 4)
        for caption in ["各项目预算（万元）", "各项目目标质量分", "各类指标数量", "各规则发现的问题"] {
            #expect(html.contains("<figcaption>\(caption)</figcaption>"))
        }
        #expect(html.contains("<title>海河实验室联盟：预算 120.00 万元</title>"))
        #expect(html.contains("<title>2022年度科技重大专项评估：目标质量 86.0 分（良）</title>"))
        #expect(html.contains("<title>产出指标 › 数量指标：3 个指标</title>"))
        #expect(html.contains("<title>指标值缺少计量单位（missing_unit）：1 处</title>"))
        // Long names are shortened on the axis but whole in the tooltip.
        #expect(html.contains(">2022年度科技重大专…</text>"))
    }

    @Test func projectTableRowsCarryWhatTheFiltersNeed() throws {
        let html = try file("index.html")
        #expect(html.contains("<tr data-unit=\"331203 天津市科技评估中心\" data-year=\"2022\" data-grade=\"优\" data-errors=\"no\""))
        #expect(html.contains("data-grade=\"无\" data-errors=\"yes\""))
        #expect(html.contains("href=\"projects/2022/%E6%B5%B7%E6%B2%B3%E5%AE%9E%E9%AA%8C%E5%AE%A4%20%E8%81%94%E7%9B%9F.html\""))
        #expect(html.contains("<option value=\"331202 天津市科学技术发展战略研究院\">"))
        #expect(html.contains("data-sort=\"number\" aria-sort=\"none\" class=\"num\"><button type=\"button\">预算数（万元）</button>"))
        #expect(html.contains("<span class=\"badge badge-broken\">无法读取</span>"))
    }

    @Test func findingsPageListsEveryFindingWithLinks() throws {
        let html = try file("findings.html")
        #expect(HTMLText.count("<tr data-rule=", in: html) == 4)
        #expect(html.contains("<tr data-rule=\"yaml_syntax\" data-severity=\"error\""))
        #expect(html.contains("href=\"projects/2023/%E5%9D%8F%E6%96%87%E4%BB%B6.html\""))
        #expect(html.contains("href=\"rules.html#missing_unit\">指标值缺少计量单位</a>"))
        #expect(html.contains("<option value=\"vague_value\">指标值含糊无法计量</option>"))
        #expect(html.contains("<option value=\"warning\">警告</option>"))
    }

    @Test func findingLocationsLinkToTheRowOnTheProjectPage() throws {
        let html = try file("findings.html")
        let page = "projects/2022/%E7%A7%91%E6%8A%80%E9%87%8D%E5%A4%A7%E4%B8%93%E9%A1%B9%E8%AF%84%E4%BC%B0.html"
        #expect(html.contains("href=\"\(page)#row-26\"><code>2022/科技重大专项评估.yaml:30</code>"))
        #expect(html.contains("href=\"\(page)#findings\"><code>2022/科技重大专项评估.yaml:6</code>"))
        let project = try file("projects/2022/科技重大专项评估.html")
        #expect(project.contains("<tr class=\"indicator has-finding row-warning\" id=\"row-26\""))
        #expect(project.contains("<section class=\"findings-top print-optional\" id=\"findings\">"))
    }

    @Test func projectChartsShowTheFirstTwentyAndSaySo() {
        let many = (1...25).map { number -> ProjectReport in
            let project = Project(id: "p\(number)", path: "p\(number).yaml", name: Field("项目\(number)", at: .start),
                                  budget: Budget(total: Amount(text: "\(number)", value: Double(number), location: .start),
                                                 fiscal: nil, other: nil, location: .start))
            return ProjectReport(path: project.path, id: project.id, project: project, diagnostics: [],
                                 quality: QualityScore(score: Double(number), grade: .poor, lost: []), selfEvaluation: nil)
        }
        let html = SiteRenderer.renderAggregates(SiteFixtures.content(many))["index.html"]?.text ?? ""
        #expect(html.contains("<figcaption>各项目预算（万元） <small>（前 20 个，共 25 个）</small></figcaption>"))
        #expect(html.contains("<title>项目25：预算 25.00 万元</title>"))
        #expect(!html.contains("<title>项目5：预算 5.00 万元</title>"))
    }

    @Test func rulesPageGroupsByKindWithAnchorsAndExamples() throws {
        let html = try file("rules.html")
        #expect(html.contains("<article class=\"rule\" id=\"missing_unit\">"))
        #expect(html.contains("<section class=\"rule-group\" id=\"kind-targetValue\"><h2>指标值</h2>"))
        #expect(html.contains("<pre class=\"example example-bad\">预算数: 15\n财政资金: 10\n其他资金: 3</pre>"))
        #expect(html.contains("<pre class=\"example example-good\">指标值: ≤6次</pre>"))
        #expect(html.contains("审核要点：可行性"))
        #expect(html.contains("<a href=\"findings.html#rule=missing_unit\">本次发现 1 处</a>"))
        let structure = try #require(html.range(of: "<h2>文件与结构</h2>"))
        let budget = try #require(html.range(of: "<h2>预算</h2>"))
        #expect(structure.lowerBound < budget.lowerBound)
    }

    @Test func everyPageHasTheCSPAndNoExternalRequest() {
        for (path, bytes) in files where path.hasSuffix(".html") {
            let html = bytes.text
            #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\""), "\(path)")
            #expect(!html.contains("http://") || !html.contains("src=\"http"), "\(path)")
            #expect(!html.contains("src=\"//") && !html.contains("href=\"//"), "\(path)")
            #expect(html.contains("<html lang=\"zh-CN\">"), "\(path)")
        }
        let css = files["assets/site.css"].map(\.text) ?? ""
        #expect(css.contains("\"PingFang SC\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"WenQuanYi Micro Hei\", sans-serif"))
        #expect(css.contains("@page { size: A4;"))
        #expect(!css.contains("@import") && !css.contains("url("))
    }

    @Test func twoRendersAreByteIdenticalWhateverTheInputOrder() {
        let again = SiteRenderer.render(SiteFixtures.standard)
        #expect(files == again)
        var shuffled = SiteFixtures.standard
        shuffled.reports.reverse()
        #expect(SiteRenderer.render(shuffled) == files)
    }
}

/// Above `site.findings_page_limit` findings, findings.html counts them by rule (a table of 55,000
/// rows took a browser 25 s to show); every finding is in data/findings.csv either way.
struct CountedFindingsTests {
    static func content(limit: Int?) -> SiteContent {
        var content = SiteFixtures.standard
        content.configuration.findingsPageLimit = limit
        return content
    }

    static func findings(_ content: SiteContent) -> [Diagnostic] { content.reports.flatMap(\.diagnostics) }

    @Test func overTheLimitThePageCountsByRuleAndTheCSVListsEverything() throws {
        let content = Self.content(limit: 1)
        let all = Self.findings(content)
        #expect(all.count > 1)
        let files = SiteRenderer.render(content)
        let html = try #require(files["findings.html"]).text
        #expect(!html.contains("<tr data-rule="), "no row per finding")
        #expect(html.contains("问题超过 1 条，本页按规则汇总"))
        #expect(html.contains("href=\"data/findings.csv\""))
        let table = try #require(HTMLText.slice(html, from: "<table class=\"data-table\" id=\"findings-by-rule\"", to: "</table>"))
        for rule in Set(all.map(\.rule)) {
            let count = all.filter { $0.rule == rule }.count
            let projects = content.reports.filter { $0.diagnostics.contains { $0.rule == rule } }.count
            #expect(table.contains("<code>\(rule)</code>"))
            #expect(table.contains("data-value=\"\(count)\">\(count)</td><td class=\"num\" data-value=\"\(projects)\">\(projects)</td>"),
                    "\(rule): \(count) findings in \(projects) projects")
        }
        let csv = try #require(files["data/findings.csv"]).text
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "\u{FEFF}文件,行,列,项目名称,级别,规则,规则名称,说明")
        #expect(lines.count == all.count + 1)
    }

    @Test func atOrUnderTheLimitThePageListsEveryFindingAsBefore() throws {
        let content = Self.content(limit: Self.findings(Self.content(limit: nil)).count)
        let html = try #require(SiteRenderer.render(content)["findings.html"]).text
        #expect(HTMLText.count("<tr data-rule=", in: html) == Self.findings(content).count)
        #expect(!html.contains("本页按规则汇总"))
        #expect(SiteRenderer.render(Self.content(limit: nil))["findings.html"] == SiteRenderer.render(content)["findings.html"])
    }
}
