import JixiaoModel

/// Reads quantities: `[subject] [comparator] number [unit] [以内|以上] [restatement]`, e.g. `≥20个`,
/// `对接企业数量不少于100家`, `10万元以内`, `≥2不少于2次`, `11本`, `≤6`. Rules that keep prose out:
/// a value without a comparator must start with its number; a four-digit 19xx/20xx followed by `年`
/// is a year, and a number followed by `月`/`日` is a date, never a count; whatever follows the unit
/// must be a restatement of the same comparison, else the value is not a quantity at all.
enum TargetValueQuantityParser {
    static func parse(_ text: TargetValueText) -> Quantity? {
        // Every reading needs a number: without a digit there is nothing to try.
        guard text.hasDigit else { return nil }
        // Try each place a comparison may begin, left to right; the first that reads fully wins.
        var index = 0
        while index < text.count {
            if let quantity = parse(text, from: 0, start: index, allowSubject: true) { return quantity }
            index += 1
        }
        return nil
    }

    /// Reads a quantity whose comparator or number begins at `start`; `from..<start` is its subject.
    private static func parse(_ text: TargetValueText, from subjectStart: Int, start: Int,
                              allowSubject: Bool) -> Quantity? {
        if startsInsideComparator(text, at: start) { return nil }
        var index = start
        var prefix: (comparator: Comparator, text: String)?
        if let (word, length) = TargetValueVocabulary.comparator(
            in: TargetValueVocabulary.prefixComparators, of: text, at: index) {
            prefix = (word.comparator, text.text(index..<index + length))
            index = text.skipSpaces(from: index + length)
        }
        guard let number = text.number(at: index) else { return nil }
        // Do not read a digit in the middle of a number as a new number (`12` in `112本`).
        if prefix == nil, text.isDigit(at: start - 1) { return nil }
        index = text.skipSpaces(from: number.range.upperBound)
        if isYearOrDate(number, in: text, next: index) { return nil }

        var unit = ""
        if let word = TargetValueVocabulary.units.first(where: { text.matches($0, at: index) }) {
            unit = text.text(index..<index + word.count)
            index = text.skipSpaces(from: index + word.count)
        }
        var suffix: (comparator: Comparator, text: String)?
        if let (word, length) = TargetValueVocabulary.comparator(
            in: TargetValueVocabulary.suffixComparators, of: text, at: index) {
            suffix = (word.comparator, text.text(index..<index + length))
            index = text.skipSpaces(from: index + length)
        }

        var restatement: String?
        var restated: Comparator?
        if index < text.count {
            if unit.isEmpty, suffix == nil, let unknown = unknownUnit(in: text, from: index) {
                unit = unknown.unit
                suffix = unknown.suffix
            } else if let again = parse(text, from: index, start: index, allowSubject: false),
                      again.number == number.value, again.restatement == nil,
                      again.unit.isEmpty || unit.isEmpty || again.unit == unit,
                      prefix.map({ $0.comparator.direction == again.comparator.direction }) ?? true,
                      suffix == nil {
                restatement = text.text(index..<text.count)
                restated = again.comparator
                if unit.isEmpty { unit = again.unit }
            } else {
                return nil
            }
        }

        let comparator: Comparator
        let comparatorText: String
        switch (prefix, suffix) {
        case let (prefix?, suffix?):
            // `≥95%以上`: the suffix repeats the comparison.
            guard prefix.comparator.direction == suffix.comparator.direction, restatement == nil else { return nil }
            comparator = prefix.comparator
            comparatorText = prefix.text
            restatement = suffix.text
        case let (prefix?, nil):
            comparator = prefix.comparator
            comparatorText = prefix.text
        case let (nil, suffix?):
            comparator = suffix.comparator
            comparatorText = suffix.text
        case (nil, nil):
            // `2不少于2次`: the restatement says what the bare number meant.
            comparator = restated ?? .equal
            comparatorText = ""
        }

        let subjectEnd = text.trimSpaces(before: start, notBefore: subjectStart)
        let subject = text.text(subjectStart..<subjectEnd)
        if !subject.isEmpty {
            // A subject names what is counted; without a comparator the words are prose (`早于12个月`).
            guard allowSubject, prefix != nil || suffix != nil,
                  !subject.contains(where: TargetValueVocabulary.clausePunctuation.contains),
                  !containsComparator(text, in: subjectStart..<subjectEnd) else { return nil }
        }
        if !allowSubject, prefix == nil, suffix == nil { return nil }
        return Quantity(comparator: comparator, comparatorText: comparatorText, number: number.value,
                        numberText: number.text, unit: unit, subject: subject, restatement: restatement)
    }

    /// True when a longer comparator that begins before `index` covers it (`少于` inside `不少于`).
    private static func startsInsideComparator(_ text: TargetValueText, at index: Int) -> Bool {
        (max(0, index - 4)..<index).contains { earlier in
            guard let (_, length) = TargetValueVocabulary.comparator(
                in: TargetValueVocabulary.prefixComparators, of: text, at: earlier) else { return false }
            return earlier + length > index
        }
    }

    /// A subject holding a comparison of its own (`≥2` in `≥2不少于3次`) is a second target, not a name.
    private static func containsComparator(_ text: TargetValueText, in range: Range<Int>) -> Bool {
        range.contains { index in
            TargetValueVocabulary.comparator(in: TargetValueVocabulary.prefixComparators, of: text, at: index)
                .map { index + $0.length <= range.upperBound } ?? false
        }
    }

    /// `2022年…` is a year and `12月`, `31日` a date: neither is a count.
    private static func isYearOrDate(_ number: TargetValueText.Number, in text: TargetValueText, next: Int) -> Bool {
        if text.has("月", at: next) || text.has("日", at: next) || text.has("号", at: next) {
            return true
        }
        guard text.has("年", at: next), let value = Int(number.text), number.text.count == 4 else { return false }
        return (1900...2099).contains(value)
    }

    /// One or two Han characters that end the value (before an optional `以上`/`以内`), e.g. `台` in `≥3台`.
    private static func unknownUnit(in text: TargetValueText, from index: Int)
        -> (unit: String, suffix: (comparator: Comparator, text: String)?)? {
        var end = index
        while end < text.count, text.isHan(at: end), end - index < 2 {
            if TargetValueVocabulary.comparator(in: TargetValueVocabulary.suffixComparators, of: text, at: end) != nil {
                break
            }
            end += 1
        }
        guard end > index else { return nil }
        let unit = text.text(index..<end)
        let afterUnit = text.skipSpaces(from: end)
        if afterUnit == text.count { return (unit, nil) }
        guard let (word, length) = TargetValueVocabulary.comparator(
                in: TargetValueVocabulary.suffixComparators, of: text, at: afterUnit),
              text.skipSpaces(from: afterUnit + length) == text.count else { return nil }
        return (unit, (word.comparator, text.text(afterUnit..<afterUnit + length)))
    }
}
