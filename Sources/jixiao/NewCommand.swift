import ArgumentParser
import Foundation
import JixiaoBuild

/// `jixiao new PATH`: a new project file from the commented template, so nobody starts from a blank page.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "用带注释的模板新建项目文件 (write a new project file from the commented template)",
        discussion: "Never overwrites an existing file unless --force is given. Example: jixiao new content/2025/新项目.yaml"
    )

    @Argument(help: "新文件的路径，如 content/2025/新项目.yaml (path of the new file)")
    var path: String

    @Option(help: "项目名称；默认取文件名 (project name; default: the file name)")
    var name: String?

    @Option(help: "预算单位，如 \"331202 天津市科学技术发展战略研究院\" (budget unit)")
    var unit: String?

    @Option(help: "预算年度；默认为今年 (budget year; default: this year)")
    var year: Int?

    @Flag(help: "覆盖已有文件 (overwrite an existing file)")
    var force = false

    func validate() throws {
        guard path.hasSuffix(".yaml") || path.hasSuffix(".yml") else {
            throw ValidationError("项目文件应以 .yaml 结尾：\(path) (project files end in .yaml)")
        }
    }

    func run() throws {
        let budgetYear = year ?? Calendar(identifier: .gregorian).component(.year, from: Date())
        do {
            try ProjectTemplate.write(to: URL(fileURLWithPath: path), name: name, unit: unit, year: budgetYear, force: force)
        } catch let exists as ProjectTemplate.FileExists {
            FileHandle.standardError.write(Data("jixiao new: \(exists)\n".utf8))
            throw ExitCode(1)
        } catch {
            FileHandle.standardError.write(Data("jixiao new: 无法写入 \(path)：\(error.localizedDescription)\n".utf8))
            throw ExitCode(2)
        }
        print("已创建 \(path)：按注释填写后运行 jixiao check \(path)")
    }
}
