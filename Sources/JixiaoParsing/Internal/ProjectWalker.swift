import Foundation
import JixiaoModel

/// Walks a composed document along the project schema, collecting values and located diagnostics.
struct ProjectWalker {
    /// A node of `document`.
    typealias Node = YAMLDocument.ID

    let path: String
    let document: YAMLDocument
    private(set) var diagnostics: [Diagnostic] = []
    private var reportedAnchors: Set<SourceLocation> = []

    init(path: String, document: YAMLDocument) {
        self.path = path
        self.document = document
    }

    mutating func readProject() -> Project? {
        let root = document.root
        var project = Project(id: ProjectParser.projectID(forPath: path), path: path)
        guard accepts(root), let mapping = mappingOrReport(root, what: "文件的顶层", expected: "“键: 值”形式的项目表") else {
            return nil
        }
        var seen = SeenKeys(ProjectSchema.topLevelList)
        for (keyNode, value) in document.pairs(mapping) {
            guard isReadableKey(keyNode) else { continue }
            let (position, key) = insertKey(keyNode, into: &seen)
            guard let known = position.flatMap(ProjectSchema.TopLevelKey.init(rawValue:)) else {
                reportUnknownKey(key, at: keyNode, allowed: ProjectSchema.topLevel, level: "项目表")
                continue  // never descend into what the schema does not know
            }
            guard accepts(value) else { continue }
            switch known {
            case .name: project.name = scalar(value, key: key)
            case .unit: project.unit = scalar(value, key: key)
            case .year:
                project.budgetYear = scalar(value, key: key)
                if let year = project.budgetYear, !year.isBlank, !Self.isYear(year.text) {
                    report(RuleID.wrongType, at: year.location, "预算年度应为四位数的年份，如 2022；这里写的是“\(year.text)”")
                }
            case .moneyUnit: project.moneyUnit = scalar(value, key: key)
            case .budget: project.budget = readBudget(value)
            case .purpose: project.purpose = scalar(value, key: key)
            case .goals: project.goals = readGoals(value)
            case .indicators: project.indicators = readIndicators(value)
            case .executed: project.executedAmount = amount(value, key: key)
            }
        }
        let start = location(of: root)
        for (key, position) in ProjectSchema.requiredTopLevelPositions where !seen.contains(position: position) {
            report(RuleID.missingField, at: start, "缺少必填项“\(key)”")
        }
        return project
    }

    // MARK: - Sections

    private mutating func readBudget(_ node: Node) -> Budget? {
        guard let mapping = mappingOrReport(node, what: "预算", expected: "包含预算数、财政资金、其他资金的映射，如 {预算数: 15.00, 财政资金: 15.00, 其他资金: 0}") else {
            return nil
        }
        var budget = Budget(total: nil, fiscal: nil, other: nil, location: location(of: node))
        var seen = SeenKeys(ProjectSchema.budgetList)
        for (keyNode, value) in document.pairs(mapping) {
            guard isReadableKey(keyNode), accepts(value) else { continue }
            let (position, key) = insertKey(keyNode, into: &seen)
            switch position.flatMap(ProjectSchema.BudgetKey.init(rawValue:)) {
            case .total?: budget.total = amount(value, key: key)
            case .fiscal?: budget.fiscal = amount(value, key: key)
            case .other?: budget.other = amount(value, key: key)
            case nil: reportUnknownKey(key, at: keyNode, allowed: ProjectSchema.budgetKeys, level: "预算")
            }
        }
        for (key, position) in ProjectSchema.requiredBudgetPositions where !seen.contains(position: position) {
            report(RuleID.missingField, at: budget.location, "预算缺少必填项“\(key)”")
        }
        return budget
    }

    private mutating func readGoals(_ node: Node) -> [Field] {
        if isBlankScalar(node) { return [] }
        guard document.kind(node) == .sequence else {
            report(RuleID.wrongType, at: location(of: node),
                   "绩效目标应为列表：每条目标单独一行，以“- ”开头；这里是\(kindName(node))")
            return []
        }
        var goals: [Field] = []
        for item in document.items(node) where accepts(item) {
            if let goal = scalar(item, key: "绩效目标的一项") { goals.append(goal) }
        }
        return goals
    }

    private mutating func readIndicators(_ node: Node) -> [Indicator] {
        guard let levels1 = mappingOrReport(node, what: "绩效指标", expected: "以一级指标为键的映射（产出指标、效益指标、满意度指标……）") else {
            return []
        }
        var indicators: [Indicator] = []
        for (level1Key, level1Value) in document.pairs(levels1) {
            guard let level1Name = keyText(level1Key, knownNames: ProjectSchema.categoryNames), accepts(level1Value) else { continue }
            let level1 = Field(level1Name, at: location(of: level1Key))
            if isBlankScalar(level1Value) { continue }
            guard let levels2 = mappingOrReport(level1Value, what: "一级指标“\(level1Name)”", expected: "以二级指标为键的映射（数量指标、质量指标……）") else {
                continue
            }
            for (level2Key, level2Value) in document.pairs(levels2) {
                guard let level2Name = keyText(level2Key, knownNames: ProjectSchema.categoryNames), accepts(level2Value) else {
                    continue
                }
                let level2 = Field(level2Name, at: location(of: level2Key))
                if isBlankScalar(level2Value) { continue }
                guard document.kind(level2Value) == .sequence else {
                    report(RuleID.wrongType, at: location(of: level2Value),
                           "二级指标“\(level2Name)”下应为指标列表，每个指标以“- 三级指标: …”开头；这里是\(kindName(level2Value))")
                    continue
                }
                for item in document.items(level2Value) where accepts(item) {
                    if let indicator = readIndicator(item, level1: level1, level2: level2) { indicators.append(indicator) }
                }
            }
        }
        return indicators
    }

    private mutating func readIndicator(_ node: Node, level1: Field, level2: Field) -> Indicator? {
        guard let mapping = mappingOrReport(node, what: "指标", expected: "包含三级指标、绩效指标描述、指标值的映射") else {
            return nil
        }
        var indicator = Indicator(level1: level1, level2: level2, location: location(of: node))
        var seen = SeenKeys(ProjectSchema.indicatorList)
        for (keyNode, value) in document.pairs(mapping) {
            guard isReadableKey(keyNode), accepts(value) else { continue }
            let (position, key) = insertKey(keyNode, into: &seen)
            switch position.flatMap(ProjectSchema.IndicatorKey.init(rawValue:)) {
            case .name?: indicator.name = scalar(value, key: key)
            case .description?: indicator.description = scalar(value, key: key)
            case .target?:
                indicator.target = scalar(value, key: key)
                indicator.targetValue = indicator.target.map { TargetValueGrammar.parse($0.text) }
            case .actual?: indicator.actual = scalar(value, key: key)
            case .deviationReason?: indicator.deviationReason = scalar(value, key: key)
            case .weight?: indicator.weight = scalar(value, key: key)
            case .score?: indicator.score = scalar(value, key: key)
            case nil: reportUnknownKey(key, at: keyNode, allowed: ProjectSchema.indicatorKeys, level: "指标")
            }
        }
        for (key, position) in ProjectSchema.requiredIndicatorPositions where !seen.contains(position: position) {
            let name = indicator.name.map { "“\($0.text)”" } ?? ""
            report(RuleID.missingField, at: indicator.location, "指标\(name)缺少必填项“\(key)”")
        }
        return indicator
    }

    // MARK: - Values

    private mutating func scalar(_ node: Node, key: String) -> Field? {
        guard document.kind(node) == .scalar else {
            report(RuleID.wrongType, at: location(of: node), "“\(key)”应为一段文字，这里是\(kindName(node))")
            return nil
        }
        return Field(document.withUTF8(node) { Trimming.whitespacesAndNewlines.trimmed(utf8: $0) }, at: location(of: node))
    }

    private mutating func amount(_ node: Node, key: String) -> Amount? {
        guard let field = scalar(node, key: key) else { return nil }
        return Amount(text: field.text, value: Self.number(field.text), location: field.location)
    }

    /// A money amount: digits with an optional sign, decimal point and thousands separators.
    static func number(_ text: String) -> Double? {
        if PlainText.isPlain(text) { return plainNumber(text) }
        let cleaned = text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "，", with: "")
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }) else {
            return nil
        }
        return Double(cleaned)
    }

    /// `number(_:)` for plain text without NSString: there, removing `,` and `，` is dropping their
    /// scalars, and a character is an ASCII digit, `.`, `-` or `+` exactly when its one byte is.
    /// Read from the UTF-8: `，` is EF BC 8C, and any other non-ASCII scalar's lead byte ends it.
    private static func plainNumber(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { bytes -> Double? in
            guard !bytes.isEmpty else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { cleaned -> Double? in
                var count = 0
                var offset = 0
                while offset < bytes.count {
                    let byte = bytes[offset]
                    if byte == 0x2C {
                        offset += 1
                    } else if byte == 0xEF, offset + 2 < bytes.count, bytes[offset + 1] == 0xBC, bytes[offset + 2] == 0x8C {
                        offset += 3
                    } else {
                        guard (0x30...0x39).contains(byte) || byte == 0x2E || byte == 0x2D || byte == 0x2B else { return nil }
                        cleaned[count] = byte
                        count += 1
                        offset += 1
                    }
                }
                guard count > 0 else { return nil }
                return Double(String(decoding: UnsafeBufferPointer(rebasing: cleaned[0..<count]), as: UTF8.self))
            }
        }
    }

    /// Four characters that are each an ASCII digit: exactly four bytes, each a digit (a digit
    /// with a combining mark is one non-ASCII character, and so more than one byte).
    static func isYear(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.count == 4 && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    /// What `isYear` answered before, through `Character` (the tests compare the two).
    static func isYearByCharacters(_ text: String) -> Bool {
        text.count == 4 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    // MARK: - Checks shared by every level

    /// False (with one diagnostic per anchor) when the node carries an anchor or is an alias
    /// (which is the anchored node itself, at the anchor's place).
    private mutating func accepts(_ node: Node) -> Bool {
        guard document.isAnchored(node) else { return true }
        let at = location(of: node)
        if reportedAnchors.insert(at).inserted {
            report(RuleID.aliasNotAllowed, at: at, "不允许使用锚点（&）和别名（*）：请把内容直接写出来，每个单元格写在自己的位置")
        }
        return false
    }

    /// True for a key the walker reads: not anchored and a scalar (else with a diagnostic).
    private mutating func isReadableKey(_ node: Node) -> Bool {
        guard accepts(node) else { return false }
        guard document.kind(node) == .scalar else {
            report(RuleID.wrongType, at: location(of: node), "键应为一段文字，这里是\(kindName(node))")
            return false
        }
        return true
    }

    /// A readable key's text (trimmed of white space), nil when it is not readable. A key with
    /// exactly the bytes of one of `knownNames` is that name's own string (none is made).
    private mutating func keyText(_ node: Node, knownNames: KeyList) -> String? {
        guard isReadableKey(node) else { return nil }
        return document.withUTF8(node) { bytes in
            if let position = knownNames.position(ofUTF8: bytes) { return knownNames.keys[position] }
            return Trimming.whitespaces.trimmed(utf8: bytes)
        }
    }

    /// Notes a readable key in `seen`: its position in the schema (nil for any other key) and its
    /// text trimmed of white space. A key with exactly the bytes of a schema key is that key,
    /// whose text is the schema's own string (no string is made from the file).
    private func insertKey(_ node: Node, into seen: inout SeenKeys) -> (position: Int?, text: String) {
        if let position = document.withUTF8(node, { seen.insert(exactUTF8: $0) }) {
            return (position, seen.key(at: position))
        }
        let key = document.withUTF8(node) { Trimming.whitespaces.trimmed(utf8: $0) }
        return (seen.insert(key), key)
    }

    /// The node itself when it is a mapping. `what` is worded only for the diagnostic.
    private mutating func mappingOrReport(_ node: Node, what: @autoclosure () -> String, expected: String) -> Node? {
        if document.kind(node) == .mapping { return node }
        report(RuleID.wrongType, at: location(of: node), "\(what())应为\(expected)；这里是\(kindName(node))")
        return nil
    }

    private mutating func reportUnknownKey(_ key: String, at node: Node, allowed: [String], level: String) {
        var message = "\(level)中没有“\(key)”这一项"
        if let suggestion = KeySuggestion.closest(to: key, among: allowed) {
            message += "，是不是“\(suggestion)”？"
        } else {
            message += "；可用的键：" + allowed.joined(separator: "、")
        }
        report(RuleID.unknownKey, at: location(of: node), message)
    }

    private mutating func report(_ rule: String, at location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(rule: rule, severity: .error, location: location, message: message))
    }

    private func isBlankScalar(_ node: Node) -> Bool {
        document.kind(node) == .scalar && document.text(node).allSatisfy(\.isWhitespace)
    }

    private func location(of node: Node) -> SourceLocation {
        document.location(node)
    }

    private func kindName(_ node: Node) -> String {
        switch document.kind(node) {
        case .scalar: "文字“\(document.text(node).prefix(20))”"
        case .mapping: "映射（键: 值）"
        case .sequence: "列表"
        }
    }
}
