/// What one build or one batch did: the numbers the summary line, the log and status.json show.
public struct BuildSummary: Codable, Sendable, Equatable {
    /// True for a full build (start-up, SIGHUP, queue overflow, configuration change).
    public var full: Bool
    public var projects: Int
    /// Source files read and parsed in this build.
    public var filesParsed: Int
    /// Pages and exports rendered.
    public var pagesRendered: Int
    /// Files whose bytes changed on disk.
    public var filesWritten: Int
    public var filesRemoved: Int
    public var errors: Int
    public var warnings: Int
    public var milliseconds: Double

    public init(full: Bool) {
        self.full = full
        projects = 0
        filesParsed = 0
        pagesRendered = 0
        filesWritten = 0
        filesRemoved = 0
        errors = 0
        warnings = 0
        milliseconds = 0
    }

    /// One line: projects, pages, errors, warnings, milliseconds.
    public var line: String {
        let kind = full ? "完整构建" : "增量构建"
        return "\(kind)：\(projects) 个项目，渲染 \(pagesRendered) 页，写入 \(filesWritten) 个文件，删除 \(filesRemoved) 个，"
            + "\(errors) 个错误，\(warnings) 个警告，用时 \(Int(milliseconds.rounded())) 毫秒"
            + " (\(full ? "full" : "incremental") build: \(projects) projects, \(pagesRendered) pages rendered, "
            + "\(filesWritten) written, \(filesRemoved) removed, \(errors) errors, \(warnings) warnings, \(Int(milliseconds.rounded())) ms)"
    }
}
