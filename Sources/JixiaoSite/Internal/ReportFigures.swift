import JixiaoModel

/// The numbers the overview shows for one report, computed once. It keeps no reference to the
/// report: a builder holds one per project for as long as the site lives.
struct ReportFigures: Sendable {
    let path: String
    let id: String
    /// The file could not be read as a project (no table to show).
    let isBroken: Bool
    let quality: ScoreSummary?
    let selfEvaluation: ScoreSummary?
    let name: String
    let unit: String
    let year: String
    let budgetTotal: Double?
    let budgetFiscal: Double?
    let indicatorCount: Int
    /// Indicators whose target is quantitative or a deadline.
    let quantifiedCount: Int
    /// Indicators whose target could be classified at all.
    let classifiedCount: Int
    let errorCount: Int
    let warningCount: Int

    init(_ report: ProjectReport) {
        path = report.path
        id = report.id
        isBroken = report.project == nil
        quality = report.quality.map { ScoreSummary(score: $0.score, grade: $0.grade) }
        selfEvaluation = report.selfEvaluation.map { ScoreSummary(score: $0.score, grade: $0.grade) }
        var quantified = 0
        var classified = 0
        if let project = report.project {
            // Bound once: each `report.project?.…` copied the whole project out of the optional.
            name = project.displayName
            unit = project.unit.flatMap { $0.isBlank ? nil : $0.text } ?? ""
            year = project.budgetYear.flatMap { $0.isBlank ? nil : $0.text } ?? ""
            budgetTotal = project.budget?.total?.value
            budgetFiscal = project.budget?.fiscal?.value
            indicatorCount = project.indicators.count
            for indicator in project.indicators {
                guard let value = indicator.targetValue else { continue }
                classified += 1
                if case .qualitative = value { continue }
                quantified += 1
            }
        } else {
            name = report.path
            unit = ""
            year = ""
            budgetTotal = nil
            budgetFiscal = nil
            indicatorCount = 0
        }
        quantifiedCount = quantified
        classifiedCount = classified
        let severities = SeverityCounts(report.diagnostics)
        errorCount = severities.errors
        warningCount = severities.warnings
    }

    /// A score and its grade, as the overview shows them.
    struct ScoreSummary: Sendable, Equatable {
        let score: Double
        let grade: Grade
    }

    var gradeText: String { quality?.grade.rawValue ?? "无" }

    /// The CSS class of a grade (`grade-excellent` …), `grade-none` when unscored.
    var gradeClass: String { Self.gradeClass(quality?.grade) }

    static func gradeClass(_ grade: Grade?) -> String {
        switch grade {
        case .excellent: "grade-excellent"
        case .good: "grade-good"
        case .fair: "grade-fair"
        case .poor: "grade-poor"
        case nil: "grade-none"
        }
    }

    /// True when everything the overview's headline, charts and filters read from these figures is
    /// the same (its table row is compared as rendered bytes).
    func sameAggregateFigures(as other: ReportFigures) -> Bool {
        name == other.name && unit == other.unit && year == other.year && budgetTotal == other.budgetTotal
            && budgetFiscal == other.budgetFiscal && indicatorCount == other.indicatorCount
            && quantifiedCount == other.quantifiedCount && classifiedCount == other.classifiedCount
            && errorCount == other.errorCount && warningCount == other.warningCount
            && quality == other.quality && isBroken == other.isBroken
    }
}
