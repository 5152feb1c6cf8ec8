import Foundation
import Testing

/// `jixiao check` as a user runs it: the real binary on real files.
@Suite struct CheckCommandTests {
    static let fixtures = PackageRoot.url.appendingPathComponent("Tests/JixiaoParsingTests/Fixtures")

    @Test func brokenFilesGiveLocatedLinesAndExitOne() throws {
        let run = try CommandRun.jixiao(["check", Self.fixtures.appendingPathComponent("broken").path], environment: ["NO_COLOR": "1"])
        #expect(run.status == 1)
        let prefix = Self.fixtures.appendingPathComponent("broken").path
        #expect(run.stdout.contains("\(prefix)/unknown_key.yaml:9:1: error: 项目表中没有“项目名”这一项，是不是“项目名称”？ [unknown_key]"))
        #expect(run.stdout.contains("\(prefix)/yaml_syntax.yaml:4:7: error: "))
        #expect(run.stdout.contains("\(prefix)/not_utf8_gbk.yaml:1:2: error: 文件看起来是 GBK/GB18030 编码"))
        #expect(!run.stdout.contains("\u{1B}["), "no colour when NO_COLOR is set or not on a terminal")
        let lines = run.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        let paths = lines.map { $0.split(separator: ":")[0] }
        #expect(paths == paths.sorted(), "sorted by path")
        #expect(run.stdout.split(separator: "\n").last?.contains("个项目") == true)
    }

    @Test func cleanFileExitsZero() throws {
        let file = Self.fixtures.appendingPathComponent("valid/科技重大专项评估.yaml")
        let run = try CommandRun.jixiao(["check", file.path])
        #expect(run.stdout.contains("2022年度科技重大专项评估"))
        #expect(!run.stdout.contains(": error: "))
        #expect(run.status == 0)
    }

    @Test func misuseExitsTwo() throws {
        #expect(try CommandRun.jixiao(["check", "/no/such/folder"]).status == 2)
        #expect(try CommandRun.jixiao(["check", "--format", "xml"]).status == 2)
    }

    @Test func jsonHasProjectsWithDiagnostics() throws {
        let run = try CommandRun.jixiao(["check", "--format", "json", Self.fixtures.appendingPathComponent("broken").path])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let projects = try #require(document["projects"] as? [[String: Any]])
        #expect(projects.count == 10)
        let unknown = try #require(projects.first { ($0["path"] as? String)?.hasSuffix("unknown_key.yaml") == true })
        #expect(unknown["name"] as? String == "未知键")
        let diagnostics = try #require(unknown["diagnostics"] as? [[String: Any]])
        let finding = try #require(diagnostics.first { $0["rule"] as? String == "unknown_key" })
        #expect(finding["line"] as? Int == 9)
        #expect(finding["column"] as? Int == 1)
        #expect(finding["severity"] as? String == "error")
        let quality = try #require(unknown["quality"] as? [String: Any])
        #expect(quality["grade"] is String && quality["score"] is Double && quality["lost"] is [Any])
        #expect(unknown.keys.contains("selfEvaluation"), "selfEvaluation is present (null when absent)")
    }
}
