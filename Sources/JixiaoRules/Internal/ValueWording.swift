import JixiaoModel
import JixiaoParsing

/// Word lists behind the target-value rules; kept together so the decisions are visible in one place.
enum ValueWording {
    /// Graded wording the official advice recommends where a number is impossible (domain.md §3),
    /// and the usual satisfaction grades: accepted as qualitative targets, never reported.
    static let graded: Set<String> = [
        "好", "较好", "一般", "差", "优", "良", "中", "优秀", "良好", "合格", "达标",
        "达成", "达成年度指标", "部分达成", "未达成", "完成", "全部完成", "是", "有", "通过",
        "满意", "非常满意", "比较满意", "较满意", "基本满意",
    ]

    /// Trend and degree words that say a direction but no level: nobody can tell at year end
    /// whether `显著提升` was reached.
    static let vague: [String] = [
        "提升", "提高", "显著", "明显", "不断", "日益", "进一步", "增强", "加强", "改善",
        "优化", "完善", "促进", "推动", "推进", "大幅", "较大", "高质量", "尽量", "尽可能", "力争",
        "逐步", "严格按",
    ]

    /// Concept words that name what is measured and say nothing about the target (`满意度` as a value).
    static let concepts: Set<String> = [
        "满意度", "满意率", "满意程度", "知晓率", "知晓度", "覆盖率", "完成率", "合格率", "达标率",
        "数量", "质量", "时效", "成本", "效益", "社会效益", "经济效益", "生态效益", "影响力",
    ]

    /// True for graded wording (ignoring spaces and punctuation such as a final `。`).
    static func isGraded(_ text: String) -> Bool {
        isGraded(normalized: TextComparison.normalized(text))
    }

    /// `isGraded` of text already normalised by `TextComparison.normalized`.
    static func isGraded(normalized text: String) -> Bool {
        isWord(text, of: graded, longest: longestGraded)
    }

    /// The first vague word the text contains, if any.
    static func vagueWord(in text: String) -> String? {
        vagueWords.firstContained(in: text)
    }

    private static let vagueWords = WordList(vague)

    /// True for a bare concept word.
    static func isConcept(_ text: String) -> Bool {
        isConcept(normalized: TextComparison.normalized(text))
    }

    /// `isConcept` of text already normalised by `TextComparison.normalized`.
    static func isConcept(normalized text: String) -> Bool {
        isWord(text, of: concepts, longest: longestConcept)
    }

    /// `isGraded(normalized:)` given whether the text is plain: plain text equals a (plain)
    /// word exactly when their bytes are equal, so only other text is hashed.
    static func isGraded(normalized text: String, plain: Bool) -> Bool {
        plain ? gradedTable.index(ofBytes: text) != nil : graded.contains(text)
    }

    /// `isConcept(normalized:)` given whether the text is plain (see `isGraded(normalized:plain:)`).
    static func isConcept(normalized text: String, plain: Bool) -> Bool {
        plain ? conceptTable.index(ofBytes: text) != nil : concepts.contains(text)
    }

    private static let gradedTable = ByteTable(Array(graded))
    private static let conceptTable = ByteTable(Array(concepts))

    private static let longestGraded = graded.map(\.utf8.count).max() ?? 0
    private static let longestConcept = concepts.map(\.utf8.count).max() ?? 0

    /// `words.contains(text)`, skipping the hashing (it normalises Chinese text) for plain text
    /// longer than every word: plain text equals a word only byte for byte (`PlainText`).
    private static func isWord(_ text: String, of words: Set<String>, longest: Int) -> Bool {
        if text.utf8.count > longest, PlainText.isPlain(text) { return false }
        return words.contains(text)
    }
}
