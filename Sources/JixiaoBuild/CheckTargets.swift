import Foundation
import JixiaoModel
import JixiaoParsing

/// The files `jixiao check` reads: folders are searched for project files, files are taken as given.
public struct CheckTargets: Sendable {
    /// One file to check: the path to print and its project id.
    public struct File: Sendable, Hashable {
        public var displayPath: String
        public var id: String
        public var url: URL
    }

    public var files: [File]
    /// The first folder named (or `content`), whose `jixiao.yaml` configures the run.
    public var configurationRoot: ContentTree?

    /// Thrown when an argument names nothing that exists.
    public struct MissingPath: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "找不到 \(path)（no such file or folder）" }
    }

    public init(arguments: [String]) throws {
        var files: [File] = []
        var root: ContentTree?
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw MissingPath(path: argument)
            }
            let url = URL(fileURLWithPath: argument)
            if isDirectory.boolValue {
                let tree = ContentTree(root: url)
                if root == nil { root = tree }
                let prefix = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
                for relative in tree.projectPaths() {
                    files.append(File(displayPath: prefix == "." ? relative : prefix + "/" + relative,
                                      id: ProjectParser.projectID(forPath: relative), url: tree.url(of: relative)))
                }
            } else {
                files.append(File(displayPath: argument, id: ProjectParser.projectID(forPath: url.lastPathComponent), url: url))
            }
        }
        var seen: Set<String> = []
        self.files = files.filter { seen.insert($0.displayPath).inserted }
        self.configurationRoot = root
    }

    /// parse → check → score every file.
    public func reports(configuration: JixiaoConfiguration) -> [ProjectReport] {
        let parsed = files.map { ProjectParser.parse(fileAt: $0.url, path: $0.displayPath) }
        var reports = ProjectAnalysis.reports(for: parsed, configuration: configuration)
        for index in reports.indices { reports[index].id = files[index].id }
        return reports
    }
}
