import JixiaoModel
import JixiaoParsing
import JixiaoRules

/// When a deadline indicator was done, read from its 实际完成值.
///
/// Dates are read here rather than with the target grammar because year-end texts mix dates
/// with words (`已于2022年11月完成`, `按期完成`) that the grammar does not need to know.
enum CompletionDate: Equatable {
    /// A date, month precision when `day` is nil; `year` nil means the target's year.
    case date(year: Int?, month: Int, day: Int?)
    /// Words that say the work was done in time (`按时完成`, `已完成`).
    case onTime(String)
    /// Words that say the work was late or not done (`延期`, `未完成`).
    case late(String)

    /// Words for "late or not done"; checked first because `未按时完成` contains `按时完成`.
    static let lateWords = ["未按时", "未按期", "未如期", "未完成", "延期", "逾期", "推迟", "滞后", "延后"]
    /// Words for "done in time".
    static let onTimeWords = ["按时", "按期", "如期", "提前", "已完成", "完成"]

    private static let lateWordList = WordList(lateWords)
    private static let onTimeWordList = WordList(onTimeWords)

    /// Nil when the text holds neither a readable date nor one of the words.
    static func read(_ text: String) -> CompletionDate? {
        if let word = lateWordList.firstContained(in: text) { return .late(word) }
        if let date = readDate(text) { return date }
        if let word = onTimeWordList.firstContained(in: text) { return .onTime(word) }
        return nil
    }

    // The patterns are built once: a regex literal is parsed again each time it is evaluated,
    // which was most of the cost of scoring a deadline indicator. `Regex` is not marked Sendable,
    // but sharing one is safe: matching never mutates it, and the compiled program it caches
    // inside is stored atomically by the regex engine.
    nonisolated(unsafe) private static let yearMonthDay = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/
    nonisolated(unsafe) private static let dashedDate = /(\d{4})[-.\/](\d{1,2})(?:[-.\/](\d{1,2}))?/
    nonisolated(unsafe) private static let yearEnd = /(\d{4})\s*年\s*(?:底|末)/
    nonisolated(unsafe) private static let monthDay = /(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/

    /// `readDateReference` without the regex engine when every scalar of the text is printable
    /// ASCII or one of a few CJK scalars that are neither numbers nor white space (see
    /// `Scalars`): there each `Character` is one scalar, `\d` is an ASCII digit and `\s` a space,
    /// and the patterns are matched by hand, leftmost first and greedy as the regexes are.
    static func readDate(_ text: String) -> CompletionDate? {
        guard let scalars = Scalars(text) else { return readDateReference(text) }
        return scalars.readDate()
    }

    /// The text as scalar values, nil when some scalar is not one `Scalars` can match by hand.
    private struct Scalars {
        let values: [UInt32]

        init?(_ text: String) {
            var values: [UInt32] = []
            values.reserveCapacity(text.utf8.count)
            for scalar in text.unicodeScalars {
                let value = scalar.value
                if value < 0x80 {
                    guard value >= 0x20 && value < 0x7F else { return nil }
                } else if (0x4E00...0x9FFF).contains(value) {
                    // Ideographs that are numbers (三, 十二) match `\d` as Characters.
                    guard scalar.properties.numericType == nil else { return nil }
                } else {
                    guard value == 0x3001 || value == 0x3002 || value == 0xFF0C || value == 0xFF08 || value == 0xFF09
                        || value == 0xFF1A || value == 0xFF1B else { return nil }
                }
                values.append(value)
            }
            self.values = values
        }

        static let year: UInt32 = 0x5E74, month: UInt32 = 0x6708, day: UInt32 = 0x65E5
        static let bottom: UInt32 = 0x5E95, end: UInt32 = 0x672B

        func isDigit(_ index: Int) -> Bool { index < values.count && values[index] >= 0x30 && values[index] <= 0x39 }
        func digit(_ index: Int) -> Int { Int(values[index] - 0x30) }
        func skipSpaces(_ index: Int) -> Int {
            var index = index
            while index < values.count && values[index] == 0x20 { index += 1 }
            return index
        }
        func isOne(_ index: Int, _ value: UInt32) -> Bool { index < values.count && values[index] == value }

        /// `\d{4}` at `index`: its value and the index after it.
        func fourDigits(_ index: Int) -> (Int, Int)? {
            guard isDigit(index), isDigit(index + 1), isDigit(index + 2), isDigit(index + 3) else { return nil }
            return (digit(index) * 1000 + digit(index + 1) * 100 + digit(index + 2) * 10 + digit(index + 3), index + 4)
        }

        /// `(\d{1,2})\s*<scalar>` at `index` (two digits tried first): the number and the index after the scalar.
        func oneOrTwoDigits(_ index: Int, then scalar: UInt32) -> (Int, Int)? {
            guard isDigit(index) else { return nil }
            if isDigit(index + 1) {
                let after = skipSpaces(index + 2)
                if isOne(after, scalar) { return (digit(index) * 10 + digit(index + 1), after + 1) }
            }
            let after = skipSpaces(index + 1)
            return isOne(after, scalar) ? (digit(index), after + 1) : nil
        }

        /// `(?:\s*(\d{1,2})\s*日)?` at `index`: the day, nil when the group does not match.
        func optionalDay(_ index: Int) -> Int? {
            oneOrTwoDigits(skipSpaces(index), then: Self.day)?.0
        }

        func isSeparator(_ index: Int) -> Bool {
            index < values.count && (values[index] == 0x2D || values[index] == 0x2E || values[index] == 0x2F)
        }

        /// `\d{1,2}` greedy, nothing required after it.
        func greedyDigits(_ index: Int) -> (Int, Int)? {
            guard isDigit(index) else { return nil }
            return isDigit(index + 1) ? (digit(index) * 10 + digit(index + 1), index + 2) : (digit(index), index + 1)
        }

        func readDate() -> CompletionDate? {
            let count = values.count
            // yearMonthDay: (\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?
            for start in 0..<count {
                guard let (year, afterYear) = fourDigits(start) else { continue }
                let mark = skipSpaces(afterYear)
                guard isOne(mark, Self.year), let (month, afterMonth) = oneOrTwoDigits(skipSpaces(mark + 1), then: Self.month) else { continue }
                return make(year: year, month: month, day: optionalDay(afterMonth))
            }
            // dashedDate: (\d{4})[-.\/](\d{1,2})(?:[-.\/](\d{1,2}))?
            for start in 0..<count {
                guard let (year, afterYear) = fourDigits(start), isSeparator(afterYear),
                      let (month, afterMonth) = greedyDigits(afterYear + 1) else { continue }
                let day = isSeparator(afterMonth) ? greedyDigits(afterMonth + 1)?.0 : nil
                return make(year: year, month: month, day: day)
            }
            // yearEnd: (\d{4})\s*年\s*(?:底|末)
            for start in 0..<count {
                guard let (year, afterYear) = fourDigits(start) else { continue }
                let mark = skipSpaces(afterYear)
                guard isOne(mark, Self.year) else { continue }
                let word = skipSpaces(mark + 1)
                guard isOne(word, Self.bottom) || isOne(word, Self.end) else { continue }
                return make(year: year, month: 12, day: nil)
            }
            // monthDay: (\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?
            for start in 0..<count {
                guard let (month, afterMonth) = oneOrTwoDigits(start, then: Self.month) else { continue }
                return make(year: nil, month: month, day: optionalDay(afterMonth))
            }
            return nil
        }
    }

    /// Reading the date with the regexes (the general path, and the reference for tests).
    static func readDateReference(_ text: String) -> CompletionDate? {
        if let match = text.firstMatch(of: yearMonthDay) {
            return make(year: Int(match.1), month: Int(match.2), day: match.3.flatMap { Int($0) })
        }
        if let match = text.firstMatch(of: dashedDate) {
            return make(year: Int(match.1), month: Int(match.2), day: match.3.flatMap { Int($0) })
        }
        if let match = text.firstMatch(of: yearEnd) {
            return make(year: Int(match.1), month: 12, day: nil)
        }
        if let match = text.firstMatch(of: monthDay) {
            return make(year: nil, month: Int(match.1), day: match.2.flatMap { Int($0) })
        }
        return nil
    }

    private static func make(year: Int?, month: Int?, day: Int?) -> CompletionDate? {
        guard let month, (1...12).contains(month) else { return nil }
        if let day, !(1...31).contains(day) { return nil }
        return .date(year: year, month: month, day: day)
    }
}
