/// A problem with the score settings of `jixiao.yaml`, worded for the person who wrote them.
public struct ScoringConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The setting at fault, e.g. `quality.criteria`.
    public var key: String
    /// What is wrong, in Chinese, e.g. `四项审核标准的分值之和须为 100，现为 90`.
    public var message: String

    public init(key: String, message: String) {
        self.key = key
        self.message = message
    }

    public var description: String { "\(key)：\(message)" }
}
