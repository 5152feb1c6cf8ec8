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
        let name = project.name
        return [name?.text ?? "\u{0}", name.map { "\($0.location.line):\($0.location.column)" } ?? "",
                project.budgetYear?.text ?? "\u{0}"].joined(separator: "\u{1F}")
    }

    func validate(_ projects: [Project]) -> [String: [Diagnostic]] {
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
        let groups: [[Int]] = allPlain
            ? Array(Dictionary(grouping: keys, by: { ByteKey($0.key) }).values.map { $0.map(\.index) })
            : Array(Dictionary(grouping: keys, by: \.key).values.map { $0.map(\.index) })
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
