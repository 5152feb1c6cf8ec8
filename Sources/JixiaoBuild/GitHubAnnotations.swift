import JixiaoModel

/// GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`) for `check --format github`.
///
/// GitHub shows only the first few annotations of a step; the full list goes to the job summary (`JobSummary`).
public enum GitHubAnnotations {
    /// One command per finding, sorted by path and location: error → `::error`, warning → `::warning`, info → `::notice`.
    public static func commands(_ reports: [ProjectReport]) -> String {
        var lines: [String] = []
        for report in reports.sorted(by: { $0.path < $1.path }) {
            for diagnostic in report.diagnostics.sorted() {
                lines.append(command(diagnostic, path: report.path))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// One workflow command for one finding in the file at `path` (relative to the repository root).
    public static func command(_ diagnostic: Diagnostic, path: String) -> String {
        let properties = [
            ("file", path),
            ("line", String(diagnostic.location.line)),
            ("col", String(diagnostic.location.column)),
            ("title", diagnostic.rule),
        ].map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(commandName(diagnostic.severity)) \(properties)::\(escapeData(diagnostic.message))"
    }

    static func commandName(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// Escapes a message as the Actions runner expects (`%` first, so the escapes themselves survive).
    public static func escapeData(_ text: String) -> String {
        escape(text, alsoEscaping: [])
    }

    /// Escapes a property value: as a message, plus `:` and `,`, which separate properties.
    public static func escapeProperty(_ text: String) -> String {
        escape(text, alsoEscaping: [":", ","])
    }

    /// Percent-encodes `%`, CR and LF always, and the given characters too.
    private static func escape(_ text: String, alsoEscaping extra: Set<Unicode.Scalar>) -> String {
        var result = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case _ where extra.contains(character):
                result += "%" + String(character.value, radix: 16, uppercase: true)
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
