import Foundation
import JixiaoModel

/// Money units and how many yuan each stands for, to compare a cost threshold with the budget.
enum MoneyUnit {
    private static let yuan: [String: Double] = [
        "元": 1, "千元": 1_000, "万": 10_000, "万元": 10_000, "百万": 1_000_000, "百万元": 1_000_000,
        "亿": 100_000_000, "亿元": 100_000_000,
    ]

    /// Yuan per unit, nil when the text is not a money unit (e.g. `%`, `篇`).
    static func yuanPerUnit(_ unit: String) -> Double? {
        let scalars = unit.unicodeScalars
        // Nothing to trim when neither end is white space (Foundation trims scalar by scalar):
        // then a plain unit is looked up by its bytes (the keys are plain), without hashing.
        if let first = scalars.first, let last = scalars.last, !isSpace(first), !isSpace(last) {
            if let index = units.index(ofBytes: unit) { return perUnit[index] }
            if PlainText.isPlain(unit) { return nil }
            return yuan[unit]
        }
        return yuan[unit.trimmingCharacters(in: .whitespaces)]
    }

    /// Membership in `CharacterSet.whitespaces`: general category Zs and the tab.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || scalar.value == 0x09 }
        if (0x4E00...0x9FFF).contains(scalar.value) { return false }
        return scalar.properties.generalCategory == .spaceSeparator
    }

    private static let units = ByteTable(Array(yuan.keys))
    private static let perUnit = units.texts.map { yuan[$0]! }

    /// `value` written in `unit`, expressed in `target`; nil when either is not a money unit.
    static func convert(_ value: Double, from unit: String, to target: String) -> Double? {
        guard let from = yuanPerUnit(unit), let to = yuanPerUnit(target) else { return nil }
        return value * from / to
    }
}
