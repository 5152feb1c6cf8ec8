import Foundation

/// What an import wrote: one file per table, in document order, and notes worth telling the user.
public struct ImportSummary: Sendable {
    /// The tables read, in document order.
    public var tables: [ImportedTable]
    /// The files written, one per table, in the same order.
    public var files: [URL]
    /// Things the user should know, e.g. rows that were regrouped under an earlier 二级指标.
    public var notes: [String]

    public init(tables: [ImportedTable], files: [URL], notes: [String]) {
        self.tables = tables
        self.files = files
        self.notes = notes
    }

    /// All indicator rows of all tables.
    public var indicatorCount: Int { tables.reduce(0) { $0 + $1.indicators.count } }

    /// The sum of the tables' 预算数 that read as numbers.
    public var budgetTotal: Double {
        tables.reduce(0) { sum, table in
            sum + (table.budgetTotal.flatMap { Double($0.replacingOccurrences(of: ",", with: "")) } ?? 0)
        }
    }
}
