import Foundation

/// Splits the text export of the official table document into tables of cells.
///
/// The layout Word produces: a table starts at a heading line `[bookmark: …]N.…绩效目标表` that
/// follows a blank line; a line that starts with a tab starts a cell; a non-blank line without a tab
/// continues the cell above (numbered goals, purpose paragraphs); blank lines separate rows, and
/// blank lines inside a cell are kept only when more text of that cell follows. `[bookmark: …]`
/// markers and stray U+FEFF characters are dropped wherever they stand. Each line loses its trailing white space and each cell
/// its leading and trailing white space; inner lines keep their indentation.
enum ImportCellReader {
    /// One cell: its text and the 1-based line where it starts.
    struct Cell: Equatable {
        var text: String
        var line: Int
    }

    /// One table: its heading and its cells in document order.
    struct Table: Equatable {
        var heading: String
        var line: Int
        var cells: [Cell]
    }

    static func tables(in text: String) -> [Table] {
        var tables: [Table] = []
        var cellLines: [String] = []
        var cellStart = 0
        var pendingBlankLines = 0
        var previousWasBlank = true

        func finishCell() {
            guard !cellLines.isEmpty, !tables.isEmpty else { cellLines = []; return }
            tables[tables.count - 1].cells.append(Cell(text: cellText(cellLines), line: cellStart))
            cellLines = []
        }

        for (offset, rawLine) in lines(of: text).enumerated() {
            let number = offset + 1
            // U+FEFF inside the text is an invisible Word artefact (and YAML readers drop it).
            let line = removingBookmarks(rawLine).replacingOccurrences(of: "\u{FEFF}", with: "")
            let isBlank = line.allSatisfy(\.isWhitespace)
            defer { previousWasBlank = isBlank }
            if line.hasPrefix("\t") {
                finishCell()
                cellLines = [String(line.dropFirst())]
                cellStart = number
                pendingBlankLines = 0
            } else if isBlank {
                if !cellLines.isEmpty { pendingBlankLines += 1 }
            } else if previousWasBlank, isHeading(line) {
                finishCell()
                tables.append(Table(heading: line.trimmingCharacters(in: .whitespaces), line: number, cells: []))
            } else if !cellLines.isEmpty {
                cellLines += Array(repeating: "", count: pendingBlankLines) + [line]
                pendingBlankLines = 0
            }
            // Text before the first heading or outside any cell is the document's own prose: skipped.
        }
        finishCell()
        return tables
    }

    /// Lines of the export with CRLF and CR line ends and a leading BOM accepted.
    static func lines(of text: String) -> [String] {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        // Word on Windows writes CRLF; old Mac exports a lone CR.
        let unified = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var result = unified.components(separatedBy: "\n")
        if result.last == "" { result.removeLast() }
        return result
    }

    static func isHeading(_ line: String) -> Bool {
        !line.hasPrefix("\t") && line.trimmingCharacters(in: .whitespaces).hasSuffix("绩效目标表")
    }

    /// Drops every `[bookmark: …]` marker Word's export leaves in the text.
    static func removingBookmarks(_ line: String) -> String {
        var result = line
        while let start = result.range(of: "[bookmark:"),
              let end = result.range(of: "]", range: start.upperBound..<result.endIndex) {
            result.removeSubrange(start.lowerBound..<end.upperBound)
        }
        return result
    }

    private static func cellText(_ lines: [String]) -> String {
        lines.map { line in
            var trimmed = Substring(line)
            while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
            return String(trimmed)
        }
        .joined(separator: "\n")
        .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
