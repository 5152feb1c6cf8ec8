import JixiaoModel

/// Reads deadlines: `2022年12月`, `2022年12月底前`, `2022年底`, `年底前`, `12月`, `<12月`,
/// `2022年12月31日`, `2022-12`, `12月底前完成`. A number of months (`早于12个月`) or a bare year (`2022年`) is not a date.
enum TargetValueDeadlineParser {
    static func parse(_ written: TargetValueText) -> Deadline? {
        // Spaces carry no meaning inside a date (`2022 年 12 月`); without any, the text is read as it is.
        let text = written.spaces.contains(true) ? TargetValueText(written.withoutSpaces()) : written
        var index = 0
        var comparator = Comparator.atMost
        if let (word, length) = TargetValueVocabulary.comparator(
            in: TargetValueVocabulary.deadlineComparators, of: text, at: index) {
            comparator = word.comparator
            index += length
        }
        if !text.isDigit(at: index) {
            // `年底前`, `年内`: the budget year's last month.
            return yearEnd(text, from: index, year: nil, comparator: comparator)
        }
        guard let first = text.digitRun(at: index) else { return nil }
        index = first.end
        var year: Int?
        var month: Int
        var day: Int?
        if text.has("年", at: index) {
            guard isYear(first.text) else { return nil }
            year = first.value
            index += 1
            if let monthRun = text.digitRun(at: index), text.has("月", at: monthRun.end) {
                month = monthRun.value
                index = monthRun.end + 1
                (day, index) = dayOfMonth(in: text, at: index)
            } else {
                // `2022年底`, `2022年年底前`: the year's last month.
                return yearEnd(text, from: index, year: first.value, comparator: comparator)
            }
        } else if text.has("月", at: index) {
            month = first.value
            index += 1
            (day, index) = dayOfMonth(in: text, at: index)
        } else if let separator = Self.separators.first(where: { text.has($0, at: index) }) {
            guard isYear(first.text), let monthRun = text.digitRun(at: index + 1) else { return nil }
            year = first.value
            month = monthRun.value
            index = monthRun.end
            if text.has(separator, at: index), let dayRun = text.digitRun(at: index + 1) {
                day = dayRun.value
                index = dayRun.end
            }
        } else {
            return nil
        }
        guard (1...12).contains(month), let qualifier = qualifier(of: text, from: index) else { return nil }
        if let day, !(1...daysIn(month: month, year: year)).contains(day) { return nil }
        return Deadline(comparator: comparator, year: year, month: month, day: day, qualifier: qualifier)
    }

    /// `2022-12`, `2022/12/31`.
    private static let separators: [Unicode.Scalar] = ["-", "/"]
    /// `年底`, `年末`, `年内`.
    private static let yearEndWords: [Unicode.Scalar] = ["底", "末", "内"]

    private static func isYear(_ digits: String) -> Bool {
        digits.count == 4 && (Int(digits).map { (1900...2099).contains($0) } ?? false)
    }

    private static func dayOfMonth(in text: TargetValueText, at index: Int) -> (Int?, Int) {
        guard let run = text.digitRun(at: index),
              text.has("日", at: run.end) || text.has("号", at: run.end) else { return (nil, index) }
        return (run.value, run.end + 1)
    }

    private static func yearEnd(_ text: TargetValueText, from index: Int, year: Int?, comparator: Comparator) -> Deadline? {
        // `2022年年底`, and `年底` without a year: the 年 must be there when no year was written.
        let start = text.has("年", at: index) ? index + 1 : index
        guard year != nil || start > index else { return nil }
        guard Self.yearEndWords.contains(where: { text.has($0, at: start) }),
              qualifierEnd(of: text, from: start) == text.count else { return nil }
        return Deadline(comparator: comparator, year: year, month: 12, day: nil,
                        qualifier: text.text(index..<text.count))
    }

    /// The words after the date when they are only the allowed qualifier words, else nil.
    private static func qualifier(of text: TargetValueText, from index: Int) -> String? {
        guard qualifierEnd(of: text, from: index) == text.count else { return nil }
        return text.text(index..<text.count)
    }

    /// Where the qualifier words that start at `index` end (each group at most once, in order).
    private static func qualifierEnd(of text: TargetValueText, from index: Int) -> Int {
        var position = index
        for group in TargetValueVocabulary.deadlineQualifierParts {
            if let word = group.first(where: { text.matches($0, at: position) }) {
                position += word.count
            }
        }
        return position
    }

    private static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let year else { return 29 }
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
