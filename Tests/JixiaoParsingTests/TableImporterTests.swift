import Foundation
import Testing
import Yams
@testable import JixiaoParsing

/// A fresh folder under the system's temporary directory, removed by the caller.
private func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

private func yamlFiles(in folder: URL) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        .filter { $0.pathExtension == "yaml" }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
}

/// A written file read back with Yams' basic resolver: every scalar as the raw text a reader gets.
private struct ReadBack {
    let root: Node

    init(_ url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let root = try Yams.compose(yaml: text, Resolver.basic) else { throw CocoaError(.fileReadCorruptFile) }
        self.root = root
    }

    func text(_ key: String) -> String? { root[key]?.scalar?.string }
    func budget(_ key: String) -> String? { root["预算"]?[key]?.scalar?.string }
    var goals: [String] { root["绩效目标"]?.sequence?.compactMap { $0.scalar?.string } ?? [] }

    /// Rows as [一级, 二级, 三级, 描述, 指标值] in file order.
    var rows: [[String]] {
        var rows: [[String]] = []
        for (level1, categories) in root["绩效指标"]?.mapping ?? [:] {
            for (level2, items) in categories.mapping ?? [:] {
                for item in items.sequence ?? [] {
                    rows.append([level1.scalar?.string ?? "?", level2.scalar?.string ?? "?",
                                 item["三级指标"]?.scalar?.string ?? "?", item["绩效指标描述"]?.scalar?.string ?? "?",
                                 item["指标值"]?.scalar?.string ?? "?"])
                }
            }
        }
        return rows
    }
}

@Suite("TableImporter")
struct TableImporterTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let committedContent = packageRoot.appendingPathComponent("content/2022")

    @Test("the seed gives 13 files, 109 indicators and budgets totalling 551.00 万元")
    func seedTotals() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try TableImporter().importFile(at: SeedDocument.url, into: folder)
        let files = try yamlFiles(in: folder)
        #expect(files.count == 13)
        #expect(summary.files.count == 13)
        #expect(summary.indicatorCount == 109)
        #expect(String(format: "%.2f", summary.budgetTotal) == "551.00")
        #expect(summary.notes.isEmpty)
        let rows = try files.map { try ReadBack($0).rows.count }.reduce(0, +)
        #expect(rows == 109)
        let budget = try files.compactMap { try ReadBack($0).budget("预算数").flatMap(Double.init) }.reduce(0, +)
        #expect(abs(budget - 551) < 0.001)
        #expect(summary.files.first?.lastPathComponent == "2022年度科技重大专项评估.yaml")
    }

    @Test("every cell of the seed reads back from the files exactly (Yams, basic resolver)")
    func seedIsLossless() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try TableImporter().importFile(at: SeedDocument.url, into: folder)
        let sourceTables = try SeedDocument.tablesWithContinuationLines()
        try #require(sourceTables.count == summary.files.count)
        for (cells, file) in zip(sourceTables, summary.files) {
            let back = try ReadBack(file)
            // The seed's fixed layout: unit, 单位, 项目名称, name, 预算规模…, 预算数, n, 财政, n, 其他, n, "", purpose, 绩效目标, goals.
            try #require(cells[2] == "项目名称" && cells[5] == "预算数" && cells[13] == "绩效目标", "\(file.lastPathComponent)")
            #expect(back.text("项目名称") == cells[3])
            #expect(file.lastPathComponent == cells[3] + ".yaml")
            #expect(back.text("预算单位") == cells[0])
            #expect(back.text("金额单位") == "万元" && cells[1] == "单位：万元")
            #expect(back.text("预算年度") == "2022")
            #expect(back.budget("预算数") == cells[6])
            #expect(back.budget("财政资金") == cells[8])
            #expect(back.budget("其他资金") == cells[10])
            #expect(back.text("资金用途") == cells[12])
            let goals = back.goals.enumerated().map { "\($0.offset + 1).\($0.element)" }.joined(separator: "\n")
            #expect(goals == SeedDocument.normalisingGoalNumbers(cells[14]), "\(file.lastPathComponent)")
            var expectedRows: [[String]] = []
            let body = Array(cells[20...])
            for start in stride(from: 0, to: body.count, by: 5) {
                var row = Array(body[start..<start + 5])
                if row[0].isEmpty, let above = expectedRows.last { row[0] = above[0]; row[1] = row[1].isEmpty ? above[1] : row[1] }
                expectedRows.append(row)
            }
            #expect(back.rows == expectedRows, "\(file.lastPathComponent)")
        }
    }

    @Test("importing the seed again reproduces the committed content/2022 byte for byte")
    func committedContentIsReproducible() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try TableImporter().importFile(at: SeedDocument.url, into: folder)
        let fresh = try yamlFiles(in: folder)
        let committed = try yamlFiles(in: Self.committedContent)
        #expect(fresh.map(\.lastPathComponent) == committed.map(\.lastPathComponent))
        for (new, old) in zip(fresh, committed) {
            #expect(try Data(contentsOf: new) == Data(contentsOf: old), "\(old.lastPathComponent)")
        }
    }

    @Test("the project parser reads the committed content without a finding: 109 indicators, 551.00 万元")
    func committedContentParses() throws {
        var indicators = 0
        var budget = 0.0
        var kinds: [String: Int] = [:]
        for file in try yamlFiles(in: Self.committedContent) {
            let result = ProjectParser.parse(fileAt: file, path: "2022/" + file.lastPathComponent)
            #expect(result.diagnostics.isEmpty, "\(file.lastPathComponent): \(result.diagnostics)")
            let project = try #require(result.project)
            #expect(project.year == 2022 && project.moneyUnit?.text == "万元")
            #expect(project.unit?.text == "331202天津市科学技术发展战略研究院")
            indicators += project.indicators.count
            budget += project.budget?.total?.value ?? 0
            for indicator in project.indicators {
                kinds[indicator.targetValue?.kindKey ?? "missing", default: 0] += 1
            }
        }
        #expect(indicators == 109)
        #expect(abs(budget - 551) < 0.001)
        #expect(kinds == ["quantitative": 58, "deadline": 5, "qualitative": 46])
    }

    @Test("a second import refuses and changes nothing; with force it overwrites")
    func refusesWithoutForce() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let importer = TableImporter()
        let first = try importer.importFile(at: SeedDocument.url, into: folder)
        let edited = try #require(first.files.last)
        try Data("项目名称: 手工修改\n".utf8).write(to: edited)
        let before = try yamlFiles(in: folder).map { try Data(contentsOf: $0) }

        #expect(throws: ImportError.filesExist(first.files.map(\.path))) {
            try importer.importFile(at: SeedDocument.url, into: folder)
        }
        #expect(try yamlFiles(in: folder).map { try Data(contentsOf: $0) } == before)

        _ = try importer.importFile(at: SeedDocument.url, into: folder, force: true)
        let restored = try String(contentsOf: edited, encoding: .utf8)
        #expect(restored.hasPrefix("项目名称: 天津市技术市场服务\n"))
    }

    @Test("a non-UTF-8 export is refused with a hint, and text without tables is refused")
    func unreadableExports() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gbk = folder.appendingPathComponent("gbk.txt")
        try Data([0xCF, 0xEE, 0xC4, 0xBF, 0x0A]).write(to: gbk)  // 项目 in GBK
        #expect(throws: ImportError.notUTF8(path: gbk.path)) {
            try TableImporter().importFile(at: gbk, into: folder)
        }
        #expect(ImportError.notUTF8(path: "x").description.contains("UTF-8"))
        #expect(throws: ImportError.noTables) { try TableImporter().tables(in: "随便一段文字\n\t不是表格\n") }
        #expect(try yamlFiles(in: folder).isEmpty)
    }
}
