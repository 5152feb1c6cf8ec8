/// Identifiers of the findings the parser itself reports; the rule catalogue describes them too.
public enum RuleID {
    public static let yamlSyntax = "yaml_syntax"
    public static let notUTF8 = "not_utf8"
    public static let unknownKey = "unknown_key"
    public static let duplicateKey = "duplicate_key"
    public static let missingField = "missing_field"
    public static let wrongType = "wrong_type"
    public static let fileTooLarge = "file_too_large"
    public static let aliasNotAllowed = "alias_not_allowed"
    public static let emptyFile = "empty_file"
    public static let unknownCategory = "unknown_category"
    public static let categoryMismatch = "category_mismatch"
    public static let invalidAmount = "invalid_amount"
}
