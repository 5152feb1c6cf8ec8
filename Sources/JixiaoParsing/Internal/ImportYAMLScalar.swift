/// Writes cell text as YAML scalars that every YAML reader (Yams' basic resolver, a YAML 1.1 or
/// 1.2 core-schema reader) reads back as exactly that text.
///
/// Plain only when nothing can be misread: no ASCII punctuation other than `. / ( ) % + - < > = &`
/// and spaces inside, not starting with ASCII punctuation, and an all-ASCII value neither starting
/// with a digit (numbers, dates, times) nor one of the YAML 1.1 booleans and nulls. Multi-line text
/// becomes a `|-` literal block; everything else is double-quoted with escapes.
enum ImportYAMLScalar {
    private static let plainInside: Set<Character> = [" ", ".", "/", "(", ")", "%", "+", "-", "<", ">", "=", "&"]
    private static let resolvedWords: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"]

    /// The value after `key:` or `-`, starting with its space: ` text`, ` "text"`, or ` |-` and the
    /// lines indented by `indent` spaces.
    static func value(_ text: String, indent: Int) -> String {
        if text.contains("\n"), canBeLiteral(text) {
            let pad = String(repeating: " ", count: indent)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : pad + $0 }
            return " |-\n" + lines.joined(separator: "\n")
        }
        return " " + inline(text)
    }

    /// The text on one line: plain when safe, else double-quoted.
    static func inline(_ text: String) -> String {
        isPlainSafe(text) ? text : doubleQuoted(text)
    }

    /// An amount: a plain decimal (`15.00`, the format's numbers) when it is one, else as text.
    static func amount(_ text: String) -> String {
        isDecimal(text) ? text : inline(text)
    }

    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last,
              !first.isWhitespace, !last.isWhitespace else { return false }
        if first.isASCII, !(first.isLetter || first.isNumber) { return false }
        for character in text {
            if character.isASCII {
                guard character.isLetter || character.isNumber || plainInside.contains(character) else { return false }
            } else if character.unicodeScalars.contains(where: needsEscape) || character.isNewline {
                return false
            }
        }
        if text.allSatisfy(\.isASCII) {
            if first.isNumber || resolvedWords.contains(text.lowercased()) { return false }
        }
        return true
    }

    static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{85}": result += "\\N"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                if needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += scalar.value <= 0xFF
                        ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                        : "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Characters YAML does not allow unescaped (outside c-printable), and the BOM.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFEFF, 0xFFFE, 0xFFFF, 0x2028, 0x2029: true
        default: false
        }
    }

    /// A literal block keeps text exactly when no line has trailing white space, nothing needs an
    /// escape, and the text neither starts with white space nor ends with a line break.
    private static func canBeLiteral(_ text: String) -> Bool {
        guard let first = text.first, !first.isWhitespace, text.last.map({ !$0.isNewline }) ?? false else { return false }
        if text.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\t" || needsEscape($0) }) { return false }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .allSatisfy { $0.last.map { !$0.isWhitespace } ?? true }
    }

    private static func isDecimal(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }), whole == "0" || whole.first != "0" else { return false }
        guard parts.count == 2 else { return true }
        return !parts[1].isEmpty && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
    }
}
