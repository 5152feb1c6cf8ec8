import JixiaoModel
import JixiaoParsing

/// A per-file rule that reads the project through a `RuleContext`: `checkFile` builds the context
/// once and hands it to every rule; a rule run on its own builds its own.
protocol ContextRule: Rule {
    func validate(_ context: RuleContext) -> [Diagnostic]
}

extension ContextRule {
    func validate(_ project: Project) -> [Diagnostic] {
        validate(RuleContext(project))
    }
}

/// The kind of a parsed 指标值 without its payload: matching on the `TargetValue` itself copies
/// it (and retains its strings) in every rule that asks.
enum TargetKind {
    case none, quantitative, deadline, qualitative
}

/// What several per-file rules ask of one indicator, worked out once per check: the parsed
/// target's kind and the parts of it rules test, texts normalised by `TextComparison` (and whether
/// they are plain), the categories looked up, the reading of the 实际完成值.
///
/// A class: rules pass it around per indicator, and a copy of a struct this size retained each
/// of its strings (more than the rules' own work).
final class IndicatorFacts {
    /// `Indicator.parsedTarget`'s kind; `.none` without 指标值.
    var kind: TargetKind = .none
    /// `Indicator.filledTarget != nil`.
    var filled = false

    /// For a quantitative target: the unit is blank (`missing_unit`).
    var unitBlank = false
    /// For a quantitative target: `NonstandardUnitRule.standard[unit]`.
    var standardUnit: String?
    /// For a quantitative target: the unit, standardised, is `%`.
    var percentUnit = false
    /// For a quantitative target: a restatement follows (`redundant_value`).
    var restated = false
    /// For a deadline target: its year when written.
    var deadlineYear: Int?

    /// `TextComparison.normalized` of 三级指标 and 绩效指标描述 ("" when missing), and whether plain.
    var name = "", namePlain = true
    var description = "", descriptionPlain = true
    /// `TextComparison.normalized` of the level-1 and level-2 names, and whether plain.
    var level1 = "", level1Plain = true
    var level2 = "", level2Plain = true
    /// The level-1 and level-2 names as written, and whether plain.
    var level1Text = "", level1TextPlain = true
    var level2Text = "", level2TextPlain = true
    /// When the four texts `duplicate_indicator` compares (name, description, level-1 and level-2
    /// text) are all plain, their byte counts mixed into one number: two such rows with different
    /// numbers differ.
    var plainLengths: Int?
    /// 一级指标 is one of `IndicatorCategory.level1`.
    var level1Known = false
    /// `IndicatorCategory.parentsOfLevel2[level2]`.
    var level2Parents: [String]?

    /// For a filled qualitative target: the normalised 指标值 and whether it is plain.
    var target = "", targetPlain = true
    /// `PlaceholderValueRule.repeatedText`: what a qualitative value merely repeats.
    var repeated: String?

    /// The 实际完成值 is filled in (not blank).
    var actualFilled = false
    /// The grammar's reading of a filled 实际完成值, for quantitative and deadline targets (the
    /// only ones where a number or a date is compared).
    var actualReading: TargetValue?
}

/// One project as the per-file rules read it: the indicators and their `IndicatorFacts`.
final class RuleContext {
    let project: Project
    let indicators: [Indicator]
    let facts: [IndicatorFacts]
    /// `Project.year`.
    let year: Int?

    init(_ project: Project) {
        self.project = project
        indicators = project.indicators
        year = project.year
        var facts: [IndicatorFacts] = []
        facts.reserveCapacity(indicators.count)
        var level1Cache = CategoryCache(), level2Cache = CategoryCache()
        for indicator in indicators {
            let indicatorFacts = IndicatorFacts()
            Self.fill(indicatorFacts, of: indicator, level1Cache: &level1Cache, level2Cache: &level2Cache)
            facts.append(indicatorFacts)
        }
        self.facts = facts
    }

    /// Calls `body` with each indicator's position and facts, in file order.
    @inline(__always)
    func forEachIndicator(_ body: (_ index: Int, _ facts: IndicatorFacts) -> Void) {
        for index in facts.indices { body(index, facts[index]) }
    }

    /// The normalised text of a category name and what is known of it; rows of one group share
    /// their category texts, so the last one is kept.
    private struct CategoryCache {
        var text: String?
        var textPlain = true
        var normalized = "", plain = true, known = false
        var parents: [String]?
    }

    private static func fill(_ facts: IndicatorFacts, of indicator: Indicator, level1Cache: inout CategoryCache,
                             level2Cache: inout CategoryCache) {
        let target = indicator.target
        facts.filled = target.map { !$0.isBlank } ?? false
        if let parsed = indicator.parsedTarget {
            switch parsed {
            case .quantitative(let quantity):
                facts.kind = .quantitative
                facts.unitBlank = PlainText.isBlank(quantity.unit)
                facts.standardUnit = NonstandardUnitRule.standardSpelling(of: quantity.unit)
                facts.percentUnit = facts.standardUnit != nil || PlainText.equals(quantity.unit, plain: "%")
                facts.restated = quantity.restatement != nil
            case .deadline(let deadline):
                facts.kind = .deadline
                facts.deadlineYear = deadline.year
            case .qualitative:
                facts.kind = .qualitative
            }
        }

        if let name = indicator.name {
            (facts.name, facts.namePlain) = TextComparison.normalizedAndPlain(name.text)
        }
        if let description = indicator.description {
            (facts.description, facts.descriptionPlain) = TextComparison.normalizedAndPlain(description.text)
        }

        let level1 = indicator.level1.text
        if level1Cache.text == nil || !PlainText.sameBytes(level1Cache.text!, level1) {
            if level1Names.index(ofBytes: level1) != nil {
                // An official name: plain, with nothing for normalising to drop.
                level1Cache = CategoryCache(text: level1, textPlain: true, normalized: level1, plain: true, known: true)
            } else {
                let (normalized, normalizedPlain) = TextComparison.normalizedAndPlain(level1)
                // Normalising only drops scalars: the same length means the same text.
                let plain = normalized.utf8.count == level1.utf8.count ? normalizedPlain : PlainText.isPlain(level1)
                level1Cache = CategoryCache(text: level1, textPlain: plain, normalized: normalized, plain: normalizedPlain,
                                            known: !plain && IndicatorCategory.level1.contains(level1))
            }
        }
        facts.level1Text = level1
        facts.level1TextPlain = level1Cache.textPlain
        facts.level1 = level1Cache.normalized
        facts.level1Plain = level1Cache.plain
        facts.level1Known = level1Cache.known

        let level2 = indicator.level2.text
        if level2Cache.text == nil || !PlainText.sameBytes(level2Cache.text!, level2) {
            if let index = level2Names.index(ofBytes: level2) {
                level2Cache = CategoryCache(text: level2, textPlain: true, normalized: level2, plain: true,
                                            parents: level2Parents[index])
            } else {
                let (normalized, normalizedPlain) = TextComparison.normalizedAndPlain(level2)
                let plain = normalized.utf8.count == level2.utf8.count ? normalizedPlain : PlainText.isPlain(level2)
                level2Cache = CategoryCache(text: level2, textPlain: plain, normalized: normalized,
                                            plain: normalizedPlain, parents: plain ? nil : IndicatorCategory.parentsOfLevel2[level2])
            }
        }
        facts.level2Text = level2
        facts.level2TextPlain = level2Cache.textPlain
        facts.level2 = level2Cache.normalized
        facts.level2Plain = level2Cache.plain
        facts.level2Parents = level2Cache.parents

        if facts.namePlain && facts.descriptionPlain && facts.level1TextPlain && facts.level2TextPlain {
            facts.plainLengths = ((facts.name.utf8.count &* 31 &+ facts.description.utf8.count) &* 31
                &+ level1.utf8.count) &* 31 &+ level2.utf8.count
        }

        if facts.filled, facts.kind == .qualitative, let target {
            (facts.target, facts.targetPlain) = TextComparison.normalizedAndPlain(target.text)
            if !indicator.isTimeliness { facts.repeated = PlaceholderValueRule.repeatedText(of: indicator, facts) }
        }

        if let actual = indicator.actual, !actual.isBlank {
            facts.actualFilled = true
            if facts.kind == .quantitative || facts.kind == .deadline {
                facts.actualReading = TargetValueGrammar.parse(actual.text)
            }
        }
    }

    /// The official level-1 names, and the level-2 names (all plain) with their parents.
    private static let level1Names = ByteTable(IndicatorCategory.level1)
    private static let level2Names = ByteTable(Array(IndicatorCategory.parentsOfLevel2.keys))
    private static let level2Parents = level2Names.texts.map { IndicatorCategory.parentsOfLevel2[$0]! }

}

extension TextComparison {
    /// `same(lhs, rhs)` for texts already normalised, given whether each is plain.
    static func sameNormalized(_ lhs: String, _ lhsPlain: Bool, _ rhs: String, _ rhsPlain: Bool) -> Bool {
        guard !lhs.isEmpty else { return false }
        return PlainText.sameBytes(lhs, rhs) || !(lhsPlain && rhsPlain) && lhs == rhs
    }

    /// `hasSuffix(text, suffix)` given whether each is plain.
    static func hasSuffix(_ text: String, _ textPlain: Bool, _ suffix: String, _ suffixPlain: Bool) -> Bool {
        guard textPlain, suffixPlain else { return text.hasSuffix(suffix) }
        return bytesEnd(text, with: suffix)
    }

    /// Whether the UTF-8 bytes of `text` end with those of `suffix`, compared in place.
    static func bytesEnd(_ text: String, with suffix: String) -> Bool {
        let count = text.utf8.count, suffixCount = suffix.utf8.count
        guard count >= suffixCount else { return false }
        var text = text, suffix = suffix
        return text.withUTF8 { bytes in
            suffix.withUTF8 { end in
                var index = 0
                while index < suffixCount {
                    if bytes[count - suffixCount + index] != end[index] { return false }
                    index += 1
                }
                return true
            }
        }
    }
}
