/// A place in a project file: 1-based line and column (columns count characters, not bytes).
public struct SourceLocation: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a file, used for findings about the file as a whole.
    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A piece of text from a file together with where it stands.
public struct Field: Hashable, Codable, Sendable {
    /// The text exactly as written, trimmed of surrounding white space.
    public var text: String
    public var location: SourceLocation

    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }

    /// True when the cell holds nothing but white space.
    public var isBlank: Bool { PlainText.isBlank(text) }
}
