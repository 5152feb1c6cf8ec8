import JixiaoModel

/// `duplicate_indicator`: the same level-2 category, 三级指标 and 绩效指标描述 twice in one table.
struct DuplicateIndicatorRule: ContextRule {
    static let description = RuleDescription(
        identifier: "duplicate_indicator",
        name: "指标重复",
        englishName: "Duplicate indicator",
        severity: .warning,
        kind: .targetValue,
        rationale: "同一二级指标下三级指标和描述都相同的两行考核的是同一件事，会重复计分；请删除或合并。名称相同但描述不同（如分别考核工作会和宣讲会）不算重复。",
        criterion: .relevance,
        triggeringExamples: [
            ExampleProject.replacing((
                "    质量指标:\n",
                "      - 三级指标: 调查单位数\n        绩效指标描述: 科技统计调查单位数\n        指标值: ≥300家\n    质量指标:\n")),
        ],
        nonTriggeringExamples: [
            ExampleProject.clean,
            ExampleProject.replacing((
                "    质量指标:\n",
                "      - 三级指标: 调查单位数\n        绩效指标描述: 重点科研单位调查数\n        指标值: ≥30家\n    质量指标:\n")),
        ]
    )

    private struct Key: Hashable {
        var level1: String, level2: String, name: String, description: String

        var isPlain: Bool {
            PlainText.isPlain(level1) && PlainText.isPlain(level2) && PlainText.isPlain(name)
                && PlainText.isPlain(description)
        }

        /// `==` given whether each key `isPlain`: two plain keys are equal exactly when their
        /// bytes are; otherwise `String ==` decides.
        func same(as other: Key, bothPlain: Bool) -> Bool {
            guard bothPlain else { return self == other }
            return PlainText.sameBytes(name, other.name) && PlainText.sameBytes(level2, other.level2)
                && PlainText.sameBytes(description, other.description) && PlainText.sameBytes(level1, other.level1)
        }
    }

    /// Up to this many named rows, rows are compared pair by pair (a table has a dozen or two:
    /// cheaper than building and hashing keys); beyond, by hashing.
    static let pairwiseLimit = 64

    /// A `Key` of plain texts as their UTF-8 bytes, each text followed by 0xFF (never in UTF-8).
    /// Plain texts are equal exactly when their bytes are (`PlainText`), and bytes hash without
    /// the normalisation `String` hashing does for Chinese text, which dominated this rule.
    private struct PlainKey: Hashable {
        let bytes: [UInt8]

        init(_ key: Key) {
            var bytes: [UInt8] = []
            for text in [key.level1, key.level2, key.name, key.description] {
                bytes.append(contentsOf: text.utf8)
                bytes.append(0xFF)
            }
            self.bytes = bytes
        }

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    func validate(_ context: RuleContext) -> [Diagnostic] {
        let facts = context.facts
        // A blank name is empty_cell's finding.
        let named = facts.indices.filter { !facts[$0].name.isEmpty }
        if named.count <= Self.pairwiseLimit {
            // The normalised texts and their plainness come from the context: no key is built,
            // and the facts are read in place.
            var findings: [Diagnostic] = []
            for (position, index) in named.enumerated() {
                let row = facts[index]
                if let first = named[..<position].first(where: { Self.same(facts[$0], row) }) {
                    findings.append(finding(context.indicators[index], first: context.indicators[first]))
                }
            }
            return findings
        }
        let keys = facts.map { Key(level1: $0.level1Text, level2: $0.level2Text, name: $0.name, description: $0.description) }
        if named.allSatisfy({ keys[$0].isPlain }) {
            return duplicates(named.map { (PlainKey(keys[$0]), $0) }, in: context.indicators)
        }
        return duplicates(named.map { (keys[$0], $0) }, in: context.indicators)
    }

    /// `Key ==` of two rows: plain texts are equal exactly when their bytes are, others by `String ==`.
    private static func same(_ lhs: IndicatorFacts, _ rhs: IndicatorFacts) -> Bool {
        if let left = lhs.plainLengths, let right = rhs.plainLengths, left != right { return false }
        func equal(_ a: String, _ aPlain: Bool, _ b: String, _ bPlain: Bool) -> Bool {
            aPlain && bPlain ? PlainText.sameBytes(a, b) : a == b
        }
        return equal(lhs.name, lhs.namePlain, rhs.name, rhs.namePlain)
            && equal(lhs.level2Text, lhs.level2TextPlain, rhs.level2Text, rhs.level2TextPlain)
            && equal(lhs.description, lhs.descriptionPlain, rhs.description, rhs.descriptionPlain)
            && equal(lhs.level1Text, lhs.level1TextPlain, rhs.level1Text, rhs.level1TextPlain)
    }

    /// A finding for each indicator (by index) whose key an earlier one already had.
    private func duplicates<K: Hashable>(_ rows: [(K, Int)], in indicators: [Indicator]) -> [Diagnostic] {
        var seen: [K: Int] = [:]
        var findings: [Diagnostic] = []
        for (key, index) in rows {
            if let firstIndex = seen[key] {
                findings.append(finding(indicators[index], first: indicators[firstIndex]))
            } else {
                seen[key] = index
            }
        }
        return findings
    }

    private func finding(_ indicator: Indicator, first: Indicator) -> Diagnostic {
        Self.description.diagnostic(
            at: indicator.rowLocation,
            "\(indicator.label)与第 \(first.rowLocation.line) 行的指标重复（二级指标、三级指标和描述都相同），请删除或合并")
    }
}
