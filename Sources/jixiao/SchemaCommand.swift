import ArgumentParser
import Foundation
import JixiaoBuild

/// `jixiao schema`: the JSON Schema of a project file, for editor completion and inline errors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "输出项目文件的 JSON Schema (print the JSON Schema of the project-file format)",
        discussion: """
        Draft-07, descriptions in Chinese. In VS Code (YAML extension by Red Hat):
          jixiao schema --output jixiao.schema.json
          .vscode/settings.json: { "yaml.schemas": { "./jixiao.schema.json": "content/**/*.yaml" } }
        """
    )

    @Option(help: "写入文件而不是标准输出 (write to FILE instead of standard output)")
    var output: String?

    func run() throws {
        let schema = ProjectFileSchema.json()
        guard let output else {
            print(schema, terminator: "")
            return
        }
        do {
            try Data(schema.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            FileHandle.standardError.write(Data("jixiao schema: 无法写入 \(output)：\(error.localizedDescription)\n".utf8))
            throw ExitCode(2)
        }
    }
}
