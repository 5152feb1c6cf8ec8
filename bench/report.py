"""Ratios, the issue's targets and the printed table, all from one run's results."""


def _get(result, *keys):
    for key in keys:
        if not isinstance(result, dict) or key not in result:
            return None
        result = result[key]
    return result


def _ratio(a, b):
    return a / b if a is not None and b else None


def _less_settle(result):
    median = _get(result, "jixiao_watch", "edit_ms", "median")
    # The edits close the file they wrote: the wait is --settle-after-close where the run had it.
    settle = _get(result, "jixiao_watch", "settle_after_close_ms")
    if settle is None:
        settle = _get(result, "jixiao_watch", "settle_ms")
    return None if median is None or settle is None else max(median - settle, 0.001)


def ratios(sizes):
    rows = []
    smallest = sizes[0] if sizes else None
    for result in sizes:
        jx_cold = _get(result, "jixiao_cold", "seconds", "median")
        jx_edit = _get(result, "jixiao_watch", "edit_ms", "median")
        rows.append({
            "n": result["n"],
            "hugo_cold_over_jixiao_cold": _ratio(_get(result, "hugo_cold", "seconds", "median"), jx_cold),
            "hugo_warm_over_jixiao_warm": _ratio(_get(result, "hugo_warm", "seconds", "median"),
                                                 _get(result, "jixiao_warm", "seconds", "median")),
            "jixiao_cold_over_floor": _ratio(jx_cold, _get(result, "floor", "seconds", "median")),
            "hugo_cold_over_floor": _ratio(_get(result, "hugo_cold", "seconds", "median"),
                                           _get(result, "floor", "seconds", "median")),
            "hugo_edit_over_jixiao_edit": _ratio(_get(result, "hugo_server", "edit_ms", "median"), jx_edit),
            "hugo_build_rss_over_jixiao_build_rss": _ratio(_get(result, "hugo_cold", "rss_kib"),
                                                           _get(result, "jixiao_cold", "rss_kib")),
            "hugo_server_hwm_over_jixiao_watch_hwm": _ratio(_get(result, "hugo_server", "daemon_hwm_kib"),
                                                            _get(result, "jixiao_watch", "daemon_hwm_kib")),
            "jixiao_edit_over_smallest_size_edit": None if result is smallest else _ratio(
                jx_edit, _get(smallest, "jixiao_watch", "edit_ms", "median")),
            # The work of an edit: write→page less the settle period, which does not grow with N.
            "jixiao_edit_work_over_smallest_size_edit_work": None if result is smallest else _ratio(
                _less_settle(result), _less_settle(smallest)),
        })
    return rows


def targets(sizes):
    """The issue's targets, judged at the largest size of the run."""
    if not sizes:
        return {}
    largest = sizes[-1]
    row = ratios(sizes)[-1]
    p99 = _get(largest, "jixiao_watch", "edit_ms", "p99")

    def judged(value, ok):
        return {"value": value, "met": None if value is None else ok(value)}
    return {
        "at_n": largest["n"],
        "cold_build_at_least_3x_faster_than_hugo": judged(row["hugo_cold_over_jixiao_cold"], lambda v: v >= 3),
        "edit_median_at_least_10x_faster_than_hugo_server": judged(row["hugo_edit_over_jixiao_edit"],
                                                                   lambda v: v >= 10),
        "edit_p99_under_200ms_including_settle": judged(p99, lambda v: v < 200),
        "build_peak_rss_at_most_quarter_of_hugo": judged(row["hugo_build_rss_over_jixiao_build_rss"],
                                                         lambda v: v >= 4),
        "daemon_peak_rss_at_most_quarter_of_hugo_server": judged(row["hugo_server_hwm_over_jixiao_watch_hwm"],
                                                                 lambda v: v >= 4),
        "edit_at_largest_at_most_3x_edit_at_smallest": judged(row["jixiao_edit_over_smallest_size_edit"],
                                                              lambda v: v <= 3),
        "edit_work_at_largest_at_most_3x_at_smallest_less_settle": judged(
            row["jixiao_edit_work_over_smallest_size_edit_work"], lambda v: v <= 3),
    }


def _s(value, digits=2):
    return "–" if value is None else f"{value:.{digits}f}"


def _mb(kib):
    return "–" if kib is None else f"{kib / 1024:.0f}"


def _pair(result, tool, metric):
    block = _get(result, tool, metric) or {}
    return f"{_s(block.get('median'), 1)} / {_s(block.get('p99'), 1)} (n={block.get('n', 0)})"


def table(results):
    lines = [
        "Builds (seconds, median; RSS in MB, peak):",
        "",
        "| N | jixiao cold | jixiao warm | jixiao RSS | hugo cold | hugo warm | hugo RSS | floor "
        "| hugo ÷ jixiao (cold) | jixiao ÷ floor | jixiao output files / MB | hugo output files / MB |",
        "|---:" * 12 + "|",
    ]
    for result, row in zip(results["sizes"], results["ratios"]):
        lines.append("| " + " | ".join([
            f"{result['n']:,}",
            _s(_get(result, "jixiao_cold", "seconds", "median"), 3),
            _s(_get(result, "jixiao_warm", "seconds", "median"), 3),
            _mb(_get(result, "jixiao_cold", "rss_kib")),
            _s(_get(result, "hugo_cold", "seconds", "median"), 3),
            _s(_get(result, "hugo_warm", "seconds", "median"), 3),
            _mb(_get(result, "hugo_cold", "rss_kib")),
            _s(_get(result, "floor", "seconds", "median"), 3),
            _s(row["hugo_cold_over_jixiao_cold"], 2) + "×",
            _s(row["jixiao_cold_over_floor"], 1) + "×",
            f"{result.get('output_files', 0):,} / {result.get('output_bytes', 0) / 1e6:.0f}",
            f"{result.get('hugo_output_files', 0):,} / {result.get('hugo_output_bytes', 0) / 1e6:.0f}",
        ]) + " |")
    lines += [
        "",
        "Edits (ms, median / p99, n edits; daemon peak RSS in MB):",
        "",
        "| N | jixiao write→page | jixiao write→batch done | hugo server write→page | hugo ÷ jixiao (page) "
        "| jixiao watch RSS | hugo server RSS |",
        "|---:" * 7 + "|",
    ]
    for result, row in zip(results["sizes"], results["ratios"]):
        lines.append("| " + " | ".join([
            f"{result['n']:,}",
            _pair(result, "jixiao_watch", "edit_ms"),
            _pair(result, "jixiao_watch", "batch_done_ms"),
            _pair(result, "hugo_server", "edit_ms"),
            _s(row["hugo_edit_over_jixiao_edit"], 2) + "×",
            _mb(_get(result, "jixiao_watch", "daemon_hwm_kib")),
            _mb(_get(result, "hugo_server", "daemon_hwm_kib")),
        ]) + " |")
    lines.append("")
    lines.append(f"Targets at N={results['targets'].get('at_n')}:")
    for name, verdict in results["targets"].items():
        if isinstance(verdict, dict):
            mark = {True: "met", False: "MISSED", None: "not measured"}[verdict["met"]]
            lines.append(f"- {name}: {_s(verdict['value'])} → {mark}")
    return "\n".join(lines)
