import Foundation

/// The file name of an imported table: `<项目名称>.yaml`, safe on every file system we deploy to.
enum ImportFileName {
    /// Path separators and control characters become `_`; a leading `.` (hidden file) too; names
    /// are cut to 200 UTF-8 bytes (file systems allow 255); an empty name becomes `未命名项目`.
    static func fileName(for projectName: String) -> String {
        var name = String(projectName.map { character -> Character in
            if character == "/" || character == "\\" || character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                return "_"
            }
            return character
        })
        name = name.trimmingCharacters(in: .whitespaces)
        if name.hasPrefix(".") { name = "_" + name.dropFirst() }
        while name.utf8.count > 200 { name.removeLast() }
        if name.isEmpty { name = "未命名项目" }
        return name + ".yaml"
    }

    /// Makes names unique within one import: the second `X.yaml` becomes `X_2.yaml`.
    static func uniqueNames(for projectNames: [String]) -> [String] {
        var used: Set<String> = []
        return projectNames.map { projectName in
            let base = fileName(for: projectName)
            var candidate = base
            var counter = 2
            while used.contains(candidate.lowercased()) {
                candidate = String(base.dropLast(".yaml".count)) + "_\(counter).yaml"
                counter += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }
}
