import Foundation
@testable import JixiaoBuild
import JixiaoModel
import JixiaoParsing
import JixiaoRules
import Testing

/// `check --format sarif`: SARIF 2.1.0 that validates against the official schema and that viewers can place.
@Suite struct ReviewSARIFTests {
    static let rules = [
        RuleDescription(identifier: "missing_unit", name: "指标值缺少计量单位", englishName: "Number without unit",
                        severity: .warning, kind: .targetValue, rationale: "没有单位的数字无法衡量。",
                        criterion: .feasibility,
                        triggeringExamples: ["绩效指标: {产出指标: {数量指标: [{三级指标: 份数, 绩效指标描述: 印刷份数, 指标值: ≤6}]}}"],
                        nonTriggeringExamples: ["指标值: ≤6本"]),
        RuleDescription(identifier: RuleID.unknownKey, name: "未知的键", englishName: "Unknown key",
                        severity: .error, kind: .structure, rationale: "拼错的键会让内容被忽略。",
                        criterion: nil, triggeringExamples: ["项目名: x"], nonTriggeringExamples: ["项目名称: x"]),
    ]

    /// Real parser findings (an unknown key, a Chinese path) plus one of each severity.
    static func reports() -> [ProjectReport] {
        let url = ReviewTestSupport.parserFixtures.appendingPathComponent("broken/unknown_key.yaml")
        // The parser's findings only: the rule catalogue's own findings are tested with the whole catalogue below.
        let parsed = ProjectParser.parse(fileAt: url, path: "content/2022/未知键 #1.yaml")
        var reports = [ProjectReport(path: parsed.path, id: "2022/未知键 #1", project: parsed.project,
                                     diagnostics: parsed.diagnostics, quality: nil, selfEvaluation: nil)]
        reports[0].diagnostics += [
            Diagnostic(rule: "missing_unit", severity: .warning, location: SourceLocation(line: 3, column: 6), message: "“≤6”缺少单位"),
            Diagnostic(rule: "not_yet_catalogued", severity: .info, location: SourceLocation(line: 5, column: 1), message: "提示"),
        ]
        return reports
    }

    static func decode(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func validatesAgainstTheSARIF210Schema() throws {
        let folder = try ReviewTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("check.sarif")
        try Data(SARIFReport.document(Self.reports(), rules: Self.rules, toolVersion: "0.1.0", sourceRoot: folder).utf8)
            .write(to: good)
        // The whole rule catalogue and every finding the rules make on the seed's 13 tables and the broken fixtures.
        let targets = try CheckTargets(arguments: [ReviewTestSupport.packageRoot.appendingPathComponent("content").path,
                                                   ReviewTestSupport.parserFixtures.appendingPathComponent("broken").path])
        let seed = folder.appendingPathComponent("seed.sarif")
        try Data(SARIFReport.document(targets.reports(configuration: JixiaoConfiguration()), rules: RuleCatalogue.descriptions,
                                      toolVersion: "0.1.0").utf8).write(to: seed)
        let empty = folder.appendingPathComponent("empty.sarif")
        try Data(SARIFReport.document([], rules: [], toolVersion: "0.1.0").utf8).write(to: empty)
        let outcome = try ReviewTestSupport.run(["python3", ReviewTestSupport.scripts.appendingPathComponent("validate_sarif.py").path,
                                                 ReviewTestSupport.sarifSchema.path, good.path, seed.path, empty.path])
        #expect(outcome.status == 0, "\(outcome.output)\(outcome.error)")
    }

    @Test func theValidatorRejectsABrokenDocument() throws {
        // Guards the test above: a validator that accepts anything would prove nothing.
        let folder = try ReviewTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = SARIFReport.document(Self.reports(), rules: Self.rules, toolVersion: "0.1.0")
            .replacingOccurrences(of: "\"level\" : \"warning\"", with: "\"level\" : \"fatal\"")
        let bad = folder.appendingPathComponent("bad.sarif")
        try Data(text.utf8).write(to: bad)
        let outcome = try ReviewTestSupport.run(["python3", ReviewTestSupport.scripts.appendingPathComponent("validate_sarif.py").path,
                                                 ReviewTestSupport.sarifSchema.path, bad.path])
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("fatal"))
    }

    @Test func everyCatalogueRuleIsListedOnceAndEveryResultFindsItsRule() throws {
        let targets = try CheckTargets(arguments: [ReviewTestSupport.packageRoot.appendingPathComponent("content").path])
        let reports = targets.reports(configuration: JixiaoConfiguration())
        let document = try Self.decode(SARIFReport.document(reports, rules: RuleCatalogue.descriptions, toolVersion: "0.1.0"))
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == RuleCatalogue.descriptions.map(\.identifier))
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == reports.reduce(0) { $0 + $1.diagnostics.count })
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
    }

    @Test func driverListsEveryRuleWithItsDescriptionsAndHelp() throws {
        let document = try Self.decode(SARIFReport.document(Self.reports(), rules: Self.rules, toolVersion: "0.1.0"))
        #expect(document["version"] as? String == "2.1.0")
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "jixiao")
        #expect(driver["version"] as? String == "0.1.0")
        #expect((driver["informationUri"] as? String)?.hasPrefix("https://") == true)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["missing_unit", "unknown_key", "not_yet_catalogued"])
        let first = rules[0]
        #expect(first["name"] as? String == "NumberWithoutUnit")
        #expect((first["shortDescription"] as? [String: Any])?["text"] as? String == "指标值缺少计量单位")
        #expect((first["fullDescription"] as? [String: Any])?["text"] as? String == "没有单位的数字无法衡量。")
        let help = try #require(first["help"] as? [String: Any])
        #expect((help["markdown"] as? String)?.contains("```yaml\n绩效指标: {产出指标") == true)
        #expect((help["text"] as? String)?.contains("不会报告的写法") == true)
        #expect((first["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")
    }

    @Test func resultsPointAtTheirRuleAndPlace() throws {
        let document = try Self.decode(SARIFReport.document(Self.reports(), rules: Self.rules, toolVersion: "0.1.0"))
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        #expect(results.map { $0["level"] as? String } == ["warning", "note", "error"])  // sorted by line: 3, 5, 9
        let unknown = results[2]
        #expect((unknown["message"] as? [String: Any])?["text"] as? String == "项目表中没有“项目名”这一项，是不是“项目名称”？")
        let physical = try #require(((unknown["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        let artifact = try #require(physical["artifactLocation"] as? [String: Any])
        // Relative to the checkout, percent-encoded: `#` would otherwise start a fragment.
        #expect(artifact["uri"] as? String == "content/2022/%E6%9C%AA%E7%9F%A5%E9%94%AE%20%231.yaml")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        let region = try #require(physical["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 9)
        #expect(region["startColumn"] as? Int == 1)
    }
}
