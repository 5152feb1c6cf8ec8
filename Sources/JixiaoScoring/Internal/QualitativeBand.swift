import JixiaoParsing
import JixiaoRules

/// The three grades of a qualitative indicator at year end (财预〔2020〕10号 as practised).
enum QualitativeBand: CaseIterable {
    case achieved, partlyAchieved, notAchieved

    /// Share of the weight: 达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 %.
    var range: ClosedRange<Double> {
        switch self {
        case .achieved: 0.8...1.0
        case .partlyAchieved: 0.6...0.8
        case .notAchieved: 0...0.6
        }
    }

    /// The share given when no usable 得分 is stated: the top for 达成, the middle otherwise.
    var defaultShare: Double {
        switch self {
        case .achieved: range.upperBound
        case .partlyAchieved, .notAchieved: (range.lowerBound + range.upperBound) / 2
        }
    }

    var chineseName: String {
        switch self {
        case .achieved: "达成"
        case .partlyAchieved: "部分达成"
        case .notAchieved: "未达成"
        }
    }

    /// Words for each band, most specific first: `未达成` and `部分达成` both contain `达成`.
    static let words: [(QualitativeBand, [String])] = [
        (.notAchieved, ["未达成", "未完成", "未实现", "未达到", "没有完成", "不满意", "不认可",
                         "未按时", "未按期", "未如期", "延期", "逾期"]),
        (.partlyAchieved, ["部分达成", "部分完成", "部分实现", "部分达到", "基本达成", "基本完成",
                           "基本实现", "基本达到", "基本满意"]),
        (.achieved, ["达成", "完成", "实现", "达到", "满意", "认可"]),
    ]

    /// The band the 实际完成值 names, with the word that decided it; nil when no word matches.
    static func read(_ text: String) -> (band: QualitativeBand, word: String)? {
        for (band, list) in wordLists {
            if let word = list.firstContained(in: text) { return (band, word) }
        }
        return nil
    }

    /// `words` with each list ready for searching.
    private static let wordLists: [(QualitativeBand, WordList)] = words.map { ($0.0, WordList($0.1)) }
}
