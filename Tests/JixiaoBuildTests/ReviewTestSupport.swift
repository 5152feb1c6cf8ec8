import Foundation
import JixiaoModel

/// Shared by the Review* suites: temporary folders, running tools, and paths into the repository.
enum ReviewTestSupport {
    static var packageRoot: URL { PackageRoot.url }
    static let scripts = packageRoot.appendingPathComponent("Tests/review")
    static let parserFixtures = packageRoot.appendingPathComponent("Tests/JixiaoParsingTests/Fixtures")
    /// The OASIS SARIF 2.1.0 schema (draft-04), kept with the tests so a clean clone can validate.
    static let sarifSchema = scripts.appendingPathComponent("sarif-schema-2.1.0.json")

    /// A fresh empty folder under the system temporary folder.
    static func temporaryFolder() throws -> URL {
        TemporaryFolder.make("review")
    }

    struct Outcome {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs a program found on PATH; stdout and stderr go to files so a chatty tool cannot block.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL? = nil, environment extra: [String: String] = [:]) throws -> Outcome {
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
        let outHandle = try FileHandle(forWritingTo: outURL), errHandle = try FileHandle(forWritingTo: errURL)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Outcome(status: process.terminationStatus,
                       output: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                       error: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    /// Writes text to a path under `root`, creating folders.
    static func write(_ text: String, to relative: String, in root: URL) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A small valid project file; the parts tests edit are parameters.
    static func project(name: String, total: String = "15.00", fiscal: String = "15.00", other: String = "0",
                        count: String = "≥20个", extraTopLevel: String = "") -> String {
        """
        项目名称: \(name)
        预算单位: 331202 天津市科学技术发展战略研究院
        预算年度: 2022
        金额单位: 万元
        预算: {预算数: \(total), 财政资金: \(fiscal), 其他资金: \(other)}
        资金用途: 用于开展评估，进行企业调研、现场检查、专家评审会等支出
        绩效目标:
          - 通过开展评估工作，总结进展和成效。
        \(extraTopLevel)绩效指标:
          产出指标:
            数量指标:
              - 三级指标: 评估项目数
                绩效指标描述: 评估的项目数量
                指标值: \(count)
            时效指标:
              - 三级指标: 完成时间
                绩效指标描述: 工作完成时间
                指标值: 2022年12月
            成本指标:
              - 三级指标: 成本
                绩效指标描述: 开展工作所花费的成本
                指标值: ≤15万元
          效益指标:
            社会效益指标:
              - 三级指标: 专项工作报告
                绩效指标描述: 工作形成的专项工作报告数量
                指标值: ≥1篇
          满意度指标:
            服务对象满意度指标:
              - 三级指标: 服务单位满意度
                绩效指标描述: 服务对象对工作的满意程度
                指标值: ≥90%

        """
    }
}
