/// The comparison a target value makes (domain.md §3).
public enum Comparator: String, Codable, Sendable, CaseIterable {
    case atLeast = "≥"
    case atMost = "≤"
    case greater = ">"
    case less = "<"
    case equal = "="

    /// More is better (≥ >), less is better (≤ <), or exactly (=).
    public var direction: Direction {
        switch self {
        case .atLeast, .greater: .positive
        case .atMost, .less: .reverse
        case .equal: .equal
        }
    }

    public enum Direction: String, Codable, Sendable {
        case positive, reverse, equal
    }
}

/// A number with a unit and a comparator, e.g. `≥20个`, `对接企业数量不少于100家`.
public struct Quantity: Hashable, Codable, Sendable {
    public var comparator: Comparator
    /// How the comparator was written (`≥`, `>=`, `不少于`, or empty when implied).
    public var comparatorText: String
    public var number: Double
    /// The number as written (`15.00`, `1,500`).
    public var numberText: String
    /// The unit as written (`个`, `万元`, `%`, `百分比`), empty when missing.
    public var unit: String
    /// Words before the comparator that name what is counted (`对接企业数量`), else empty.
    public var subject: String
    /// A second spelling of the same comparison that follows (`不少于2次` in `≥2不少于2次`), else nil.
    public var restatement: String?

    public init(comparator: Comparator, comparatorText: String, number: Double, numberText: String,
                unit: String, subject: String = "", restatement: String? = nil) {
        self.comparator = comparator
        self.comparatorText = comparatorText
        self.number = number
        self.numberText = numberText
        self.unit = unit
        self.subject = subject
        self.restatement = restatement
    }
}

/// A date or month by which something is done, e.g. `2022年12月`, `2022年12月底前`, `12月`, `<12月`.
public struct Deadline: Hashable, Codable, Sendable {
    public var comparator: Comparator
    /// The year when written; nil means the budget year.
    public var year: Int?
    public var month: Int
    public var day: Int?
    /// Words after the date such as `底前`, `前`, `底`.
    public var qualifier: String

    public init(comparator: Comparator = .atMost, year: Int?, month: Int, day: Int? = nil, qualifier: String = "") {
        self.comparator = comparator
        self.year = year
        self.month = month
        self.day = day
        self.qualifier = qualifier
    }
}

/// A parsed 指标值: quantitative, a deadline, or qualitative text.
public enum TargetValue: Hashable, Codable, Sendable {
    case quantitative(Quantity)
    case deadline(Deadline)
    case qualitative(String)

    /// The Chinese label the site shows for the kind of target.
    public var kindName: String {
        switch self {
        case .quantitative: "定量"
        case .deadline: "时限"
        case .qualitative: "定性"
        }
    }

    /// A stable English key (`quantitative`, `deadline`, `qualitative`).
    public var kindKey: String {
        switch self {
        case .quantitative: "quantitative"
        case .deadline: "deadline"
        case .qualitative: "qualitative"
        }
    }
}
