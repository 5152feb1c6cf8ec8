/// One row of an imported indicator table: 一级指标 → 二级指标 → 三级指标, 绩效指标描述, 指标值.
public struct ImportedIndicator: Hashable, Sendable {
    public var level1: String
    public var level2: String
    public var name: String
    public var description: String
    public var target: String
    /// The 1-based line of the row's first cell in the export.
    public var line: Int

    public init(level1: String, level2: String, name: String, description: String, target: String, line: Int) {
        self.level1 = level1
        self.level2 = level2
        self.name = name
        self.description = description
        self.target = target
        self.line = line
    }
}
