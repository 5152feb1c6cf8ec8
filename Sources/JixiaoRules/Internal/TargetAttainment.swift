import JixiaoModel
import JixiaoParsing

/// Whether a 实际完成值 meets its 指标值, as far as the text lets us tell.
enum TargetAttainment: Equatable {
    case met, missed, unknown

    /// Words that say a qualitative target was missed.
    private static let missedWords = ["未达成", "部分达成", "未完成"]
    private static let missedWordList = WordList(missedWords)

    /// Compares an actual value with the target, using the target's comparator (domain.md §5).
    static func of(actual: String, target: TargetValue, budgetYear: Int?) -> TargetAttainment {
        // The actual value is read with the grammar only where a number or a date is compared.
        switch target {
        case .quantitative, .deadline:
            of(actual: actual, reading: TargetValueGrammar.parse(actual), target: target, budgetYear: budgetYear)
        case .qualitative:
            of(actual: actual, reading: nil, target: target, budgetYear: budgetYear)
        }
    }

    /// `of(actual:target:budgetYear:)` given the grammar's reading of the actual value, which is
    /// only read for quantitative and deadline targets (nil for others).
    static func of(actual: String, reading: TargetValue?, target: TargetValue, budgetYear: Int?) -> TargetAttainment {
        switch target {
        case .quantitative(let goal):
            guard let reading, let achieved = number(in: reading, unit: goal.unit) else { return .unknown }
            return compare(achieved, goal.comparator, goal.number) ? .met : .missed
        case .deadline(let goal):
            guard case .deadline(let done)? = reading else { return .unknown }
            let goalKey = key(goal, budgetYear: budgetYear), doneKey = key(done, budgetYear: budgetYear)
            return doneKey.lexicographicallyPrecedes(goalKey) || doneKey == goalKey ? .met : .missed
        case .qualitative:
            let text = TextComparison.normalized(actual)
            if missedWordList.firstIndex(in: text) != nil { return .missed }
            return .unknown
        }
    }

    /// The actual number in the target's unit; nil when there is none or the units cannot be compared.
    static func number(in reading: TargetValue, unit goalUnit: String) -> Double? {
        guard case .quantitative(let quantity) = reading else { return nil }
        let unit = normalizedUnit(quantity.unit), goal = normalizedUnit(goalUnit)
        if unit.isEmpty || goal.isEmpty || unit == goal { return quantity.number }
        return MoneyUnit.convert(quantity.number, from: unit, to: goal)
    }

    private static func normalizedUnit(_ unit: String) -> String {
        NonstandardUnitRule.standardSpelling(of: unit) ?? unit
    }

    private static func compare(_ actual: Double, _ comparator: Comparator, _ goal: Double) -> Bool {
        let epsilon = 1e-9
        switch comparator {
        case .atLeast: return actual >= goal - epsilon
        case .greater: return actual > goal
        case .atMost: return actual <= goal + epsilon
        case .less: return actual < goal
        case .equal: return abs(actual - goal) < epsilon || actual >= goal  // exceeding a plain count is met
        }
    }

    private static func key(_ deadline: Deadline, budgetYear: Int?) -> [Int] {
        [deadline.year ?? budgetYear ?? 0, deadline.month, deadline.day ?? 31]
    }
}
