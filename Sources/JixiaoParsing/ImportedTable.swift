/// One 绩效目标表 as read from the official document's text export, every cell trimmed.
public struct ImportedTable: Hashable, Sendable {
    /// The table's heading without its bookmark, e.g. `1.2022年度科技重大专项评估绩效目标表`.
    public var heading: String
    /// The 1-based line of the heading in the export.
    public var line: Int
    /// 项目名称 (the heading's title when the cell is missing).
    public var name: String
    /// 预算单位 as written, e.g. `331202天津市科学技术发展战略研究院`.
    public var unit: String?
    /// 预算年度: the first 20xx in the heading, else the importer's default year.
    public var year: Int?
    /// 金额单位, from `单位：万元`.
    public var moneyUnit: String?
    /// 预算数, 财政资金, 其他资金 as written; "" for a blank cell, nil when the cell is missing.
    public var budgetTotal: String?
    public var fiscalFunds: String?
    public var otherFunds: String?
    /// 资金用途; paragraphs joined with newlines.
    public var purpose: String?
    /// 绩效目标 without their `1.` numbers.
    public var goals: [String]
    /// 绩效指标 rows in document order, blank level cells filled from the row above.
    public var indicators: [ImportedIndicator]

    public init(heading: String, line: Int, name: String, unit: String? = nil, year: Int? = nil,
                moneyUnit: String? = nil, budgetTotal: String? = nil, fiscalFunds: String? = nil,
                otherFunds: String? = nil, purpose: String? = nil, goals: [String] = [],
                indicators: [ImportedIndicator] = []) {
        self.heading = heading
        self.line = line
        self.name = name
        self.unit = unit
        self.year = year
        self.moneyUnit = moneyUnit
        self.budgetTotal = budgetTotal
        self.fiscalFunds = fiscalFunds
        self.otherFunds = otherFunds
        self.purpose = purpose
        self.goals = goals
        self.indicators = indicators
    }
}
