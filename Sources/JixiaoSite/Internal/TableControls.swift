/// Filter, search and sort controls that `assets/site.js` brings to life; without the script the
/// table simply shows every row.
enum TableControls {
    /// A select that keeps rows whose `data-<key>` equals the chosen value.
    static func select(key: String, label: String, allLabel: String, options: [(value: String, label: String)]) -> Markup {
        el("label", [cls("filter")], [
            el("span", label),
            el("select", [attr("data-filter", key)],
               [el("option", [attr("value", "")], allLabel)]
                   + options.map { el("option", [attr("value", $0.value)], $0.label) }),
        ])
    }

    /// A checkbox that, when ticked, keeps rows whose `data-<key>` equals `value`.
    static func checkbox(key: String, value: String, label: String) -> Markup {
        el("label", [cls("filter filter-check")], [
            .void("input", [attr("type", "checkbox"), attr("data-filter", key), attr("value", value)]),
            el("span", label),
        ])
    }

    /// A search box matching the rows' `data-text` (case-insensitive, Chinese as typed).
    static func search(placeholder: String) -> Markup {
        el("label", [cls("filter filter-search")], [
            el("span", [cls("visually-hidden")], "搜索"),
            .void("input", [attr("type", "search"), attr("data-search", nil), attr("placeholder", placeholder),
                            attr("autocomplete", "off")]),
        ])
    }

    /// The bar above a table: the controls and a live count of visible rows.
    static func bar(for tableID: String, noun: String, _ controls: [Markup]) -> Markup {
        el("div", [cls("filters no-print"), attr("data-table", tableID), attr("data-noun", noun)],
           controls + [el("output", [cls("filter-count"), attr("aria-live", "polite")], [])])
    }

    /// A header cell the script can sort by; `kind` is `number` or `text`.
    static func sortableHeader(_ label: String, kind: String, numeric: Bool = false) -> Markup {
        el("th", [attr("scope", "col"), attr("data-sort", kind), attr("aria-sort", "none")] + (numeric ? [cls("num")] : []),
           [el("button", [attr("type", "button")], label)])
    }

    /// Distinct non-empty values in first-seen order sorted by code-point order, so output is stable.
    static func distinct(_ values: [String]) -> [String] {
        Array(Set(values.filter { !$0.isEmpty })).sorted()
    }
}
