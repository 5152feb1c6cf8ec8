import JixiaoModel

/// The words of the target-value grammar (domain.md §3, docs/format.md): comparators, units and
/// deadline qualifiers. Lists are searched longest first so `不少于` wins over `少于`.
enum TargetValueVocabulary {
    /// A comparator spelling and what it means.
    struct ComparatorWord {
        let characters: [Character]
        /// `TargetValueText.keys(characters)`.
        let keys: [UInt32]
        let comparator: Comparator
    }

    /// A list of comparator words, longest first, with the words of each first character found
    /// at once: `comparator(in:of:at:)` tried every word at every position, and most characters
    /// begin none.
    struct ComparatorList: Sendable {
        let words: [ComparatorWord]
        /// For each first key (sorted), the positions in `words` of the words that begin with it, in order.
        private let firstKeys: [UInt32]
        private let wordsByFirstKey: [[Int]]

        init(_ words: [ComparatorWord]) {
            self.words = words
            let keys = Set(words.compactMap(\.keys.first)).sorted()
            firstKeys = keys
            wordsByFirstKey = keys.map { key in words.indices.filter { words[$0].keys.first == key } }
        }

        /// The positions of the words that begin with `key`, in list order (empty for none).
        func candidates(startingWith key: UInt32) -> [Int] {
            var low = 0, high = firstKeys.count
            while low < high {
                let middle = (low + high) / 2
                if firstKeys[middle] < key { low = middle + 1 } else { high = middle }
            }
            return low < firstKeys.count && firstKeys[low] == key ? wordsByFirstKey[low] : []
        }
    }

    /// Comparators written before the number (`≥20个`, `不少于100家`).
    static let prefixComparators = sorted([
        (">=", .atLeast), ("≥", .atLeast), ("≧", .atLeast), ("⩾", .atLeast), ("＞＝", .atLeast), ("＞=", .atLeast),
        ("<=", .atMost), ("≤", .atMost), ("≦", .atMost), ("⩽", .atMost), ("＜＝", .atMost), ("＜=", .atMost),
        (">", .greater), ("＞", .greater), ("<", .less), ("＜", .less),
        ("=", .equal), ("＝", .equal),
        ("大于等于", .atLeast), ("大于或等于", .atLeast), ("不少于", .atLeast), ("不低于", .atLeast),
        ("不小于", .atLeast), ("至少", .atLeast), ("达到", .atLeast),
        ("小于等于", .atMost), ("小于或等于", .atMost), ("不超过", .atMost), ("不高于", .atMost),
        ("不大于", .atMost), ("不多于", .atMost), ("最多", .atMost),
        ("大于", .greater), ("超过", .greater), ("高于", .greater), ("多于", .greater),
        ("小于", .less), ("低于", .less), ("少于", .less),
        ("等于", .equal),
    ])

    /// Comparators written after the number and unit (`10万元以内`, `100家以上`).
    static let suffixComparators = sorted([
        ("以内", .atMost), ("以下", .atMost), ("及以下", .atMost),
        ("以上", .atLeast), ("及以上", .atLeast),
    ])

    /// Comparators a deadline may start with (`<12月`, `不晚于2022年12月`).
    static let deadlineComparators = sorted([
        ("<=", .atMost), ("≤", .atMost), ("≦", .atMost), ("⩽", .atMost), ("＜＝", .atMost), ("不晚于", .atMost),
        ("<", .less), ("＜", .less), ("早于", .less),
    ])

    /// Units recognised after a number. Anything else of one or two Han characters is accepted as
    /// an unknown unit when it ends the value (`≥3台`).
    static let unitWords: [String] = [
        "个工作日", "万人次", "个百分点", "人次", "万元", "亿元", "千元", "百分比", "百分点", "个月", "小时",
        "工作日", "台次", "户次", "课时", "学时", "篇次", "册次",
        "个", "张", "家", "篇", "册", "次", "项", "份", "本", "人", "场", "万", "亿", "元", "%", "％", "‰",
        "件", "天", "周", "部", "台", "套", "所", "户", "期", "批", "条", "页", "处", "种", "名", "位", "间",
    ]

    /// `unitWords` as keys, longest first.
    static let units: [[UInt32]] = unitWords.map { TargetValueText.keys(Array($0)) }.sorted { $0.count > $1.count }

    /// Words that may follow a deadline's date, in this order, each optional:
    /// when in the month (`底`), before or within (`前`), and a verb (`完成`).
    static let deadlineQualifierWords: [[String]] = [
        ["底", "末", "初", "上旬", "中旬", "下旬"],
        ["之前", "以前", "以内", "前", "内"],
        ["全部完成", "完成", "完工", "结束"],
    ]

    /// `deadlineQualifierWords` as keys, longest first in each group.
    static let deadlineQualifierParts: [[[UInt32]]] = deadlineQualifierWords.map { group in
        group.map { TargetValueText.keys(Array($0)) }.sorted { $0.count > $1.count }
    }

    /// Every character of the words above and of the parsers' own literals, by key: what a
    /// character that is not ASCII or a CJK ideograph may equal (`TargetValueText.key`).
    static let characterKeys: [Character: UInt32] = {
        let comparatorCharacters = (prefixComparators.words + suffixComparators.words + deadlineComparators.words)
            .flatMap(\.characters)
        let literals: [Character] = ["年", "月", "日", "号", "-", "/", ",", ".", "底", "末", "内"]
        let wordCharacters = (unitWords + deadlineQualifierWords.flatMap { $0 }).flatMap { Array($0) }
        var keys: [Character: UInt32] = [:]
        for character in comparatorCharacters + literals + wordCharacters {
            if let scalar = character.unicodeScalars.first { keys[character] = scalar.value }
        }
        return keys
    }()

    /// Punctuation that ends a clause: a subject containing it is prose, not a name.
    static let clausePunctuation: Set<Character> = ["，", ",", "。", "；", ";", "！", "!", "？", "?", "：", ":"]

    /// The longest comparator of `list` at `index`, with its length: the first word of the list
    /// that stands there, looked for only among the words beginning with the character there.
    static func comparator(in list: ComparatorList, of text: TargetValueText, at index: Int)
        -> (word: ComparatorWord, length: Int)? {
        guard index >= 0, index < text.count else { return nil }
        for position in list.candidates(startingWith: text.keys[index]) where text.matches(list.words[position].keys, at: index) {
            return (list.words[position], list.words[position].characters.count)
        }
        return nil
    }

    private static func sorted(_ pairs: [(String, Comparator)]) -> ComparatorList {
        ComparatorList(pairs.map { ComparatorWord(characters: Array($0.0), keys: TargetValueText.keys(Array($0.0)), comparator: $0.1) }
            .sorted { $0.characters.count > $1.characters.count })
    }
}
