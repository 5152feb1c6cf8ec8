import ArgumentParser
import Foundation
import JixiaoBuild

/// `jixiao diff BASE [HEAD]`: what a change does to the projects, their findings and scores.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "比较两个 git 版本的项目文件 (compare the content folder between two git revisions)",
        discussion: """
        Reads both revisions with git (nothing is checked out) and reports projects added, removed and \
        changed: budget, target values, indicators, findings new and resolved, and scores before → after. \
        HEAD omitted compares BASE with the working tree. Run it inside the repository; --content is \
        relative to the repository root. Markdown (for a pull-request comment) by default.
        Example: jixiao diff origin/main HEAD >> "$GITHUB_STEP_SUMMARY"
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case markdown, json
    }

    @Argument(help: "基准版本 (base revision, e.g. origin/main)")
    var base: String

    @Argument(help: "比较的版本；省略时为工作区 (head revision; default: the working tree)")
    var head: String?

    @Option(help: "内容目录，相对于仓库根目录 (content folder, relative to the repository root)")
    var content: String = "content"

    @Option(help: "输出格式 (output format): markdown, json")
    var format: OutputFormat = .markdown

    func run() throws {
        let diff: ContentDiff
        do {
            diff = try ContentDiff.compare(base: base, head: head, content: content,
                                           in: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        } catch {
            FileHandle.standardError.write(Data("jixiao diff: \(error)\n".utf8))
            throw ExitCode(2)
        }
        print(format == .json ? diff.json() : diff.markdown(), terminator: "")
    }
}
