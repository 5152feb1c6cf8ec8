/// A money amount as written (`15.00`, blank) and its value when it reads as a number.
public struct Amount: Hashable, Codable, Sendable {
    public var text: String
    public var value: Double?
    public var location: SourceLocation

    public init(text: String, value: Double?, location: SourceLocation) {
        self.text = text
        self.value = value
        self.location = location
    }
}

/// 预算: the total and its parts (预算数 = 财政资金 + 其他资金).
public struct Budget: Hashable, Codable, Sendable {
    public var total: Amount?
    public var fiscal: Amount?
    public var other: Amount?
    public var location: SourceLocation

    public init(total: Amount?, fiscal: Amount?, other: Amount?, location: SourceLocation) {
        self.total = total
        self.fiscal = fiscal
        self.other = other
        self.location = location
    }
}

/// One row of the indicator table: level 1 → level 2 → 三级指标 with its target and year-end values.
///
/// A value type whose fields live in one copy-on-write box: rules, scoring and the renderer loop
/// over a project's indicators many times, and copying the struct used to retain each of its
/// dozen strings every time (about 4 % of a cold build's CPU). A copy now retains one box; a
/// change to a shared box copies it first, so it behaves exactly like the plain struct it was.
public struct Indicator: Hashable, Codable, Sendable {
    /// 一级指标, e.g. 产出指标 (location of its key).
    public var level1: Field {
        get { storage.fields.level1 }
        set {
            let box = mutableStorage
            box.fields.level1 = newValue
            box.updateCategories()
        }
    }
    /// 二级指标, e.g. 数量指标 (location of its key).
    public var level2: Field {
        get { storage.fields.level2 }
        set {
            let box = mutableStorage
            box.fields.level2 = newValue
            box.updateCategories()
        }
    }
    /// 三级指标: the indicator's name.
    public var name: Field? {
        get { storage.fields.name }
        set { mutableStorage.fields.name = newValue }
    }
    /// 绩效指标描述.
    public var description: Field? {
        get { storage.fields.description }
        set { mutableStorage.fields.description = newValue }
    }
    /// 指标值 as written.
    public var target: Field? {
        get { storage.fields.target }
        set { mutableStorage.fields.target = newValue }
    }
    /// 指标值 parsed by the target-value grammar; nil when 指标值 is missing.
    public var targetValue: TargetValue? {
        get { storage.fields.targetValue }
        set { mutableStorage.fields.targetValue = newValue }
    }
    /// 实际完成值 (year end).
    public var actual: Field? {
        get { storage.fields.actual }
        set { mutableStorage.fields.actual = newValue }
    }
    /// 偏差原因 (year end).
    public var deviationReason: Field? {
        get { storage.fields.deviationReason }
        set { mutableStorage.fields.deviationReason = newValue }
    }
    /// 分值: the indicator's weight in the self-evaluation.
    public var weight: Field? {
        get { storage.fields.weight }
        set { mutableStorage.fields.weight = newValue }
    }
    /// 得分: points the unit gave itself.
    public var score: Field? {
        get { storage.fields.score }
        set { mutableStorage.fields.score = newValue }
    }
    /// Where the list item starts (its `-`).
    public var location: SourceLocation {
        get { storage.fields.location }
        set { mutableStorage.fields.location = newValue }
    }

    private var storage: Storage

    public init(level1: Field, level2: Field, name: Field? = nil, description: Field? = nil,
                target: Field? = nil, targetValue: TargetValue? = nil, actual: Field? = nil,
                deviationReason: Field? = nil, weight: Field? = nil, score: Field? = nil,
                location: SourceLocation) {
        storage = Storage(Fields(level1: level1, level2: level2, name: name, description: description,
                                 target: target, targetValue: targetValue, actual: actual,
                                 deviationReason: deviationReason, weight: weight, score: score,
                                 location: location))
    }

    /// True when any year-end value (实际完成值, 得分) is filled in; blank cells do not count.
    public var hasYearEndValues: Bool {
        (actual.map { !$0.isBlank } ?? false) || (score.map { !$0.isBlank } ?? false)
    }

    /// The box, copied first when another `Indicator` shares it.
    private var mutableStorage: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            return storage
        }
    }

    // MARK: Hashable and Codable through the fields, as the synthesized ones were

    public static func == (lhs: Indicator, rhs: Indicator) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    public init(from decoder: Decoder) throws {
        storage = Storage(try Fields(from: decoder))
    }

    public func encode(to encoder: Encoder) throws {
        try storage.fields.encode(to: encoder)
    }

    /// True for cost indicators (成本指标 under 产出, or any indicator under level-1 成本指标).
    public var isCost: Bool { storage.categories.contains(.cost) }

    /// True for 时效指标, whose values should be deadlines.
    public var isTimeliness: Bool { storage.categories.contains(.timeliness) }

    /// True for satisfaction indicators (level-1 满意度指标).
    public var isSatisfaction: Bool { storage.categories.contains(.satisfaction) }

    /// True under level-1 产出指标.
    public var isOutput: Bool { storage.categories.contains(.output) }

    /// True under level-1 效益指标.
    public var isBenefit: Bool { storage.categories.contains(.benefit) }

    /// True for level-2 数量指标.
    public var isQuantity: Bool { storage.categories.contains(.quantity) }

    /// True for level-2 质量指标.
    public var isQuality: Bool { storage.categories.contains(.quality) }

    /// The box. Its fields change only through `mutableStorage`, that is only while one
    /// `Indicator` holds it, so sharing it between threads is as safe as sharing the struct was.
    /// It also holds what `IndicatorCategory` says of the two category names, worked out once
    /// (the rules ask it of every row several times) and again whenever a name changes.
    private final class Storage: @unchecked Sendable {
        var fields: Fields
        private(set) var categories: Categories

        init(_ fields: Fields) {
            // The flags first, then the fields moved in (not copied, then the argument destroyed).
            categories = Categories(fields)
            self.fields = fields
        }

        /// After a category name changed (the `level1` and `level2` setters call it).
        func updateCategories() { categories = Categories(fields) }
    }

    private struct Categories: OptionSet {
        let rawValue: UInt8
        static let cost = Categories(rawValue: 1)
        static let timeliness = Categories(rawValue: 2)
        static let satisfaction = Categories(rawValue: 4)
        static let output = Categories(rawValue: 8)
        static let benefit = Categories(rawValue: 16)
        static let quantity = Categories(rawValue: 32)
        static let quality = Categories(rawValue: 64)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init(_ fields: Fields) {
            if let categories = Categories(plain: fields.level1.text, fields.level2.text) {
                self = categories
                return
            }
            self.init(general: fields)
        }

        /// The flags for names that each have the bytes of one of the (plain) category names
        /// compared with, or are plain: then `PlainText.equals` with those names is byte equality,
        /// and only names of their length need comparing. nil for any other name.
        init?(plain level1: String, _ level2: String) {
            var categories: Categories = []
            switch level1.utf8.count {
            case 12:
                if PlainText.sameBytes(level1, "产出指标") {
                    categories.insert(.output)
                } else if PlainText.sameBytes(level1, "效益指标") {
                    categories.insert(.benefit)
                } else if PlainText.sameBytes(level1, "成本指标") {
                    categories.insert(.cost)
                } else if !PlainText.isPlain(level1) {
                    return nil
                }
            case 15:
                if PlainText.sameBytes(level1, "满意度指标") {
                    categories.insert(.satisfaction)
                } else if !PlainText.isPlain(level1) {
                    return nil
                }
            default:
                if !PlainText.isPlain(level1) { return nil }
            }
            if level2.utf8.count == 12 {
                if PlainText.sameBytes(level2, "成本指标") {
                    categories.insert(.cost)
                } else if PlainText.sameBytes(level2, "时效指标") {
                    categories.insert(.timeliness)
                } else if PlainText.sameBytes(level2, "数量指标") {
                    categories.insert(.quantity)
                } else if PlainText.sameBytes(level2, "质量指标") {
                    categories.insert(.quality)
                } else if !PlainText.isPlain(level2) {
                    return nil
                }
            } else if !PlainText.isPlain(level2) {
                return nil
            }
            self = categories
        }

        /// The flags from `IndicatorCategory` and `PlainText.equals`, for any names (the tests
        /// compare both ways).
        init(general fields: Fields) {
            var categories: Categories = []
            if IndicatorCategory.isCost(level1: fields.level1.text, level2: fields.level2.text) { categories.insert(.cost) }
            if IndicatorCategory.isTimeliness(fields.level2.text) { categories.insert(.timeliness) }
            if IndicatorCategory.isSatisfaction(level1: fields.level1.text) { categories.insert(.satisfaction) }
            if PlainText.equals(fields.level1.text, plain: "产出指标") { categories.insert(.output) }
            if PlainText.equals(fields.level1.text, plain: "效益指标") { categories.insert(.benefit) }
            if PlainText.equals(fields.level2.text, plain: "数量指标") { categories.insert(.quantity) }
            if PlainText.equals(fields.level2.text, plain: "质量指标") { categories.insert(.quality) }
            self = categories
        }
    }

    private struct Fields: Hashable, Codable {
        var level1: Field
        var level2: Field
        var name: Field?
        var description: Field?
        var target: Field?
        var targetValue: TargetValue?
        var actual: Field?
        var deviationReason: Field?
        var weight: Field?
        var score: Field?
        var location: SourceLocation
    }
}

/// One 项目支出绩效目标表, read from one file under `content/`.
public struct Project: Hashable, Codable, Sendable {
    /// The path under the content folder without the extension, e.g. `2022/海河实验室联盟`.
    public var id: String
    /// The path under the content folder, e.g. `2022/海河实验室联盟.yaml`.
    public var path: String
    /// 项目名称.
    public var name: Field?
    /// 预算单位, e.g. `331202 天津市科学技术发展战略研究院`.
    public var unit: Field?
    /// 预算年度 as written.
    public var budgetYear: Field?
    /// 金额单位, almost always 万元.
    public var moneyUnit: Field?
    /// 预算.
    public var budget: Budget?
    /// 资金用途.
    public var purpose: Field?
    /// 绩效目标: goal sentences in order.
    public var goals: [Field]
    /// 绩效指标 in file order.
    public var indicators: [Indicator]
    /// 预算执行数 (year end).
    public var executedAmount: Amount?

    public init(id: String, path: String, name: Field? = nil, unit: Field? = nil, budgetYear: Field? = nil,
                moneyUnit: Field? = nil, budget: Budget? = nil, purpose: Field? = nil, goals: [Field] = [],
                indicators: [Indicator] = [], executedAmount: Amount? = nil) {
        self.id = id
        self.path = path
        self.name = name
        self.unit = unit
        self.budgetYear = budgetYear
        self.moneyUnit = moneyUnit
        self.budget = budget
        self.purpose = purpose
        self.goals = goals
        self.indicators = indicators
        self.executedAmount = executedAmount
    }

    /// 预算年度 as a number when it reads as one.
    public var year: Int? { budgetYear.flatMap { Int($0.text) } }

    /// The display name: 项目名称, or the id when the name is missing.
    public var displayName: String {
        if let name, !name.isBlank { return name.text }
        return id
    }

    /// True when any year-end value is present (预算执行数 or any indicator's 实际完成值/得分).
    public var hasYearEndValues: Bool {
        (executedAmount.map { !PlainText.isBlank($0.text) } ?? false) || indicators.contains(where: \.hasYearEndValues)
    }
}
