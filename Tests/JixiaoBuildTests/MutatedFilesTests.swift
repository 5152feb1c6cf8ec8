import Foundation
import JixiaoBuild
import Testing

/// Bad input never hurts: hundreds of damaged copies of the real tables — absurd numbers, stray
/// YAML syntax, odd Unicode, lines doubled, dropped or re-indented — go through one full build,
/// and every file still gets its page. A mutation fuzz of this kind found a trap in the scorer
/// (a 23-digit 预算执行数 stopped `jixiao build`, and would have stopped the daemon).
@Suite struct MutatedFilesTests {
    static let oddValues = [
        "99999999999999999999999", "1e300", "-1e300", ".inf", ".nan", "-0", "１２３", "½", "1,2,3", "--5", "≥≤", "%",
        "百分比", String(repeating: "9", count: 400), "2022年13月", "0000年12月", "≥-5个", "<0万元", "≥1e400个",
        "\u{301}", "\u{200B}", "\u{FEFF}", "𠀀", "👍🏽", "\"", "'", "<script>", "\\", "\t", "#", ":", "- ", "{", "[", "|",
        ">", "~", "null", "&a", "*a", "!!int 3", "? x", "",
    ]

    /// Numbers a money cell may hold: too big for any integer type, tiny, signed zero, full-width.
    static let numbers = ["99999999999999999999999", String(repeating: "9", count: 400), "1e300", "-0", "0.0000001", "１２３"]

    @Test func everyDamagedFileStillGetsItsPage() throws {
        let seed = try TemporaryFolder.copyOfSeedContent()
        let originals = projectFiles(in: seed).map { path in
            (path, (try? String(contentsOf: seed.appendingPathComponent(path), encoding: .utf8)) ?? "")
        }
        let content = TemporaryFolder.make("mutated")
        var random = RandomEdits(root: content, seed: 20_221_231, texts: [])
        var written = 0
        for variant in 0..<20 {
            for (index, (_, text)) in originals.enumerated() {
                let name = "v\(variant)-\(index).yaml"
                try Data(Self.mutate(text, with: &random).utf8).write(to: content.appendingPathComponent(name))
                written += 1
            }
        }
        let output = TemporaryFolder.make("mutated-site")
        let summary = try SiteBuilder(content: content, output: output, version: "test").fullBuild()
        #expect(summary.projects == written)
        for name in projectFiles(in: content) {
            let page = output.appendingPathComponent("projects/\(name.dropLast(".yaml".count)).html")
            #expect(FileManager.default.fileExists(atPath: page.path), "no page for \(name)")
        }
        let data = try Data(contentsOf: output.appendingPathComponent("data/projects.json"))
        #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
    }

    /// One to six damages at random lines.
    static func mutate(_ text: String, with random: inout RandomEdits) -> String {
        var lines = text.components(separatedBy: "\n")
        for _ in 0..<(1 + random.next(6)) where !lines.isEmpty {
            let index = random.next(lines.count)
            let odd = oddValues[random.next(oddValues.count)]
            switch random.next(12) {
            case 10:  // a year-end cell beside a 指标值, as a unit fills them in at year end
                if let target = lines.firstIndex(where: { $0.contains("指标值:") && random.next(3) == 0 }) {
                    let indent = lines[target].prefix { $0 == " " || $0 == "-" }.map { $0 == "-" ? " " : $0 }
                    let key = ["实际完成值", "分值", "得分", "偏差原因"][random.next(4)]
                    let value = random.next(2) == 0 ? odd : numbers[random.next(numbers.count)]
                    lines.insert(String(indent) + key + ": " + value, at: target + 1)
                }
            case 11: lines.append("预算执行数: " + numbers[random.next(numbers.count)])
            case 0...3:
                if let colon = lines[index].range(of: ": ") {
                    lines[index] = String(lines[index][..<colon.upperBound]) + odd + ["", "个", "万元", "%", "年"][random.next(5)]
                }
            case 4: lines.insert(lines[random.next(lines.count)], at: index)
            case 5: lines.remove(at: index)
            case 6, 7:
                let line = Array(lines[index])
                let at = random.next(line.count + 1)
                lines[index] = String(line[..<at]) + odd + String(line[at...])
            default:
                lines[index] = String(repeating: " ", count: random.next(10)) + lines[index].drop { $0 == " " }
            }
        }
        return lines.joined(separator: "\n")
    }
}
