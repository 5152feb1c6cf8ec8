/// Money units and how many yuan each stands for, to compare a cost threshold with the budget.
enum MoneyUnit {
    private static let yuan: [String: Double] = [
        "元": 1, "千元": 1_000, "万": 10_000, "万元": 10_000, "百万": 1_000_000, "百万元": 1_000_000,
        "亿": 100_000_000, "亿元": 100_000_000,
    ]

    /// Yuan per unit, nil when the text is not a money unit (e.g. `%`, `篇`).
    static func yuanPerUnit(_ unit: String) -> Double? {
        yuan[unit.trimmingCharacters(in: .whitespaces)]
    }

    /// `value` written in `unit`, expressed in `target`; nil when either is not a money unit.
    static func convert(_ value: Double, from unit: String, to target: String) -> Double? {
        guard let from = yuanPerUnit(unit), let to = yuanPerUnit(target) else { return nil }
        return value * from / to
    }
}
