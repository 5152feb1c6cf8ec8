import Foundation
@testable import JixiaoBuild
import JixiaoModel
import Testing

/// `jixiao schema`: accepts every real project file and rejects what the parser rejects (unknown key, wrong type,
/// missing key) and unknown categories, so the editor marks them while typing.
@Suite struct ReviewSchemaTests {
    /// Runs the Python validator (PyYAML BaseLoader → jsonschema draft-07); file path → messages.
    static func verdicts(for files: [URL]) throws -> [String: [String]] {
        let folder = try ReviewTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = folder.appendingPathComponent("jixiao.schema.json")
        try Data(ProjectFileSchema.json().utf8).write(to: schema)
        let outcome = try ReviewTestSupport.run(
            ["python3", ReviewTestSupport.scripts.appendingPathComponent("validate_project_schema.py").path, schema.path]
                + files.map(\.path))
        let decoded = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: [String]]
        return try #require(decoded, "validator output: \(outcome.output) \(outcome.error)")
    }

    static func sample(_ name: String, _ text: String, in folder: URL) throws -> URL {
        try ReviewTestSupport.write(text, to: name, in: folder)
        return folder.appendingPathComponent(name)
    }

    @Test func acceptsEveryValidFileTheTemplateAndTheContentFolder() throws {
        let folder = try ReviewTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files = ["valid/科技重大专项评估.yaml", "valid/bom_crlf.yaml"].map {
            ReviewTestSupport.parserFixtures.appendingPathComponent($0)
        }
        files.append(try Self.sample("template.yaml", ProjectTemplate.text(year: 2022), in: folder))
        files.append(try Self.sample("sample.yaml", ReviewTestSupport.project(name: "样例"), in: folder))
        // Year-end keys, 2021 framework (成本指标 as level 1), blanks and amounts with separators.
        files.append(try Self.sample("year_end.yaml", """
            项目名称: 年终自评样例
            预算单位: 331202 天津市科学技术发展战略研究院
            预算年度: 2022
            金额单位: 万元
            预算: {预算数: "1,500.00", 财政资金: 1500, 其他资金: }
            资金用途: 用途
            绩效目标:
            绩效指标:
              产出指标:
                数量指标:
                  - 三级指标: 评估项目数
                    绩效指标描述: 评估的项目数量
                    指标值: ≥20个
                    实际完成值: 18个
                    偏差原因: 两个项目延期
                    分值: 10
                    得分: 9
                质量指标:
              成本指标:
                经济成本指标:
                  - 三级指标: 成本
                    绩效指标描述: 开展工作所花费的成本
                    指标值: ≤1500万元
            预算执行数: 1,480.5

            """, in: folder))
        // Whatever the importer put under content/ (on main once it lands).
        let content = ContentTree(root: ReviewTestSupport.packageRoot.appendingPathComponent("content"))
        files += content.projectPaths().map(content.url(of:))
        let verdicts = try Self.verdicts(for: files)
        #expect(verdicts.count == files.count)
        for (file, problems) in verdicts {
            #expect(problems.isEmpty, "\(file): \(problems)")
        }
    }

    @Test func rejectsTheParserFixturesItCanJudge() throws {
        let broken = ReviewTestSupport.parserFixtures.appendingPathComponent("broken")
        let verdicts = try Self.verdicts(for: ["unknown_key", "wrong_type", "missing_field", "empty_file"].map {
            broken.appendingPathComponent($0 + ".yaml")
        })
        func problems(_ name: String) -> String { (verdicts[broken.appendingPathComponent(name + ".yaml").path] ?? []).joined() }
        #expect(problems("unknown_key").contains("项目名"))
        #expect(problems("wrong_type").contains("/预算"))
        #expect(problems("missing_field").contains("资金用途"))
        #expect(!problems("empty_file").isEmpty)
    }

    @Test func rejectsUnknownCategoriesMisplacedOnesAndMissingCells() throws {
        let folder = try ReviewTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let valid = ReviewTestSupport.project(name: "样例")
        let cases: [(String, String, String)] = [
            ("level1", valid.replacingOccurrences(of: "  效益指标:", with: "  效果指标:"), "效果指标"),
            ("misplaced", valid.replacingOccurrences(of: "    服务对象满意度指标:", with: "    数量指标:"), "数量指标"),
            ("indicator_key", valid.replacingOccurrences(of: "绩效指标描述: 工作完成时间", with: "指标描述: 工作完成时间"), "指标描述"),
            ("missing_target", valid.replacingOccurrences(of: "        指标值: ≥1篇\n", with: ""), "指标值"),
            ("amount_text", valid.replacingOccurrences(of: "预算数: 15.00", with: "预算数: 十五万"), "十五万"),
            ("year", valid.replacingOccurrences(of: "预算年度: 2022", with: "预算年度: 二〇二二"), "二〇二二"),
            ("budget_key", valid.replacingOccurrences(of: "其他资金: 0", with: "自筹资金: 0"), "自筹资金"),
            ("goals_type", valid.replacingOccurrences(of: "绩效目标:\n  - 通过", with: "绩效目标:\n  目标: 通过"), "绩效目标"),
        ]
        var files: [URL] = []
        for (name, text, _) in cases {
            #expect(text != valid, "case \(name) did not change the sample")
            files.append(try Self.sample(name + ".yaml", text, in: folder))
        }
        let verdicts = try Self.verdicts(for: files)
        for ((name, _, mention), file) in zip(cases, files) {
            let problems = verdicts[file.path] ?? []
            #expect(!problems.isEmpty, "\(name) was accepted")
            #expect(problems.joined().contains(mention), "\(name): \(problems)")
        }
    }

    @Test func describesEveryKeyInChineseWithBothFrameworks() throws {
        let text = ProjectFileSchema.json()
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(schema["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        #expect(schema["additionalProperties"] as? Bool == false)
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(Set(properties.keys) == ["项目名称", "预算单位", "预算年度", "金额单位", "预算", "资金用途", "绩效目标", "绩效指标", "预算执行数"])
        #expect(Set(schema["required"] as? [String] ?? []) == Set(properties.keys).subtracting(["预算执行数"]))
        for key in ["预算数", "财政资金", "其他资金", "三级指标", "绩效指标描述", "指标值", "实际完成值", "偏差原因", "分值", "得分"] {
            #expect(text.contains("\"\(key)\" : {"), "\(key) is not described")
        }
        for category in IndicatorCategory.level1 + IndicatorCategory.level2.values.flatMap({ $0 }) {
            #expect(text.contains("\"\(category)\""), "\(category) missing")
        }
        #expect(text.contains("\"description\" : \"预算年度：四位数的年份"))
    }
}
