import Foundation
import JixiaoModel
@testable import JixiaoSite
import Testing

@Suite struct ProjectPageTests {
    let content = SiteFixtures.standard

    func page(_ report: ProjectReport) -> String {
        SiteRenderer.renderProjectPage(report, in: content).text
    }

    @Test func pagePathKeepsTheChineseFileName() {
        #expect(SiteRenderer.projectPagePath(for: SiteFixtures.assessment) == "projects/2022/科技重大专项评估.html")
        #expect(SiteRenderer.projectPagePath(for: SiteFixtures.laboratory) == "projects/2022/海河实验室 联盟.html")
    }

    @Test func officialTitleUnitAndBudgetRows() {
        let html = page(SiteFixtures.assessment)
        #expect(html.contains("<h1>2022年度科技重大专项评估绩效目标表</h1>"))
        #expect(html.contains("331202 天津市科学技术发展战略研究院"))
        #expect(html.contains("单位：万元"))
        #expect(html.contains("<th scope=\"row\">项目名称</th><td colspan=\"6\">2022年度科技重大专项评估</td>"))
        #expect(html.contains("预算规模及资金用途"))
        #expect(html.contains("<th>预算数</th><td class=\"num\">15.00</td>"))
        #expect(html.contains("<th>其中：财政资金</th>"))
        #expect(html.contains("<th>其他资金</th><td class=\"num\">3.00</td>"))
        #expect(html.contains("<th>资金用途</th>"))
        #expect(html.contains("绩效目标"))
    }

    @Test func threeLevelTableMergesLevelOneAndLevelTwoCells() {
        let html = page(SiteFixtures.assessment)
        #expect(html.contains("<th scope=\"rowgroup\" rowspan=\"5\" class=\"level1\">产出指标</th>"))
        #expect(html.contains("<td rowspan=\"2\" class=\"level2\">数量指标</td>"))
        // A group of one row needs no merge, and each level-1 cell appears once.
        #expect(html.contains("<td class=\"level2\">质量指标</td>"))
        #expect(HTMLText.count(">产出指标</th>", in: html) == 1)
        #expect(HTMLText.count(">数量指标</td>", in: html) == 1)
        #expect(html.contains("<th scope=\"rowgroup\" class=\"level1\">效益指标</th>"))
        for header in ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"] {
            #expect(html.contains("<th scope=\"col\">\(header)</th>"))
        }
        // No year-end values: no year-end columns.
        #expect(!html.contains("<th scope=\"col\">实际完成值</th>"))
        #expect(!html.contains("<th scope=\"col\">得分</th>"))
    }

    @Test func everyTargetCarriesItsKindBadge() {
        let html = page(SiteFixtures.assessment)
        #expect(HTMLText.count("class=\"badge kind-quantitative\"", in: html) == 5)
        #expect(HTMLText.count("class=\"badge kind-deadline\"", in: html) == 1)
        #expect(HTMLText.count("class=\"badge kind-qualitative\"", in: html) == 1)
        #expect(html.contains(">定量</span>") && html.contains(">时限</span>") && html.contains(">定性</span>"))
    }

    @Test func findingStandsBesideTheRowItConcerns() throws {
        let html = page(SiteFixtures.assessment)
        let row = try #require(HTMLText.slice(html, from: "data-line=\"26\">", to: "</tr>"))
        #expect(row.contains("指标值缺少计量单位"))
        #expect(row.contains("指标值“≤6”缺少计量单位"))
        #expect(row.contains("没有单位的数值无法判断是否完成。"))
        #expect(row.contains("2022/科技重大专项评估.yaml:30"))
        #expect(row.contains("href=\"../../rules.html#missing_unit\""))
        let firstRow = try #require(HTMLText.slice(html, from: "data-line=\"20\">", to: "</tr>"))
        #expect(!firstRow.contains("class=\"finding "))
        // The budget finding concerns no indicator: it is listed at the top, before the table.
        let top = try #require(HTMLText.slice(html, from: "<h2>整体问题</h2>", to: "</section>"))
        #expect(top.contains("预算各部分之和不符"))
        #expect(top.contains("2022/科技重大专项评估.yaml:6"))
        #expect(!top.contains("缺少计量单位"))
    }

    @Test func findingOnAGroupKeyStandsBesideTheFirstRowOfThatGroup() throws {
        // The nested file format: `产出指标:` on line 10, `数量指标:` on 11, items from line 12 on.
        func item(_ level2: String, level2Line: Int, line: Int) -> Indicator {
            Indicator(level1: Field("产出指标", at: SiteFixtures.at(10, 3)), level2: Field(level2, at: SiteFixtures.at(level2Line, 5)),
                      name: Field("名称\(line)", at: SiteFixtures.at(line, 9)), target: Field("≥1个", at: SiteFixtures.at(line + 2, 9)),
                      location: SiteFixtures.at(line, 7))
        }
        let project = Project(id: "n", path: "n.yaml", name: Field("嵌套", at: .start),
                              indicators: [item("数量指标", level2Line: 11, line: 12), item("数量指标", level2Line: 11, line: 15),
                                           item("质量指标", level2Line: 18, line: 19)])
        let report = ProjectReport(path: "n.yaml", id: "n", project: project, diagnostics: [
            Diagnostic(rule: "category_mismatch", severity: .error, location: SiteFixtures.at(18, 5), message: "二级指标放错了位置"),
            Diagnostic(rule: "unknown_category", severity: .error, location: SiteFixtures.at(10, 3), message: "一级指标未知"),
        ], quality: nil, selfEvaluation: nil)
        let html = SiteRenderer.renderProjectPage(report, in: SiteFixtures.content([report]))
            .text
        let first = try #require(HTMLText.slice(html, from: "data-line=\"12\">", to: "</tr>"))
        #expect(first.contains("一级指标未知"))
        let second = try #require(HTMLText.slice(html, from: "data-line=\"15\">", to: "</tr>"))
        #expect(!second.contains("二级指标放错了位置"))
        let third = try #require(HTMLText.slice(html, from: "data-line=\"19\">", to: "</tr>"))
        #expect(third.contains("二级指标放错了位置"))
        #expect(!html.contains("<h2>整体问题</h2>"))
    }

    @Test func qualityScoreShowsWhereEveryPointWent() throws {
        let html = page(SiteFixtures.assessment)
        let section = try #require(HTMLText.slice(html, from: "<h2>目标质量评分</h2>", to: "</section>"))
        #expect(section.contains("86.0"))
        #expect(section.contains("grade-good\">良</span>"))
        #expect(section.contains("<td>适当性</td>"))
        #expect(section.contains(">−10</td>"))
        #expect(section.contains(">−4</td>"))
        #expect(section.contains("适当性 −10，可行性 −4"))
        #expect(section.contains("预算各部分之和不符"))
    }

    @Test func withoutYearEndValuesThePageSaysSo() {
        let html = page(SiteFixtures.assessment)
        #expect(html.contains("本表尚未填写年终实际完成值，暂不进行自评打分。"))
    }

    @Test func selfEvaluationWithItemsTotalAndGrade() throws {
        let html = page(SiteFixtures.laboratory)
        #expect(!html.contains("本表尚未填写年终实际完成值"))
        for header in ["实际完成值", "偏差原因", "分值", "得分"] {
            #expect(html.contains("<th scope=\"col\">\(header)</th>"))
        }
        #expect(html.contains("<td class=\"actual\">120家</td>"))
        #expect(html.contains("<td class=\"deviation\">疫情影响</td>"))
        let section = try #require(HTMLText.slice(html, from: "<h2>年终自评</h2>", to: "</section>"))
        #expect(section.contains("执行 110.00 / 预算 120.00 × 10 = 9.17"))
        #expect(section.contains("部分达成：取 60–80% 区间中值 70% × 30 = 21"))
        #expect(section.contains("合计"))
        #expect(section.contains(">90.0</td>"))
        #expect(section.contains("grade-excellent\">优</span>"))
        #expect(section.contains("默认 10/50/30/10"))
    }

    @Test func brokenFileStillGetsAPageWithItsFindings() {
        let html = page(SiteFixtures.broken)
        #expect(html.contains("<h1>2023/坏文件.yaml</h1>"))
        #expect(html.contains("此文件无法读取。"))
        #expect(html.contains("第 7 行缩进不一致，无法解析"))
        #expect(html.contains("文件格式错误"))
        #expect(html.contains("2023/坏文件.yaml:7"))
        #expect(!html.contains("一级指标"))
    }

    @Test func editLinkFollowsTheConfiguredTemplateAndEncodesThePath() {
        #expect(page(SiteFixtures.laboratory).contains(
            "href=\"https://git.example.org/finance/targets/edit/main/content/2022/%E6%B5%B7%E6%B2%B3%E5%AE%9E%E9%AA%8C%E5%AE%A4%20%E8%81%94%E7%9B%9F.yaml\""))
        let gitlab = SiteFixtures.content([SiteFixtures.assessment], repositoryURL: "https://git.example.org/finance/targets/",
                                          template: "{repo}/-/edit/main/content/{path}")
        let html = SiteRenderer.renderProjectPage(SiteFixtures.assessment, in: gitlab).text
        #expect(html.contains("href=\"https://git.example.org/finance/targets/-/edit/main/content/2022/"))
        #expect(html.contains(">编辑此文件</a>"))
        let none = SiteFixtures.content([SiteFixtures.assessment], repositoryURL: nil)
        #expect(!SiteRenderer.renderProjectPage(SiteFixtures.assessment, in: none).text.contains("编辑此文件"))
    }

    @Test func linksAreRelativeAndTheFooterShowsTheFileTimeInBeijing() {
        let html = page(SiteFixtures.assessment)
        #expect(html.contains("href=\"../../assets/site.css\""))
        #expect(html.contains("src=\"../../assets/site.js\""))
        #expect(html.contains("href=\"../../index.html\""))
        #expect(html.contains("数据更新于 2022-12-01 09:30（北京时间） · Jixiao 0.1.0"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;"))
    }

    @Test func projectPageDependsOnlyOnItsOwnReport() {
        let alone = SiteFixtures.content([SiteFixtures.assessment])
        var together = SiteFixtures.content([SiteFixtures.laboratory, SiteFixtures.broken])
        together.reports.append(SiteFixtures.assessment)
        together.sourceModified[SiteFixtures.assessment.path] = alone.sourceModified[SiteFixtures.assessment.path]
        #expect(SiteRenderer.renderProjectPage(SiteFixtures.assessment, in: alone)
            == SiteRenderer.renderProjectPage(SiteFixtures.assessment, in: together))
    }
}
