import Foundation
import JixiaoModel
@testable import JixiaoParsing
import Testing
import JixiaoTestSupport

/// The fast composer against libyaml: on every text it reads, `YAMLFastComposer` must give exactly
/// the document `YAMLComposer` gives (same nodes, texts byte for byte, marks, children), and the
/// parser the same `ParseResult` either way; on a text libyaml refuses it must give up.
@Suite struct YAMLFastComposerTests {
    /// Tallies of one comparison run.
    struct Tally: CustomStringConvertible {
        var fast = 0
        var fallback = 0
        var differences: [String] = []
        var description: String { "\(fast) fast, \(fallback) left to libyaml, \(differences.count) different" }
    }

    /// Compares both paths on `text`; a description of the first difference, nil when none.
    /// `fast` tells whether the fast composer read the text.
    static func difference(in text: String) -> (difference: String?, fast: Bool) {
        let simple = YAMLFastComposer.compose(text)
        let reference: Result<YAMLDocument?, YAMLProblem>
        do {
            reference = .success(try YAMLComposer.compose(text))
        } catch {
            reference = .failure(error)
        }
        guard let simple else { return (nil, false) }
        guard case .success(let document?) = reference else {
            return ("fast path read a text libyaml gives \(reference)", true)
        }
        if let difference = difference(simple, document) { return (difference, true) }
        let fastResult = ProjectParser.parse(text: text, path: "t.yaml", fastPath: true)
        let slowResult = ProjectParser.parse(text: text, path: "t.yaml", fastPath: false)
        if fastResult != slowResult { return ("parse results differ: \(fastResult) vs \(slowResult)", true) }
        // From the file's bytes (composed from them without a string), with and without a BOM.
        for data in [Data(text.utf8), Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))] {
            let fromBytes = ProjectParser.parse(data: data, path: "t.yaml")
            if fromBytes != slowResult { return ("parse(data:) differs: \(fromBytes) vs \(slowResult)", true) }
        }
        return (nil, true)
    }

    static func difference(_ a: YAMLDocument, _ b: YAMLDocument) -> String? {
        guard a.root == b.root else { return "root \(a.root) vs \(b.root)" }
        guard a.children == b.children else { return "children \(a.children) vs \(b.children)" }
        guard a.nodes.count == b.nodes.count else { return "\(a.nodes.count) nodes vs \(b.nodes.count)" }
        guard a.tags == b.tags else { return "tags \(a.tags) vs \(b.tags)" }
        // Node records include where each text lies in `utf8`, so equal records and equal
        // `utf8` mean equal texts, byte for byte.
        guard a.utf8 == b.utf8 else { return "text bytes differ" }
        for (index, (x, y)) in zip(a.nodes, b.nodes).enumerated() where x != y {
            return "node \(index): \(x) \(a.text(index)) vs \(y) \(b.text(index))"
        }
        return nil
    }

    static func compare(_ texts: some Sequence<String>) -> Tally {
        var tally = Tally()
        for text in texts {
            let (difference, fast) = difference(in: text)
            if fast { tally.fast += 1 } else { tally.fallback += 1 }
            if let difference, tally.differences.count < 5 {
                tally.differences.append("\(difference)\n--- text:\n\(text)")
            }
        }
        return tally
    }

    // MARK: - Inputs

    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The decoded text of every file under `folder` that is UTF-8 (as the parser decodes it).
    static func texts(under folder: URL, extensions: Set<String> = ["yaml", "yml"]) -> [String] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var texts: [String] = []
        for case let url as URL in walker where extensions.contains(url.pathExtension) {
            guard let data = try? Data(contentsOf: url), case .success(let text) = TextDecoding.decode(data) else { continue }
            texts.append(text)
        }
        return texts.sorted()
    }

    static func fixtureTexts() -> [String] {
        texts(under: testsFolder.appendingPathComponent("Fixtures"))
    }

    /// The real tables of the repository's `content/`.
    static func contentTexts() -> [String] {
        texts(under: testsFolder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content"))
    }

    /// The seed document's 13 tables as the importer writes them.
    static func importedTexts() throws -> [String] {
        let importer = TableImporter(defaultYear: 2022)
        return try importer.tables(in: SeedDocument.text()).map { importer.yaml(for: $0).text }
    }

    static func baseTexts() throws -> [String] {
        var generator = SeededGenerator(seed: 7)
        let generated = (0..<300).map { _ in ProjectTextGenerator.project(using: &generator) }
        return try fixtureTexts() + contentTexts() + importedTexts() + generated
    }

    // MARK: - Tests

    @Test func realAndGeneratedProjectsReadTheSameAndMostlyFast() throws {
        let content = Self.contentTexts()
        #expect(content.count >= 13)
        let contentTally = Self.compare(content)
        #expect(contentTally.differences.isEmpty, "\(contentTally.differences)")
        // One table has a `|-` block scalar, which is left to libyaml.
        #expect(contentTally.fast >= content.count - 1, "the real tables are in the subset: \(contentTally)")

        let imported = try Self.importedTexts()
        let importedTally = Self.compare(imported)
        #expect(importedTally.differences.isEmpty, "\(importedTally.differences)")
        #expect(imported.count == 13 && importedTally.fast > 0, "\(importedTally)")

        let fixtures = Self.compare(Self.fixtureTexts())
        #expect(fixtures.differences.isEmpty, "\(fixtures.differences)")

        var generator = SeededGenerator(seed: 1)
        let generated = (0..<1_000).map { _ in ProjectTextGenerator.project(using: &generator) }
        let generatedTally = Self.compare(generated)
        #expect(generatedTally.differences.isEmpty, "\(generatedTally.differences)")
        // The generator writes the subset, plus now and then a block scalar, a multi-line value or an alias.
        #expect(generatedTally.fast > 850, "\(generatedTally)")
    }

    @Test func mutatedProjectsReadTheSameOrFallBack() throws {
        let bases = try Self.baseTexts()
        var generator = SeededGenerator(seed: 2026)
        var tally = Tally()
        for round in 0..<24 {
            let mutated = bases.map { Mutator.mutate($0, edits: 1 + round % 6, using: &generator) }
            let result = Self.compare(mutated)
            tally.fast += result.fast
            tally.fallback += result.fallback
            tally.differences += result.differences
        }
        #expect(tally.differences.isEmpty, "\(tally.differences.prefix(3))")
        // Both paths are exercised.
        #expect(tally.fast > 500 && tally.fallback > 500, "\(tally)")
    }

    @Test func randomYAMLishTextsReadTheSameOrFallBack() {
        var generator = SeededGenerator(seed: 99)
        let texts = (0..<20_000).map { _ in Mutator.randomDocument(using: &generator) }
        let tally = Self.compare(texts)
        #expect(tally.differences.isEmpty, "\(tally.differences.prefix(3))")
        #expect(tally.fast > 500 && tally.fallback > 1_000, "\(tally)")
    }

    /// Texts at the edges of the subset: each reads the same on both paths (or falls back).
    static let edgeCases: [String] = [
        "a: b # c\n", "a: b#c\n", "a:b\n", "a: b\n#c\nd: e", "a: b \n", "a: b  #c  \n", "a   : b\n", "a : b : c\n",
        "a:\n- b\n- c\nd: e\n", "a:\n  - b\n  - c\nd: e\n", "a:\n  - b\n - c\n", "a:\n  - b\n   - c\n", "a:\n- b\n  c\n",
        "a:\n  - b: 1\n    c: 2\n  - d\ne: 3\n", "a:\n- b: 1\n  c: 2\n- d\ne: 3\n", "a:\n  - b:\n    c: 1\n", "a:\n  - b:\n  - c\n",
        "a:\n  - b:\n      - c\n", "a:\n  - b:\n    - c\n    - d\n  - e\n", "- a\n- b\n", "a\n", "\"a\": b\n", "'a': b\n",
        "a: 'it''s'\n", "a: 'x\"y'\n", "a: \"x\\ty\"\n", "a: \"x\\\\y\\\"z\\/\\n\\0\\a\\b\\v\\f\\r\\e\\ \"\n", "a: \"\\x41\"\n",
        "a: \"\\u4e2d\"\n", "a: \"\\N\\_\\L\\P\"\n", "a: \"\\q\"\n", "a: \"x\ny\"\n", "a: 'x\n  y'\n", "a: \"x\" y\n", "a: \"x\"#c\n",
        "a: \"x\" #c\n", "a: \"x\": y\n", "a: [1]\n", "a: [1, 2]\n", "a: {b: 1,}\n", "a: {b:1}\n", "a: {b: 1} #c\n", "a: {b: 1}#c\n",
        "a: {b: 1}}\n", "a: {b: 1} x\n", "a: {}\n", "a: { }\n", "a: {b: }\n", "a: {b: , c: 1}\n", "a: {b: \"\", c: 'x'}\n",
        "a: {b: 1, c: {d: 2}}\n", "a: {b: [1]}\n", "a: {b: 1 , c: 2 }\n", "a: { b : 1 }\n", "a: {b :1}\n", "a: {b: x:y}\n",
        "a: {b: x:, c: 1}\n", "a: {b: x:}\n", "a: {b: 1,\n  c: 2}\n", "a: {b: #c\n}\n", "a: {\"b\": 1}\n", "a: {-b: 1}\n",
        "a: {- b: 1}\n", "a: {?b: 1}\n", "a: {:b: 1}\n", "a: {b: -1}\n", "a: {b: - 1}\n", "a: {b: :1}\n", "a: {b: ?1}\n",
        "a: &x 1\n", "a: *x\n", "a: !t 1\n", "a: !!str 1\n", "? a\n: b\n", "a: |\n  x\n", "a: >\n  x\n", "a: x\n  y\n",
        "a: x\n\n  y\n", "a: x\n  # c\nb: y\n", "a: x\n # c\n  y\n", "a:\n  x\nb: 1\n", "a:\n  x\n  y\nb: 1\n", "a:\n  x: 1\n y: 2\n",
        "---\na: 1\n", "--- \na: 1\n", "a: 1\n...\n", "a: 1\n---\nb: 2\n", "%YAML 1.1\n---\na: 1\n", "---a: 1\n", "...a: 1\n",
        "a: -1\n", "a: - 1\n", "a: -\n", "a: ?x\n", "a: ? x\n", "a: :x\n", "a: : x\n", "a: x: y\n", "a: x:\n", "a: x:y\n",
        "a:  \n  b: 1\n", "a: 1\r\nb: 2\r\n", "a: 1\rb: 2\n", "a: 1\r", "a:\r\n  - b\r\n  - c\r\n", "\u{FEFF}a: 1\n", "a: \u{FEFF}1\n",
        "a: x\u{2028}y\n", "a: x\u{85}y\n", "a: x\u{7F}\n", "a: x\u{1}\n", "a: x\u{9F}\n", "a: x\u{A0}\n", "a: \u{FFFE}\n",
        "a: \u{FFFD}\n", "a: 𠀀👍🏽\n", "a:\tb\n", "a: b\t\n", "\ta: b\n", "a:\n\t- b\n", "a: 1\na: 2\n", "a: {b: 1, b: 2}\n",
        "项目名称: 甲\n\u{F900}: 1\n\u{8C48}: 2\n", "a: 1\nb:\n  c: 1\n  c: 2\n", "a: ~\nb: null\nc: true\nd: 010\ne: no\n",
        "a: -5%\nb: --5\nc: -\u{4E2D}\n", "a: @x\n", "a: `x\n", "a: %x\n", "a: |x\n", "a: >x\n", "a: ,x\n", "a: ]x\n", "a: }x\n",
        "a: #\n", "a:#\n", "a: x #\n", "a: x:#\n", "-a: 1\n", "?a: 1\n", ":a: 1\n", "- a: 1\n", "a: 1\n- b\n", "a: 1\n  - b\n",
        "a:\n  b: 1\n    c: 2\n", "a:\n    b: 1\n  c: 2\n", "  a: 1\n  b: 2\n", "  a: 1\nb: 2\n", "a: 1\n  b: 2\n", "", "\n", "# x\n",
        "   \n  # x\n\n", "a:", "a: ", "a: 1", "a: \"x\"", "a: {b: 1}", "a:\n  - x", "a:\n- x", "a: 'x", "a: \"x", "a: {b: 1",
        "a:\n  - \n  - x\n", "a:\n  -\n  - x\n", "a:\n  - # c\n    x\n", "a:\n  - - x\n", "a:\n  - x\n  -y\n", "a:\n  -x\n",
        "a: x\n  #c\n", "a: 'x' \n", "a: \"\"\n", "a: ''\n", "a: '''\n", "a: ''''\n", "a: \"\\\"\n", "a: \"\\\n  x\"\n",
        "a: " + String(repeating: "长", count: 2000) + "\n", String(repeating: "k", count: 999) + ": 1\n",
        String(repeating: "k", count: 1000) + ": 1\n", String(repeating: "k", count: 1001) + ": 1\n",
        String(repeating: "k", count: 1030) + ": 1\n", String(repeating: "键", count: 340) + ": 1\n",
        String(repeating: "键", count: 400) + ": 1\n", "a: {" + String(repeating: "k", count: 1030) + ": 1}\n",
        (0..<70).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " x\n",
        (0..<60).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " x\n",
        // Runs of CJK characters next to what ends or refuses a plain scalar, and columns after them.
        "a: 中文\u{2028}字\n", "a: 中文\u{FEFF}字\n", "a: 中文\u{85}字\n", "a: 中\u{FFFE}\n", "中文键: 中文值 # 注释\n",
        "a: 一二三:四\n", "键值: 汉字汉字: 值\n", "a: ｛全角｝\n", "a: 中文，标点。“引号”\n", "a: 中文\t字\n",
        "键键: 值\n子: {甲: 1, 乙乙: 2, 丙: \"丁\"}\n", "列表:\n  - 三级指标: 数量\n    指标值: ≥95%以上\n", "a: 中文\n  续行\n",
        "a: ㄅㄆ가나\u{E000}\u{FFFD}\n", "a: 中文#不是注释\n", "a: 中文 #注释\n", "\u{4E2D}\u{6587}:\n  - x\n",
    ]

    @Test func edgesOfTheSubsetReadTheSameOrFallBack() {
        for text in Self.edgeCases {
            let (difference, _) = Self.difference(in: text)
            #expect(difference == nil, "\(difference ?? "")\n--- text:\n\(text)")
        }
    }

    /// Texts the fast path must read itself (so that it pays), each also read the same by libyaml.
    @Test func commonShapesTakeTheFastPath() {
        let texts = [
            "a: b # c\n", "a: b#c\n", "a   : b\n", "a:\n- b\n- c\nd: e\n", "a:\n  - b: 1\n    c: 2\n  - d\ne: 3\n",
            "a: 'it''s'\n", "a: \"x\\ty\\n\"\n", "a: {b: 1, c: \"\", d: 'x'}\n", "a: {b: 1} #c\n", "a: {}\n", "a:\n  x\nb: 1\n",
            "a: 1\r\nb: 2\r\n", "a: -5%\n", "a: x:y\n", "a: ~\n", "a:\n  b:\n  c: 1\n", "a: x\n  # c\nb: y\n", "  a: 1\n  b: 2\n",
            "a: " + String(repeating: "长", count: 2000) + "\n", "a: \"\\\\\\\"\"\n",
        ]
        for text in texts {
            #expect(YAMLFastComposer.compose(text) != nil, "\(text)")
            let (difference, _) = Self.difference(in: text)
            #expect(difference == nil, "\(difference ?? "")")
        }
    }
}

/// The UTF-8 check that lets the parser compose from a file's bytes must accept exactly what
/// `String(validating:)` accepts: the fast composer relies on well-formed sequences.
@Suite struct WellFormedUTF8Tests {
    static func agree(_ bytes: [UInt8]) -> Bool {
        let expected = String(validating: bytes, as: UTF8.self) != nil
        return bytes.withUnsafeBufferPointer(TextDecoding.isWellFormedUTF8) == expected
    }

    @Test func everySequenceOfUpToThreeBytes() {
        var disagreements: [[UInt8]] = []
        for first in 0...255 {
            if !Self.agree([UInt8(first)]) { disagreements.append([UInt8(first)]) }
            for second in 0...255 {
                let pair = [UInt8(first), UInt8(second)]
                if !Self.agree(pair) { disagreements.append(pair) }
                if first >= 0xC0, !Self.agree([0x61] + pair + [0x61]) { disagreements.append([0x61] + pair + [0x61]) }
                // Two-byte leads are settled by the pairs; three- and four-byte ones need a third byte.
                guard first >= 0xE0 else { continue }
                for third in 0...255 {
                    let triple = [UInt8(first), UInt8(second), UInt8(third)]
                    if !Self.agree(triple) { disagreements.append(triple) }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test func fourByteSequencesAndRandomBytes() {
        var disagreements: [[UInt8]] = []
        let edges: [UInt8] = [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        for first in 0xF0...0xFF {
            for second in 0...255 {
                for third in edges {
                    for fourth in edges {
                        let bytes = [UInt8(first), UInt8(second), third, fourth]
                        if !Self.agree(bytes) { disagreements.append(bytes) }
                    }
                }
            }
        }
        var generator = SeededGenerator(seed: 8)
        let pool: [UInt8] = [0x20, 0x41, 0x0A, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
                             0xE4, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF, 0xB8, 0xAD, 0xBB]
        for _ in 0..<200_000 {
            let bytes = (0..<Int.random(in: 1...10, using: &generator)).map { _ in pool.randomElement(using: &generator)! }
            if !Self.agree(bytes) { disagreements.append(bytes) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }
}


/// Project files in the shapes people write them: the format's keys, indentation of 2 to 4, `- `
/// lists indented or not, budgets as flow or block mappings, quoted and plain values, comments,
/// blank lines, CRLF; now and then a construct the fast path leaves to libyaml.
enum ProjectTextGenerator {
    static let words = ["活动场次", "项目完成时间", "≥2不少于2次", "11本", "2022年12月底前", "控制在预算范围内", "满意", "≥90%",
                        "85百分比", "no", "010", "~", "null", "true", "1,000", "R&D投入", "A/B", "(括号)", "x: y", "a#b",
                        "≤6", "100百分比", "对接企业数量不少于100家", "研究报告或专著", "-5%", "--5", "½", "１２３", "𠀀", "👍🏽",
                        "e\u{301}", "\u{F900}", "\u{8C48}", "百 分 比", "12月", "2022年", "服务对象满意度≥95%"]

    static func value<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let word = words.randomElement(using: &generator)!
        switch Int.random(in: 0..<20, using: &generator) {
        case 0: return "\"" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case 1: return "'" + word.replacingOccurrences(of: "'", with: "''") + "'"
        case 2: return "\"" + word + "\\n第二行\""
        case 3: return word + " # 注释"
        case 4: return word + "  "
        case 5: return "\"\""
        default:
            // Plain only when it reads back as itself.
            let text = Bool.random(using: &generator) ? word : word + word + word
            if text.hasPrefix("-") || text.contains(": ") || text.contains(" #") || text.hasPrefix("~") { return "\"" + text + "\"" }
            return text
        }
    }

    static func project<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let step = Int.random(in: 2...4, using: &generator)
        let pad = { (level: Int) in String(repeating: " ", count: level * step) }
        let indentless = Bool.random(using: &generator)
        var lines: [String] = []
        if Int.random(in: 0..<4, using: &generator) == 0 { lines.append("# 项目支出绩效目标表") }
        lines.append("项目名称: " + value(using: &generator))
        lines.append("预算单位: 331202天津市科学技术发展战略研究院")
        lines.append("预算年度: " + (Bool.random(using: &generator) ? "2022" : "'2022'"))
        lines.append("金额单位: 万元")
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: lines.append("预算: {预算数: 100.00, 财政资金: 100.00, 其他资金: \"\"}")
        case 1: lines.append("预算: {预算数: 12.71, 财政资金: 11.44, 其他资金: 1.27}  # 万元")
        default:
            lines.append("预算:")
            lines.append(pad(1) + "预算数: 15.00")
            lines.append(pad(1) + "财政资金: 15.00")
            if Bool.random(using: &generator) { lines.append(pad(1) + "其他资金:") }
        }
        lines.append("资金用途: " + value(using: &generator))
        if Bool.random(using: &generator) { lines.append("") }
        lines.append("绩效目标:")
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            lines.append((indentless ? "" : pad(1)) + "- " + value(using: &generator))
        }
        lines.append("绩效指标:")
        for level1 in ["产出指标", "效益指标", "满意度指标"] {
            lines.append(pad(1) + level1 + ":")
            for level2 in ["数量指标", "质量指标"].prefix(Int.random(in: 1...2, using: &generator)) {
                lines.append(pad(2) + level2 + ":")
                let dash = indentless ? pad(2) : pad(3)
                for _ in 0..<Int.random(in: 1...3, using: &generator) {
                    lines.append(dash + "- 三级指标: " + value(using: &generator))
                    let inner = dash + "  "
                    lines.append(inner + "绩效指标描述: " + value(using: &generator))
                    if Int.random(in: 0..<8, using: &generator) == 0 { lines.append(inner + "# 说明") }
                    lines.append(inner + "指标值: " + value(using: &generator))
                    if Bool.random(using: &generator) { lines.append(inner + "实际完成值: " + value(using: &generator)) }
                }
            }
        }
        if Bool.random(using: &generator) { lines.append("预算执行数: 99.5") }
        // Now and then what the fast path leaves to libyaml.
        switch Int.random(in: 0..<40, using: &generator) {
        case 0: lines.insert("资金用途说明: |\n  第一行\n  第二行", at: 5)
        case 1: lines.insert("备注: 第一行\n  接着写", at: 5)
        case 2: lines[1] = "项目名称: &名 测试"
        default: break
        }
        let text = lines.joined(separator: "\n") + (Bool.random(using: &generator) ? "\n" : "")
        return Int.random(in: 0..<6, using: &generator) == 0 ? text.replacingOccurrences(of: "\n", with: "\r\n") : text
    }
}

/// Random edits in the manner of /tmp/fuzz/fuzz.py: odd values, duplicated, deleted or re-indented
/// lines, odd characters inserted anywhere, characters deleted.
enum Mutator {
    static let odd = ["99999999999999999999999", "1e300", ".inf", ".nan", "-0", "0", "１２３", "½", "٣", "1,2,3", "--5",
                      "≥≤", "%", "百分比", String(repeating: "9", count: 400), "年月日", "2022年13月", "≥-5个", "<0万元",
                      "\u{301}", "\u{200B}", "\u{FEFF}", "𠀀", "👍🏽", "\"", "'", "&lt;", "<script>", "\\", "\t", "#", ":", "- ",
                      "{", "}", "[", "]", "|", ">", "~", "null", "true", "&a", "*a", "!!int 3", "? x", "", ": ", " #", " ", "  ",
                      "\r", "\r\n", "\n", "\n  ", "\u{2028}", "\u{85}", "\u{7F}", "\u{1}", "---", "...", "%", "@", "`", ",", "-",
                      "''", "\"\"", "\\n", "\\x", "\\\"", "{a: 1}", "[1]", "a: b", "- a", "\u{FFFE}", "\u{A0}", "\u{3000}"]

    static func mutate<G: RandomNumberGenerator>(_ text: String, edits: Int, using generator: inout G) -> String {
        var lines = text.components(separatedBy: "\n")
        for _ in 0..<edits where !lines.isEmpty {
            let index = Int.random(in: 0..<lines.count, using: &generator)
            let line = lines[index]
            let roll = Double.random(in: 0..<1, using: &generator)
            if roll < 0.35, let colon = line.range(of: ": ") {
                let suffix = Bool.random(using: &generator) ? ["", "个", "万元", "%", "年"].randomElement(using: &generator)! : ""
                lines[index] = String(line[..<colon.upperBound]) + odd.randomElement(using: &generator)! + suffix
            } else if roll < 0.45 {
                lines.insert(lines.randomElement(using: &generator)!, at: index)
            } else if roll < 0.55 {
                lines.remove(at: index)
            } else if roll < 0.75 {
                var characters = Array(line.unicodeScalars)
                let at = Int.random(in: 0...characters.count, using: &generator)
                characters.insert(contentsOf: odd.randomElement(using: &generator)!.unicodeScalars, at: at)
                lines[index] = String(String.UnicodeScalarView(characters))
            } else if roll < 0.85 {
                let stripped = line.drop { $0 == " " }
                lines[index] = String(repeating: " ", count: Int.random(in: 0...9, using: &generator)) + stripped
            } else if roll < 0.93, !line.isEmpty {
                var characters = Array(line.unicodeScalars)
                characters.remove(at: Int.random(in: 0..<characters.count, using: &generator))
                lines[index] = String(String.UnicodeScalarView(characters))
            } else {
                lines[index] = line.replacingOccurrences(of: " ", with: ["\t", "  ", ""].randomElement(using: &generator)!)
            }
        }
        var result = lines.joined(separator: "\n")
        switch Int.random(in: 0..<20, using: &generator) {
        case 0: result = result.replacingOccurrences(of: "\n", with: "\r\n")
        case 1: result = "\u{FEFF}" + result
        default: break
        }
        return result
    }

    static let keys = ["a", "b", "项目名称", "预算", "k k", "-k", "?k", ":k", "\"k\"", "'k'", "k#", "&k", "*k", "!k", "[k]", "{k}",
                       "k:x", "𠀀", "\u{F900}", "\u{8C48}"]
    static let values = ["", "x", "x y", "x  ", "x # c", "x#c", "\"x\"", "'x'", "'it''s'", "\"a\\nb\"", "\"\\q\"", "{a: 1}",
                         "{a: 1, b: \"\"}", "{a: 1, a: 2}", "{a:1}", "{}", "[1]", "&a x", "*a", "!t x", "|", ">", "-", "- x", "-x",
                         "?x", ":x", "x: y", "x:", "~", "#", "\t", "x\t", "\"x", "'x", "{a: 1", "---", "...", "%x", "@x", "`x", ",x",
                         "x, y", "]", "}", "长长长", "\u{FEFF}x", "x\u{2028}y", "x\u{85}", "\u{7F}"]

    /// A random text of YAML-like lines built from tricky pieces.
    static func randomDocument<G: RandomNumberGenerator>(using generator: inout G) -> String {
        var lines: [String] = []
        var indent = 0
        for _ in 0..<Int.random(in: 1...10, using: &generator) {
            let roll = Int.random(in: 0..<10, using: &generator)
            if roll < 3 {
                indent = max(0, indent + [-4, -2, -2, 0, 0, 2, 2, 4, 1, -1].randomElement(using: &generator)!)
            }
            let pad = String(repeating: " ", count: indent)
            switch Int.random(in: 0..<12, using: &generator) {
            case 0: lines.append(pad + "- " + values.randomElement(using: &generator)!)
            case 1: lines.append(pad + "- " + keys.randomElement(using: &generator)! + ": " + values.randomElement(using: &generator)!)
            case 2: lines.append(pad + keys.randomElement(using: &generator)! + ":")
            case 3: lines.append(pad + "# " + values.randomElement(using: &generator)!)
            case 4: lines.append(String(repeating: " ", count: Int.random(in: 0...3, using: &generator)))
            case 5: lines.append(pad + "-")
            case 6: lines.append(pad + values.randomElement(using: &generator)!)
            default: lines.append(pad + keys.randomElement(using: &generator)! + ": " + values.randomElement(using: &generator)!)
            }
        }
        let text = lines.joined(separator: Int.random(in: 0..<8, using: &generator) == 0 ? "\r\n" : "\n")
        return Bool.random(using: &generator) ? text + "\n" : text
    }
}
