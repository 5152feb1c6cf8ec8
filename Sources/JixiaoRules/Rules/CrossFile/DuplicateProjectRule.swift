import JixiaoModel

/// `duplicate_project`: two files with the same 项目名称 and 预算年度; reported on every file concerned.
struct DuplicateProjectRule: CrossFileRule {
    static let description = RuleDescription(
        identifier: "duplicate_project",
        name: "项目重复",
        englishName: "Duplicate project",
        severity: .error,
        kind: .crossFile,
        rationale: "同一预算年度的同名项目出现在两个文件中，多半是复制后忘了改名或重复导入；汇总时预算会被重复计算。",
        criterion: nil,
        triggeringExamples: [
            "--- file: 2022/科技统计调查.yaml\n" + ExampleProject.clean
                + "--- file: 2022/科技统计调查（副本）.yaml\n" + ExampleProject.clean,
        ],
        nonTriggeringExamples: [
            "--- file: 2022/科技统计调查.yaml\n" + ExampleProject.clean
                + "--- file: 2023/科技统计调查.yaml\n" + ExampleProject.replacing(
                    ("预算年度: 2022", "预算年度: 2023"), ("指标值: 2022年12月", "指标值: 2023年12月")),
            "--- file: 2022/科技统计调查.yaml\n" + ExampleProject.clean
                + "--- file: 2022/科技统计监测.yaml\n" + ExampleProject.replacing(("项目名称: 科技统计调查", "项目名称: 科技统计监测")),
        ]
    )

    private struct Key: Hashable {
        var name: String, year: String
    }

    /// A `Key` of plain texts as its bytes (the name's, 0xFF, the year's).
    private struct ByteKey: Hashable {
        let bytes: [UInt8]

        init(_ key: Key) {
            bytes = Array(key.name.utf8) + [0xFF] + Array(key.year.utf8)
        }

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// The name (text and place, which the finding points at) and the budget year.
    static func inputs(of project: Project) -> String? {
        let name = project.name, year = project.budgetYear?.text ?? "\u{0}"
        let text = name?.text ?? "\u{0}"
        // The bytes put together and made a `String` once (no array of parts, no interpolation,
        // no `String.append` of Chinese text): the same text as `inputsReference(of:)`, made on
        // every file of every full build.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + year.utf8.count + 24)
        bytes.append(contentsOf: text.utf8)
        bytes.append(0x1F)
        if let name {
            appendDecimal(name.location.line, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            appendDecimal(name.location.column, to: &bytes)
        }
        bytes.append(0x1F)
        bytes.append(contentsOf: year.utf8)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `String(value)`'s bytes.
    private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        guard value >= 0 else { return bytes.append(contentsOf: String(value).utf8) }
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// `inputs(of:)` as it was first written, for tests.
    static func inputsReference(of project: Project) -> String {
        let name = project.name
        return [name?.text ?? "\u{0}", name.map { "\($0.location.line):\($0.location.column)" } ?? "",
                project.budgetYear?.text ?? "\u{0}"].joined(separator: "\u{1F}")
    }

    func validate(_ projects: [Project]) -> [String: [Diagnostic]] {
        diagnostics(projects, groups: Self.plainGroups(projects) ?? Self.groups(projects))
    }

    /// `validate` grouping by the general code only, for tests.
    func validateReference(_ projects: [Project]) -> [String: [Diagnostic]] {
        diagnostics(projects, groups: Self.groups(projects))
    }

    /// The indices of projects with the same key, one array per key (single files included).
    static func groups(_ projects: [Project]) -> [[Int]] {
        // Indices, not Project copies: this runs over every project on every daemon batch.
        var keys: [(key: Key, index: Int)] = []
        keys.reserveCapacity(projects.count)
        var allPlain = true
        for (index, project) in projects.enumerated() {
            guard let name = project.name, !name.isBlank else { continue }
            let (normalized, plain) = TextComparison.normalizedAndPlain(name.text)
            let year = project.budgetYear?.text ?? ""
            if !plain || !PlainText.isPlain(year) { allPlain = false }
            keys.append((Key(name: normalized, year: year), index))
        }
        // Plain keys are equal exactly when their bytes are: grouped by bytes, without the
        // normalisation that hashing Chinese text as `String` does. The groups are the same.
        return allPlain
            ? Array(Dictionary(grouping: keys, by: { ByteKey($0.key) }).values.map { $0.map(\.index) })
            : Array(Dictionary(grouping: keys, by: \.key).values.map { $0.map(\.index) })
    }

    /// The groups of `groups(_:)` that hold more than one project, in the order of their first
    /// project, or nil when some key is not plain (then equal keys need not have equal bytes).
    ///
    /// Without a `String` per name: each key's bytes (the normalised name's, 0xFF, the year's)
    /// are hashed as they are read, projects are chained by hash in a table of indices, and only
    /// projects that share a hash (duplicates, or a rare collision) have their keys made and
    /// grouped by bytes as `groups(_:)` does.
    static func plainGroups(_ projects: [Project]) -> [[Int]]? {
        let count = projects.count
        guard count > 1, count < Int(Int32.max) else { return count > 1 ? nil : [] }
        var capacity = 16
        while capacity < 2 * count { capacity <<= 1 }
        let mask = capacity - 1
        // For each slot: the first project of a hash; per project: its hash and the next one
        // with the same hash; per first project: the last of its chain.
        var slots = [Int32](repeating: -1, count: capacity)
        var hashes = [UInt64](repeating: 0, count: count)
        var next = [Int32](repeating: -1, count: count)
        var last = [Int32](repeating: -1, count: count)
        var shared: [Int] = []
        for index in 0..<count {
            guard let name = projects[index].name, !name.isBlank else { continue }
            guard let hash = TextComparison.plainKeyHash(name.text, projects[index].budgetYear?.text ?? "") else {
                return nil
            }
            hashes[index] = hash
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while true {
                let first = Int(slots[slot])
                if first < 0 {
                    slots[slot] = Int32(index)
                    last[index] = Int32(index)
                    break
                }
                if hashes[first] == hash {
                    if next[first] < 0 { shared.append(first) }
                    next[Int(last[first])] = Int32(index)
                    last[first] = Int32(index)
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        var groups: [[Int]] = []
        for first in shared {
            var chain = [first]
            var member = Int(next[first])
            while member >= 0 {
                chain.append(member)
                member = Int(next[member])
            }
            // Same hash: group by the keys themselves, as `groups(_:)` does.
            let keyed = chain.map { index in
                (key: ByteKey(Key(name: TextComparison.normalizedAndPlain(projects[index].name!.text).text,
                                  year: projects[index].budgetYear?.text ?? "")), index: index)
            }
            var byKey: [ByteKey: [Int]] = [:]
            var order: [ByteKey] = []
            for (key, index) in keyed {
                if byKey[key] == nil { order.append(key) }
                byKey[key, default: []].append(index)
            }
            groups += order.map { byKey[$0]! }.filter { $0.count > 1 }
        }
        return groups
    }

    private func diagnostics(_ projects: [Project], groups: [[Int]]) -> [String: [Diagnostic]] {
        var result: [String: [Diagnostic]] = [:]
        for members in groups where members.count > 1 {
            let group = members.map { projects[$0] }
            for project in group {
                guard let name = project.name else { continue }
                let others = group.filter { $0.path != project.path }.map { "“\($0.path)”" }.sorted()
                    .joined(separator: "、")
                let year = project.budgetYear.map { "\($0.text)年度" } ?? ""
                result[project.path, default: []].append(Self.description.diagnostic(
                    at: name.location,
                    "项目“\(name.text)”（\(year)）与 \(others) 重复，请删除多余的文件或修改项目名称"))
            }
        }
        return result
    }
}
