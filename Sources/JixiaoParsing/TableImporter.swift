import Foundation

/// Imports the text export of the official 项目支出绩效目标表 document (Word → 纯文本, UTF-8)
/// into one YAML file per table, `<项目名称>.yaml`, in the format of docs/format.md.
///
/// Nothing is overwritten unless `force` is set: when any target file exists, no file is written.
public struct TableImporter: Sendable {
    /// 预算年度 for tables whose heading names no 20xx year; when nil, the year most of the
    /// document's headings name.
    public var defaultYear: Int?

    public init(defaultYear: Int? = nil) {
        self.defaultYear = defaultYear
    }

    /// Reads every table of the export's text, in document order.
    public func tables(in text: String) throws -> [ImportedTable] {
        let raw = ImportCellReader.tables(in: text)
        guard !raw.isEmpty else { throw ImportError.noTables }
        let fallbackYear = defaultYear ?? documentYear(of: raw)
        return try raw.map { try ImportTableBuilder.table(from: $0, defaultYear: fallbackYear) }
    }

    /// The year most headings of the document name (the earliest of equals): one document holds
    /// one unit's tables for one budget year, and only some headings repeat the year.
    private func documentYear(of tables: [ImportCellReader.Table]) -> Int? {
        let years = tables.compactMap { ImportTableBuilder.year(in: ImportTableBuilder.title(of: $0.heading)) }
        let counts = Dictionary(years.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }

    /// The YAML text of one table, and notes such as regrouped categories.
    public func yaml(for table: ImportedTable) -> (text: String, notes: [String]) {
        ImportYAMLWriter.yaml(for: table)
    }

    /// The export at `source` → files in `folder` (created when missing).
    public func importFile(at source: URL, into folder: URL, force: Bool = false) throws -> ImportSummary {
        let data: Data
        do {
            data = try Data(contentsOf: source)
        } catch {
            throw ImportError.unreadable(path: source.path, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw ImportError.notUTF8(path: source.path) }
        return try importText(text, into: folder, force: force)
    }

    /// The export's text → files in `folder` (created when missing).
    public func importText(_ text: String, into folder: URL, force: Bool = false) throws -> ImportSummary {
        let tables = try tables(in: text)
        let names = ImportFileName.uniqueNames(for: tables.map(\.name))
        let files = names.map { folder.appendingPathComponent($0) }
        let fileManager = FileManager.default
        if !force {
            let existing = files.filter { fileManager.fileExists(atPath: $0.path) }
            guard existing.isEmpty else { throw ImportError.filesExist(existing.map(\.path)) }
        }
        do {
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ImportError.unwritable(path: folder.path, reason: error.localizedDescription)
        }
        var notes: [String] = []
        for (table, file) in zip(tables, files) {
            let yaml = self.yaml(for: table)
            notes += yaml.notes
            do {
                try Data(yaml.text.utf8).write(to: file, options: .atomic)
            } catch {
                throw ImportError.unwritable(path: file.path, reason: error.localizedDescription)
            }
        }
        return ImportSummary(tables: tables, files: files, notes: notes)
    }
}
