import Foundation
import Testing
import Yams
@testable import JixiaoParsing

/// Cell texts a YAML writer can get wrong, each of which must read back exactly.
let trickyScalars: [String] = [
    "", " ", "≥20个", ">3篇", "<18万元", "*", "&a", "a: b", "a:b", "[x]", "{y}", "-", "- x", "-1", "+1", "#x", "a #b",
    "!x", "%x", "@x", "`x`", "|x", ">x", "?", "? x", ":x", ",x", "=", "<<", "~", "yes", "No", "ON", "off", "y", "null",
    "true", "False", "0012", "0", "15.00", "1e3", ".5", ".inf", "0x1F", "1,500", "2022-12-01", "12:30", "\"q\"", "'q'",
    "back\\slash", "tab\there", "line1\nline2", "line1\n  indented", " lead", "trail ", "a\n\nb", "x\n", "\nx",
    "\u{85}x", "x\u{2028}y", "bom\u{FEFF}mid", "ctrl\u{01}x", "del\u{7F}", "R&D/GDP", "---", "...", "line\n---\nafter",
    "trailing \nnext", "全角：冒号", "１２３", "100%", "对接企业数量不少于100家", "2022年12月底前", "认定/评审",
]

/// A small export in the official layout with the awkward cells Word produces, CRLF and a BOM.
private let awkwardExport = [
    "\u{FEFF}文档前言，不属于任何表格",
    "",
    "[bookmark: _Toc_1]1.测试/项目绩效目标表",
    "\t123456 某某单位: 分部",
    "\t单位：万元",
    "",
    "\t项目名称",
    "\t测试/项目",
    "",
    "\t预算规模及资金用途",
    "\t[bookmark: _GoBack]预算数",
    "\t012",
    "\t其中：财政    资金",
    "\t12",
    "\t其他资金",
    "\t ",
    "",
    "\t",
    "\t第一段 #不是注释  ",
    "    第二段缩进",
    "",
    "第三段隔一空行",
    "",
    "\t绩效目标",
    "\t没有编号的目标一\u{FEFF}",
    "没有编号的目标二\t\t",
    "",
    " ",
    "\t一级指标",
    "\t二级指标",
    "\t三级指标",
    "\t绩效指标描述",
    "\t指标值",
    "",
    "\t产出指标",
    "\t数量指标",
    "\t- 列表样",
    "\t*星号",
    "\t>3篇",
    "",
    "\t",
    "\t质量指标",
    "\tyes",
    "\t[x] {y}",
    "\t\"引号\" 与 \\反斜杠",
    "",
    "\t",
    "\t数量指标",
    "\t@at",
    "",
    "",
    "\t`code`",
    "\t0012",
    "",
    "\t效益指标",
    "\t社会效益指标",
    "\ta: b",
    "\t%百分",
    "\t2022-12-01",
    "",
    "\t",
    "\t",
    "\tnull",
    "\t!tag",
    "\t|竖线",
    "",
].joined(separator: "\r\n")

@Suite("TableImporter synthetic export")
struct TableImporterSyntheticTests {
    @Test("tricky cell text reads back exactly, as a plain string to any YAML reader", arguments: trickyScalars)
    func scalarRoundTrip(_ text: String) throws {
        let expected = text
        let yaml = "k:" + ImportYAMLScalar.value(text, indent: 2) + "\nf: {v: " + ImportYAMLScalar.inline(text) + "}\n"
        let basic = try #require(try Yams.compose(yaml: yaml, Resolver.basic))
        #expect(basic["k"]?.scalar?.string == expected, "\(yaml)")
        #expect(basic["f"]?["v"]?.scalar?.string == expected, "\(yaml)")
        let core = try #require(try Yams.compose(yaml: yaml, Resolver.default))
        #expect(core["k"]?.tag.description == Tag.Name.str.rawValue, "\(yaml)")
        #expect(core["f"]?["v"]?.tag.description == Tag.Name.str.rawValue, "\(yaml)")
    }

    @Test("a synthetic export with awkward cells imports losslessly")
    func syntheticExport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-synthetic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try TableImporter(defaultYear: 2023).importText(awkwardExport, into: folder)
        let table = try #require(summary.tables.first)
        #expect(summary.files.map(\.lastPathComponent) == ["测试_项目.yaml"])
        #expect(table.unit == "123456 某某单位: 分部")
        #expect(table.year == 2023)
        #expect(table.budgetTotal == "012" && table.fiscalFunds == "12" && table.otherFunds == "")
        #expect(table.purpose == "第一段 #不是注释\n    第二段缩进\n\n第三段隔一空行")
        #expect(table.goals == ["没有编号的目标一", "没有编号的目标二"])
        #expect(table.indicators.map { [$0.level1, $0.level2, $0.name, $0.description, $0.target] } == [
            ["产出指标", "数量指标", "- 列表样", "*星号", ">3篇"],
            ["产出指标", "质量指标", "yes", "[x] {y}", "\"引号\" 与 \\反斜杠"],
            ["产出指标", "数量指标", "@at", "`code`", "0012"],
            ["效益指标", "社会效益指标", "a: b", "%百分", "2022-12-01"],
            ["效益指标", "社会效益指标", "null", "!tag", "|竖线"],
        ])
        // 数量指标 comes back after 质量指标: regrouped under the first key, and said so.
        #expect(summary.notes.count == 1)
        #expect(summary.notes.first?.contains("数量指标") == true)

        let file = try #require(summary.files.first)
        let root = try #require(try Yams.compose(yaml: String(contentsOf: file, encoding: .utf8), Resolver.basic))
        #expect(root["项目名称"]?.scalar?.string == "测试/项目")
        #expect(root["预算单位"]?.scalar?.string == table.unit)
        #expect(root["预算年度"]?.scalar?.string == "2023")
        #expect(root["预算"]?["预算数"]?.scalar?.string == "012")
        #expect(root["预算"]?["其他资金"]?.scalar?.string == "")
        #expect(root["资金用途"]?.scalar?.string == table.purpose)
        #expect(root["绩效目标"]?.sequence?.compactMap { $0.scalar?.string } == table.goals)
        let quantity = root["绩效指标"]?["产出指标"]?["数量指标"]?.sequence
        #expect(quantity?.compactMap { $0["指标值"]?.scalar?.string } == [">3篇", "0012"])
        let quality = root["绩效指标"]?["产出指标"]?["质量指标"]?.sequence?.first
        #expect(quality?["三级指标"]?.scalar?.string == "yes")
        #expect(quality?["指标值"]?.scalar?.string == "\"引号\" 与 \\反斜杠")
        let social = root["绩效指标"]?["效益指标"]?["社会效益指标"]?.sequence
        #expect(social?.compactMap { $0["三级指标"]?.scalar?.string } == ["a: b", "null"])
        #expect(social?.compactMap { $0["绩效指标描述"]?.scalar?.string } == ["%百分", "!tag"])
        #expect(social?.compactMap { $0["指标值"]?.scalar?.string } == ["2022-12-01", "|竖线"])
    }

    @Test("goals: numbered lines split, continuation lines stay with their goal, 2.0 inside a goal is not goal 2")
    func goalSplitting() {
        #expect(ImportTableBuilder.goals(in: "1.甲\n2. 乙\n3、丙") == ["甲", "乙", "丙"])
        #expect(ImportTableBuilder.goals(in: "1.依据等保\n2.0的要求\n2.第二个") == ["依据等保\n2.0的要求", "第二个"])
        #expect(ImportTableBuilder.goals(in: "1.2022年度目标") == ["2022年度目标"])
        #expect(ImportTableBuilder.goals(in: "") == [])
    }

    @Test("the year comes from the heading, then --year, then the document's other headings")
    func budgetYear() throws {
        let two = [
            "1.2021年度甲绩效目标表", "\t项目名称", "\t甲", "\t一级指标", "\t二级指标", "\t三级指标", "\t绩效指标描述", "\t指标值",
            "", "2.乙绩效目标表", "\t项目名称", "\t乙", "\t一级指标", "\t二级指标", "\t三级指标", "\t绩效指标描述", "\t指标值",
        ].joined(separator: "\n")
        #expect(try TableImporter().tables(in: two).map(\.year) == [2021, 2021])
        #expect(try TableImporter(defaultYear: 2024).tables(in: two).map(\.year) == [2021, 2024])
        #expect(try TableImporter().tables(in: two).map(\.name) == ["甲", "乙"])
    }

    @Test("file names: one per project name, path separators and hidden-file dots replaced, repeats numbered")
    func fileNames() {
        #expect(ImportFileName.uniqueNames(for: ["甲/乙", ".隐藏", "丙", "丙", "", "丙"])
            == ["甲_乙.yaml", "_隐藏.yaml", "丙.yaml", "丙_2.yaml", "未命名项目.yaml", "丙_3.yaml"])
        #expect(ImportFileName.fileName(for: String(repeating: "长", count: 100)).utf8.count <= 205)
    }

    @Test("a row with a missing cell is reported with its line, not imported askew")
    func incompleteRow() {
        let text = [
            "1.甲绩效目标表", "\t项目名称", "\t甲", "\t一级指标", "\t二级指标", "\t三级指标", "\t绩效指标描述", "\t指标值",
            "", "\t产出指标", "\t数量指标", "\t名称", "\t描述",
        ].joined(separator: "\n")
        #expect(throws: ImportError.self) { try TableImporter().tables(in: text) }
        do {
            _ = try TableImporter().tables(in: text)
        } catch {
            #expect("\(error)".contains("第 10 行"))
        }
    }
}
