import JixiaoModel

/// The one registry of rules: what `jixiao check`, the scores, the rules page and `jixiao rules` use.
public enum RuleCatalogue {
    /// Per-file rules in catalogue order (parser-reported rules first; they validate to nothing).
    static let fileRules: [any Rule.Type] = entries.map(\.type)

    /// Each per-file rule with the way it is run, in catalogue order. Said here rather than found
    /// with `as? any ContextRule.Type`: the first such cast of each type scans every protocol
    /// conformance of the program (~250 k instructions each, ~13 M per process for the catalogue).
    /// `.context` and `.parser` are checked by the compiler; `checkedRulesByCasting` (for tests)
    /// finds the same ways with the casts.
    private static let entries: [Entry] = [
        // Structure: reported by the parser, then the one structure rule checked here.
        .parser(YamlSyntaxRule.self), .parser(NotUTF8Rule.self), .parser(EmptyFileRule.self), .parser(FileTooLargeRule.self),
        .parser(AliasNotAllowedRule.self), .parser(DuplicateKeyRule.self), .parser(UnknownKeyRule.self),
        .parser(MissingFieldRule.self), .parser(WrongTypeRule.self), .project(EmptyCellRule.self),
        // Category
        .context(UnknownCategoryRule.self), .context(CategoryMismatchRule.self), .project(MissingCategoryRule.self),
        .context(NameRepeatsCategoryRule.self),
        // Budget
        .project(InvalidAmountRule.self), .project(BudgetSumMismatchRule.self), .context(CostExceedsBudgetRule.self),
        // Target value
        .context(VagueValueRule.self), .context(PlaceholderValueRule.self), .context(SatisfactionNotMeasuredRule.self),
        .context(RedundantValueRule.self), .context(MissingUnitRule.self), .context(NonstandardUnitRule.self),
        .context(DeadlineNotDateRule.self), .context(DeadlineOutsideYearRule.self),
        .context(DescriptionRepeatsNameRule.self), .context(DuplicateIndicatorRule.self),
        // Year end
        .project(ActualMissingRule.self), .context(ActualUnparseableRule.self), .context(DeviationReasonMissingRule.self),
        .project(OverspentRule.self),
    ]

    private enum Entry {
        case parser(any ParserReportedRule.Type)
        case context(any ContextRule.Type)
        case project(any Rule.Type)

        var type: any Rule.Type {
            switch self {
            case .parser(let type): type
            case .context(let type): type
            case .project(let type): type
            }
        }

        var checked: CheckedRule? {
            switch self {
            case .parser: nil
            case .context(let type): .context(type)
            case .project(let type): .project(type)
            }
        }
    }

    /// Rules that compare projects with each other.
    static let crossFileRules: [any CrossFileRule.Type] = [
        DuplicateProjectRule.self,
    ]

    /// Every rule, including the parser-reported ones, grouped by kind in a stable order.
    public static let descriptions: [RuleDescription] = {
        let all = fileRules.map { $0.description } + crossFileRules.map { $0.description }
        let kindOrder = Dictionary(uniqueKeysWithValues: RuleKind.allCases.enumerated().map { ($1, $0) })
        // A stable sort by kind keeps each kind's rules in registry order.
        return all.enumerated().sorted { lhs, rhs in
            let left = kindOrder[lhs.element.kind] ?? 0, right = kindOrder[rhs.element.kind] ?? 0
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }()

    private static let byIdentifier: [String: RuleDescription] =
        Dictionary(descriptions.map { ($0.identifier, $0) }, uniquingKeysWith: { first, _ in first })

    /// The review criterion of one rule (`description(for:)?.criterion` without copying the
    /// description); nil for an unknown id or a rule without a criterion.
    public static func criterion(for identifier: String) -> ReviewCriterion? {
        criteria[identifier] ?? nil
    }

    private static let criteria: [String: ReviewCriterion?] = byIdentifier.mapValues(\.criterion)

    /// The description of one rule, e.g. `description(for: "missing_unit")`; nil for an unknown id.
    public static func description(for identifier: String) -> RuleDescription? {
        byIdentifier[identifier]
    }

    /// Runs every per-file rule on one project; findings sorted by location, then severity and rule.
    ///
    /// The rules that read a `RuleContext` share one, built here: what several of them ask of an
    /// indicator is worked out once. Parser-reported rules validate to nothing and are skipped.
    public static func checkFile(_ project: Project) -> [Diagnostic] {
        findings(in: project).sorted()
    }

    /// `checkFile` without the sort, for a caller that sorts these findings together with others
    /// (the sort compares whole diagnostics, so the order they come in does not matter).
    package static func findings(in project: Project) -> [Diagnostic] {
        let context = RuleContext(project)
        var findings: [Diagnostic] = []
        for rule in checkedRules {
            switch rule {
            case .context(let type): findings += type.init().validate(context)
            case .project(let type): findings += type.init().validate(project)
            }
        }
        return findings
    }

    private enum CheckedRule {
        case context(any ContextRule.Type)
        case project(any Rule.Type)
    }

    /// `fileRules` without the parser-reported ones, each with the way it is run.
    private static let checkedRules: [CheckedRule] = entries.compactMap(\.checked)

    /// The ways to run `fileRules` found with dynamic casts, as (rule type, is a context rule),
    /// parser-reported rules left out; and the same read from `checkedRules`. Tests compare them.
    static var checkedRulesByCasting: [(ObjectIdentifier, Bool)] {
        fileRules.compactMap { rule in
            if rule is any ParserReportedRule.Type { return nil }
            return (ObjectIdentifier(rule), rule is any ContextRule.Type)
        }
    }

    static var checkedRulesAsListed: [(ObjectIdentifier, Bool)] {
        checkedRules.map { rule in
            switch rule {
            case .context(let type): (ObjectIdentifier(type), true)
            case .project(let type): (ObjectIdentifier(type), false)
            }
        }
    }

    /// What the cross-file rules read of one file (nil project: a file that could not be read), or
    /// nil when a rule cannot say. Unchanged inputs of every changed file (and no file added or
    /// removed) mean unchanged `checkAcrossFiles` findings.
    public static func crossFileInputs(of project: Project?) -> String? {
        guard let project else { return "\u{0}" }
        // One rule (the usual case): its inputs are the joined text, without the array.
        if crossFileRules.count == 1 { return crossFileRules[0].inputs(of: project) }
        var parts: [String] = []
        for rule in crossFileRules {
            guard let inputs = rule.inputs(of: project) else { return nil }
            parts.append(inputs)
        }
        return parts.joined(separator: "\u{1E}")
    }

    /// The part of a project the cross-file rules read (path, id, 项目名称, 预算年度): what a
    /// builder keeps of every file between batches instead of the whole project. A cross-file rule
    /// that reads more must add it here; `checkAcrossFiles` on these views equals it on the projects.
    public static func crossFileView(of project: Project) -> Project {
        Project(id: project.id, path: project.path, name: project.name, budgetYear: project.budgetYear)
    }

    /// Runs every cross-file rule; findings keyed by `Project.path`, each file's list sorted.
    public static func checkAcrossFiles(_ projects: [Project]) -> [String: [Diagnostic]] {
        var result: [String: [Diagnostic]] = [:]
        for rule in crossFileRules {
            for (path, diagnostics) in rule.init().validate(projects) {
                result[path, default: []].append(contentsOf: diagnostics)
            }
        }
        return result.mapValues { $0.sorted() }
    }
}
