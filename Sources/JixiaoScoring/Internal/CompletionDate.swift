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

    private static func readDate(_ text: String) -> CompletionDate? {
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
