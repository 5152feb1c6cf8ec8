/// Why a file could not be composed into a document: the parts of Yams's `YamlError` that
/// `YAMLErrorTranslation` reads, filled the way Yams 6.2.2 fills them so that the diagnostics
/// stay the same.
enum YAMLProblem: Error, Equatable {
    /// A position as Yams's `Mark`: line and column from 1, the column in Unicode scalars.
    struct Mark: Equatable {
        var line: Int
        var column: Int
    }

    /// libyaml's `context` and `context_mark` (for example “while scanning a quoted scalar”).
    struct Context: Equatable {
        var text: String
        var mark: Mark
    }

    /// libyaml's scanner or parser error, or a composer error (undefined alias, second document).
    case syntax(context: Context?, problem: String, mark: Mark)
    /// libyaml's reader error (for example a control character in the text).
    case reader(problem: String)
    /// A mapping has equal keys: the one Yams reports (its text as Yams's `Node.string` gives it,
    /// or “<uncovertable>”) and the mark of its first occurrence.
    case duplicateKey(key: String, firstMark: Mark)
    /// libyaml could not allocate memory.
    case memory
}
