import ArgumentParser
import Foundation

/// The folders every site-writing subcommand takes.
struct SiteOptions: ParsableArguments {
    @Option(help: "内容目录：项目文件所在 (content folder)")
    var content: String = "content"

    @Option(help: "输出目录：生成的网站 (output folder for the site)")
    var output: String = "site"

    var contentURL: URL { URL(fileURLWithPath: content) }
    var outputURL: URL { URL(fileURLWithPath: output) }

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("内容目录不存在：\(content) (no such content folder)")
        }
    }
}
