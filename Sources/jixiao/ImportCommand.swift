import ArgumentParser
import Foundation
import JixiaoParsing

/// `jixiao import FILE --into DIR [--force] [--year N]`: the official table document's text export
/// → one YAML file per table. Exit 1 when a file exists (without --force) or the export is unreadable,
/// 2 on misuse.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "把绩效目标表文档的文本导出导入为每个项目一个 YAML 文件 (import the tables' text export)",
        discussion: """
        FILE 是 Word 文档“另存为 → 纯文本 (UTF-8)”得到的文本。每张“…绩效目标表”写成 DIR 下的 <项目名称>.yaml。
        已有同名文件时不写入任何文件并以 1 退出，除非给出 --force。
        """
    )

    @Argument(help: "绩效目标表文档的文本导出 (UTF-8)")
    var file: String

    @Option(name: .customLong("into"), help: "写入的文件夹，例如 content/2022")
    var into: String

    @Flag(help: "覆盖已存在的文件")
    var force = false

    @Option(help: "标题中没有年份时使用的预算年度（默认：文档中其他标题的年份）")
    var year: Int?

    // A ValidationError is misuse: the root command exits 2 for it.
    func validate() throws {
        if let year, !(1900...2099).contains(year) {
            throw ValidationError("--year 应为四位年份，例如 2022")
        }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: into, isDirectory: true)
        do {
            let summary = try TableImporter(defaultYear: year)
                .importFile(at: URL(fileURLWithPath: file), into: folder, force: force)
            for (table, url) in zip(summary.tables, summary.files) {
                print("写入 \(displayPath(url, under: into))（\(table.indicators.count) 个指标）")
            }
            for note in summary.notes {
                print("注意：\(note)")
            }
            let budget = String(format: "%.2f", summary.budgetTotal)
            print("共导入 \(summary.tables.count) 张表、\(summary.indicatorCount) 个指标，预算合计 \(budget) 万元。")
        } catch let error as ImportError {
            FileHandle.standardError.write(Data("错误：\(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }

    private func displayPath(_ url: URL, under folder: String) -> String {
        (folder as NSString).appendingPathComponent(url.lastPathComponent)
    }
}
