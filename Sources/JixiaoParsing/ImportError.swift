/// Why an import stopped; the description is the Chinese message the command prints.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The export could not be read.
    case unreadable(path: String, reason: String)
    /// The export is not UTF-8 (Word's "纯文本" export in GBK, for example).
    case notUTF8(path: String)
    /// No `…绩效目标表` heading was found.
    case noTables
    /// A table does not have the official layout.
    case malformedTable(line: Int, message: String)
    /// Files that already exist (nothing was written); import again with force to overwrite.
    case filesExist([String])
    /// A file could not be written.
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            "无法读取 \(path)：\(reason)"
        case let .notUTF8(path):
            "\(path) 不是 UTF-8 编码。请在 Word 中“另存为 → 纯文本”时选择 Unicode (UTF-8)，或先用 iconv -f GBK -t UTF-8 转换。"
        case .noTables:
            "没有找到任何“…绩效目标表”标题行：这不像是绩效目标表的文本导出。"
        case let .malformedTable(line, message):
            "第 \(line) 行开始的表格无法识别：\(message)"
        case let .filesExist(paths):
            "以下文件已存在，未写入任何文件（加 --force 覆盖）：\n" + paths.map { "  \($0)" }.joined(separator: "\n")
        case let .unwritable(path, reason):
            "无法写入 \(path)：\(reason)"
        }
    }
}
