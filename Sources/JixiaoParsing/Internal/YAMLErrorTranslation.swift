import JixiaoModel

/// Turns a libyaml or composer problem into one located diagnostic with a Chinese explanation.
enum YAMLErrorTranslation {
    static func diagnostic(for error: YAMLProblem, in text: String) -> Diagnostic {
        switch error {
        case .syntax(let context, let problem, let mark):
            let location = SourceLocation(line: mark.line, column: mark.column)
            if let context, context.text.contains("anchor") || context.text.contains("alias") {
                return Diagnostic(rule: RuleID.aliasNotAllowed, severity: .error, location: location,
                                  message: "不允许使用锚点（&）和别名（*）：请把内容直接写出来")
            }
            var message = "YAML 语法错误：\(explain(problem))（\(problem)"
            if let context { message += "; \(context.text) 于第 \(context.mark.line) 行" }
            message += "）"
            return Diagnostic(rule: RuleID.yamlSyntax, severity: .error, location: location, message: message)
        case .duplicateKey(let key, let mark):
            let first = SourceLocation(line: mark.line, column: mark.column)
            let second = secondOccurrence(of: key, after: first, in: text) ?? first
            return Diagnostic(rule: RuleID.duplicateKey, severity: .error, location: second,
                              message: "键“\(key)”重复出现（第一次在第 \(first.line) 行）；同一层级的每个键只能写一次，请合并或删除重复的一项")
        case .reader(let problem):
            return Diagnostic(rule: RuleID.notUTF8, severity: .error, location: .start,
                              message: "文件含有无法读取的字符：\(problem)")
        case .memory:
            // Yams's `YamlError.memory` described itself so.
            return Diagnostic(rule: RuleID.yamlSyntax, severity: .error, location: .start,
                              message: "YAML 语法错误：Memory error")
        }
    }

    private static func explain(_ problem: String) -> String {
        switch problem {
        case let p where p.contains("mapping values are not allowed"):
            return "此处不能出现“键: 值”，常见原因是值里有英文冒号加空格或缩进不对；可给值加引号"
        case let p where p.contains("cannot start any token"):
            return "出现了不能开始一项内容的字符（常见原因：用 Tab 缩进；YAML 只能用空格缩进）"
        case let p where p.contains("could not find expected ':'"):
            return "缺少英文冒号“:”，或上一行的引号没有闭合"
        case let p where p.contains("did not find expected key"):
            return "缩进不一致：同一层级的键应左对齐"
        case let p where p.contains("did not find expected '-' indicator"):
            return "列表项缩进不一致：每项应以对齐的“- ”开头"
        case let p where p.contains("found undefined alias"):
            return "使用了未定义的别名（本格式不允许锚点和别名）"
        case let p where p.contains("unexpected end of stream"), let p where p.contains("found unexpected end"):
            return "文件意外结束，可能有未闭合的引号或括号"
        case let p where p.contains("but found another document"):
            return "一个文件只能写一个项目（发现了第二个“---”文档）"
        default:
            return "格式不符合 YAML 语法"
        }
    }

    /// Where the key occurs again after its first occurrence (block or flow mapping).
    ///
    /// Lines are split at each LF scalar: splitting the `String` by `Character` kept a CRLF file
    /// as one line (CR LF is one character), and a duplicate key below its first line then
    /// trapped on an inverted range.
    static func secondOccurrence(of key: String, after first: SourceLocation, in text: String) -> SourceLocation? {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            Array(line).filter { $0 != "\r" }
        }
        let keyScalars = Array(key.unicodeScalars)
        guard !keyScalars.isEmpty, first.line >= 1, first.line <= lines.count else { return nil }
        for lineIndex in (first.line - 1)..<lines.count {
            let scalars = lines[lineIndex]
            let startColumn = lineIndex == first.line - 1 ? first.column - 1 + keyScalars.count : 0
            var column = max(0, startColumn)
            while column + keyScalars.count <= scalars.count {
                if Array(scalars[column..<(column + keyScalars.count)]) == keyScalars {
                    var after = column + keyScalars.count
                    while after < scalars.count, scalars[after] == " " { after += 1 }
                    let before = column == 0 ? " " : scalars[column - 1]
                    let boundary = before == " " || before == "{" || before == "," || before == "\"" || before == "'"
                    if boundary, after < scalars.count, scalars[after] == ":" || scalars[after] == "\"" || scalars[after] == "'" {
                        return SourceLocation(line: lineIndex + 1, column: column + 1)
                    }
                }
                column += 1
            }
        }
        return nil
    }
}
