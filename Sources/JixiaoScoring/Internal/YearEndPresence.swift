import JixiaoModel

/// Whether a table was filled in at year end, ignoring keys left blank.
///
/// `Project.hasYearEndValues` counts a present-but-empty `实际完成值:` as a value, so a
/// template with the year-end keys still empty would get a self-evaluation of nearly 0.
enum YearEndPresence {
    static func isFilled(_ project: Project) -> Bool {
        guard project.hasYearEndValues else { return false }
        if let executed = project.executedAmount, !executed.text.allSatisfy(\.isWhitespace) { return true }
        return project.indicators.contains { indicator in
            [indicator.actual, indicator.score].contains { $0.map { !$0.isBlank } ?? false }
        }
    }
}
