import JixiaoModel

/// The keys of a project file: the official Chinese terms, one spelling each, no aliases.
enum ProjectSchema {
    static let name = "项目名称"
    static let unit = "预算单位"
    static let year = "预算年度"
    static let moneyUnit = "金额单位"
    static let budget = "预算"
    static let purpose = "资金用途"
    static let goals = "绩效目标"
    static let indicators = "绩效指标"
    static let executed = "预算执行数"

    static let budgetTotal = "预算数"
    static let budgetFiscal = "财政资金"
    static let budgetOther = "其他资金"

    static let indicatorName = "三级指标"
    static let indicatorDescription = "绩效指标描述"
    static let target = "指标值"
    static let actual = "实际完成值"
    static let deviationReason = "偏差原因"
    static let weight = "分值"
    static let score = "得分"

    static let topLevel = [name, unit, year, moneyUnit, budget, purpose, goals, indicators, executed]
    static let requiredTopLevel = [name, unit, year, moneyUnit, budget, purpose, goals, indicators]
    static let budgetKeys = [budgetTotal, budgetFiscal, budgetOther]
    static let requiredBudgetKeys = [budgetTotal, budgetFiscal]
    static let indicatorKeys = [indicatorName, indicatorDescription, target, actual, deviationReason, weight, score]
    static let requiredIndicatorKeys = [indicatorName, indicatorDescription, target]

    // Positions in `topLevel`, `budgetKeys` and `indicatorKeys` (same order), so the walker
    // switches on what `SeenKeys` found instead of comparing Chinese strings case after case.
    enum TopLevelKey: Int, CaseIterable { case name, unit, year, moneyUnit, budget, purpose, goals, indicators, executed }
    enum BudgetKey: Int, CaseIterable { case total, fiscal, other }
    enum IndicatorKey: Int, CaseIterable { case name, description, target, actual, deviationReason, weight, score }
}

/// The keys of one schema level with their UTF-8, made once, for `SeenKeys`.
struct KeyList: Sendable {
    let keys: [String]
    let utf8: [[UInt8]]

    init(_ keys: [String]) {
        self.keys = keys
        utf8 = keys.map { Array($0.utf8) }
    }

    /// The position of the key whose UTF-8 is `bytes`.
    func position(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for index in utf8.indices where utf8[index].count == bytes.count {
            let equal = utf8[index].withUnsafeBufferPointer { key in
                for offset in 0..<key.count where key[offset] != bytes[offset] { return false }
                return true
            }
            if equal { return index }
        }
        return nil
    }

    /// The positions of `required` (keys of this list) in it, in the order of `required`.
    func positions(of required: [String]) -> [(key: String, position: Int)] {
        required.map { key in (key, keys.firstIndex(of: key)!) }
    }
}

extension ProjectSchema {
    static let topLevelList = KeyList(topLevel)
    static let budgetList = KeyList(budgetKeys)
    static let indicatorList = KeyList(indicatorKeys)
    /// The official level-1 and level-2 indicator names, for the keys that name categories.
    static let categoryNames = KeyList(IndicatorCategory.level1
        + IndicatorCategory.level1.flatMap { IndicatorCategory.level2[$0] ?? [] }.filter { !IndicatorCategory.level1.contains($0) })

    // The required keys with their positions in their lists, for `SeenKeys.contains(position:)`.
    static let requiredTopLevelPositions = topLevelList.positions(of: requiredTopLevel)
    static let requiredBudgetPositions = budgetList.positions(of: requiredBudgetKeys)
    static let requiredIndicatorPositions = indicatorList.positions(of: requiredIndicatorKeys)
}

/// Which keys of one schema level a mapping had, answering as a `Set<String>` of every key read
/// would for the schema's own keys (the only ones asked about).
///
/// Replaces hashing each key (Chinese text is normalised to NFC to hash): a plain key
/// (`PlainText`) equals a schema key exactly when their bytes do; any other key is compared with
/// `String ==`.
struct SeenKeys {
    private let schema: KeyList
    /// Bit `position` set for each key noted: no array to allocate for every indicator.
    private var seen: UInt64 = 0

    /// A schema of at most 64 keys (the project schema's levels have 3 to 9).
    init(_ schema: KeyList) {
        precondition(schema.keys.count <= 64, "SeenKeys holds at most 64 keys")
        self.schema = schema
    }

    init(_ schema: [String]) {
        self.init(KeyList(schema))
    }

    /// Notes the key whose text has exactly the UTF-8 of one of the schema's keys; that key's
    /// position, nil (nothing noted) for any other text.
    mutating func insert(exactUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let position = schema.position(ofUTF8: bytes) else { return nil }
        seen |= 1 << UInt64(position)
        return position
    }

    /// The schema's key at `position`.
    func key(at position: Int) -> String { schema.keys[position] }

    /// Notes `key`; its position in the schema, nil when it is not one of the schema's keys.
    @discardableResult
    mutating func insert(_ key: String) -> Int? {
        guard let position = Self.position(of: key, in: schema) else { return nil }
        seen |= 1 << UInt64(position)
        return position
    }

    /// Whether the schema's key at `position` was noted (`contains` of that key).
    func contains(position: Int) -> Bool { seen & (1 << UInt64(position)) != 0 }

    func contains(_ key: String) -> Bool {
        Self.position(of: key, in: schema).map { contains(position: $0) } ?? false
    }

    /// Where `key` stands in `schema` (whose keys are plain), by `String ==`.
    ///
    /// Byte-equal texts are equal, so the key's bytes are looked up first; a key that matches
    /// none is compared with `String ==` only when it is not plain, since two plain texts are
    /// equal only when their bytes are.
    static func position(of key: String, in schema: KeyList) -> Int? {
        var text = key
        let (position, plain) = text.withUTF8 { bytes in
            let position = schema.position(ofUTF8: bytes)
            return (position, position == nil && PlainText.isPlain(utf8: bytes))
        }
        if position != nil || plain { return position }
        return schema.keys.firstIndex(of: key)
    }
}
