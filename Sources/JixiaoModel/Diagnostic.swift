/// How serious a finding is.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case error, warning, info

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    /// Errors sort first.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The word shown in Chinese pages.
    public var chineseName: String {
        switch self {
        case .error: "错误"
        case .warning: "警告"
        case .info: "提示"
        }
    }
}

/// One finding about one file: which rule, how serious, where, and what to do.
public struct Diagnostic: Hashable, Codable, Sendable {
    /// The stable snake_case identifier of the rule, e.g. `unknown_key`.
    public var rule: String
    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(rule: String, severity: Severity, location: SourceLocation, message: String) {
        self.rule = rule
        self.severity = severity
        self.location = location
        self.message = message
    }
}

extension Diagnostic: Comparable {
    /// Sorted by line, column, then severity and rule, so output is stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.message < rhs.message
    }
}
