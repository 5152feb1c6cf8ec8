/// `assets/site.css`: one shared stylesheet (CSP `style-src 'self'`), system Chinese fonts only,
/// restrained colours, grade colours, tables that scroll on phones, and the A4 print form.
enum SiteStylesheet {
    static let source = #"""
:root {
  --ink: #1f2933; --muted: #5f6b7a; --line: #d8dee6; --soft: #f4f6f9; --card: #ffffff;
  --accent: #24507a; --accent-soft: #e8eff7;
  --excellent: #1f7a4d; --good: #2a64a3; --fair: #b7791f; --poor: #c0392b;
  --error: #c0392b; --warning: #b7791f; --info: #5f6b7a;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--ink); background: var(--soft); line-height: 1.6; font-size: 15px;
  font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
}
a { color: var(--accent); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace; font-size: 0.88em; }
h1 { font-size: 1.6rem; margin: 0.4rem 0 1rem; font-weight: 600; }
h2 { font-size: 1.2rem; margin: 2rem 0 0.8rem; font-weight: 600; }
h3 { font-size: 1.05rem; margin: 0 0 0.4rem; }
h4 { font-size: 0.95rem; margin: 0.8rem 0 0.3rem; color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.lead, .hint { color: var(--muted); }
.hint { font-size: 0.88rem; }
.empty, .blank { color: var(--muted); }

.site-header { background: var(--accent); color: #fff; }
.header-inner, main, .site-footer p { max-width: 1200px; margin: 0 auto; padding: 0 20px; }
.header-inner { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; min-height: 52px; gap: 8px; }
.brand { color: #fff; font-weight: 600; font-size: 1.05rem; letter-spacing: 0.05em; }
.site-header ul { list-style: none; display: flex; gap: 4px; margin: 0; padding: 0; }
.site-header nav a { color: #dbe6f2; padding: 6px 12px; border-radius: 4px; display: inline-block; }
.site-header nav a[aria-current="page"], .site-header nav a:hover { background: rgba(255,255,255,0.14); color: #fff; text-decoration: none; }
main { padding-top: 20px; padding-bottom: 40px; }
.site-footer { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; padding: 14px 0 24px; background: #fff; }

.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 14px; margin-bottom: 24px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; border-top: 3px solid var(--accent); }
.card-label { color: var(--muted); font-size: 0.88rem; }
.card-value { font-size: 1.75rem; font-weight: 600; line-height: 1.3; font-variant-numeric: tabular-nums; }
.card-value small { font-size: 0.9rem; font-weight: 400; margin-left: 4px; color: var(--muted); }
.card-note { color: var(--muted); font-size: 0.82rem; }
.card.tone-error { border-top-color: var(--error); }
.card.tone-error .card-value { color: var(--error); }
.card.tone-ok { border-top-color: var(--excellent); }
.card.grade-excellent { border-top-color: var(--excellent); }
.card.grade-good { border-top-color: var(--good); }
.card.grade-fair { border-top-color: var(--fair); }
.card.grade-poor { border-top-color: var(--poor); }
.cards-compact { grid-template-columns: repeat(auto-fill, minmax(220px, 320px)); }
.cards-compact .card-value { font-size: 1.45rem; }

.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr)); gap: 14px; }
.chart { margin: 0; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.chart figcaption { font-weight: 600; margin-bottom: 6px; }
.chart figcaption small { font-weight: 400; color: var(--muted); }
.chart svg { width: 100%; height: auto; display: block; }
.chart text { font-size: 13px; fill: var(--ink); font-family: inherit; }
.chart .bar-value { fill: var(--muted); font-variant-numeric: tabular-nums; }
.chart rect { fill: #5b84b1; }
.chart .bar:hover rect { fill: var(--accent); }
.chart .grade-excellent rect { fill: var(--excellent); }
.chart .grade-good rect { fill: var(--good); }
.chart .grade-fair rect { fill: var(--fair); }
.chart .grade-poor rect { fill: var(--poor); }
.chart .severity-error rect { fill: var(--error); }
.chart .severity-warning rect { fill: var(--warning); }
.chart .severity-info rect { fill: #94a3b8; }

.filters { display: flex; flex-wrap: wrap; gap: 10px 16px; align-items: center; background: var(--card);
  border: 1px solid var(--line); border-radius: 8px 8px 0 0; border-bottom: none; padding: 10px 12px; }
.filter { display: inline-flex; align-items: center; gap: 6px; font-size: 0.9rem; color: var(--muted); }
.filter > span { white-space: nowrap; }
.filter select, .filter input[type="search"] { font: inherit; color: var(--ink); padding: 4px 8px; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
.filter input[type="search"] { min-width: 220px; }
.filter select { max-width: 18em; text-overflow: ellipsis; }
.filter-count { margin-left: auto; color: var(--muted); font-size: 0.85rem; }

.table-scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; background: var(--card); border: 1px solid var(--line); }
.filters + .table-scroll { border-radius: 0 0 8px 8px; }
table { border-collapse: collapse; width: 100%; }
.data-table th, .data-table td { padding: 8px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
.data-table thead th { background: #eef2f6; font-weight: 600; white-space: nowrap; font-size: 0.9rem; }
.data-table tbody tr:hover { background: #f8fafc; }
.data-table tr[hidden] { display: none; }
th[data-sort] button { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
th[data-sort] button::after { content: " ⇅"; color: #a0aab5; }
th[aria-sort="ascending"] button::after { content: " ▲"; color: var(--accent); }
th[aria-sort="descending"] button::after { content: " ▼"; color: var(--accent); }
.num { text-align: right !important; font-variant-numeric: tabular-nums; white-space: nowrap; }
.has-errors { color: var(--error); font-weight: 600; }
#projects-table td:first-child { min-width: 11em; }
#projects-table td:nth-child(2) { min-width: 10em; }
#findings-table td:nth-child(2) code { white-space: nowrap; }

.grade, .badge, .severity { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 0.78rem; line-height: 1.6; white-space: nowrap; font-weight: 600; }
.grade { color: #fff; background: #94a3b8; }
.grade.grade-excellent { background: var(--excellent); }
.grade.grade-good { background: var(--good); }
.grade.grade-fair { background: var(--fair); }
.grade.grade-poor { background: var(--poor); }
.card-value small.grade { color: #fff; font-size: 0.8rem; vertical-align: middle; }
.badge { border: 1px solid currentColor; font-weight: 500; }
.kind-quantitative { color: var(--excellent); }
.kind-deadline { color: var(--good); }
.kind-qualitative { color: var(--fair); }
.badge-broken { color: var(--error); }
.severity { color: #fff; }
.severity-error { background: var(--error); }
.severity-warning { background: var(--warning); }
.severity-info { background: var(--info); }

.page-tools { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 8px; margin-bottom: 4px; }
.breadcrumb { font-size: 0.88rem; color: var(--muted); }
.form-title { text-align: center; margin-bottom: 12px; }
.form-title h1 { margin-bottom: 6px; }
.form-meta { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 8px; font-size: 0.92rem; color: var(--muted); }
.edit-link { border: 1px solid var(--accent); border-radius: 4px; padding: 1px 10px; }
.form-sheet { margin: 8px 0 24px; }
.form-sheet .table-scroll + .table-scroll { border-top: none; }
.form th, .form td { border: 1px solid #9aa5b1; padding: 7px 9px; vertical-align: middle; }
.form { background: #fff; }
.form th { background: #f1f4f8; font-weight: 600; text-align: center; white-space: nowrap; }
.form-head td { min-width: 5em; }
.form-head .goal { margin: 0 0 4px; }
.form-indicators thead th { background: #e6ecf3; }
.form-indicators th.level1, .form-indicators td.level2 { text-align: center; white-space: normal; min-width: 5em; max-width: 10em; background: #f7f9fb; font-weight: 600; }
.form-indicators td.name { min-width: 7em; }
.form-indicators td.description { min-width: 10em; }
.form-indicators td.target { min-width: 8em; }
.target-text { margin-right: 2px; }
tr.row-error > td:not(.level2):not(.col-findings) { background: #fdf1f0; }
tr.row-warning > td:not(.level2):not(.col-findings) { background: #fdf8ec; }
tr.indicator:target > td, tr.indicator:target > th { box-shadow: inset 0 0 0 2px var(--accent); }
.col-findings { min-width: 18em; max-width: 28em; background: #fcfcfd; font-size: 0.86rem; }
.form .col-findings { vertical-align: top; }
.finding { border-left: 3px solid var(--info); padding: 2px 0 2px 8px; margin: 2px 0 8px; }
.finding.severity-error { border-left-color: var(--error); background: none; }
.finding.severity-warning { border-left-color: var(--warning); background: none; }
.finding.severity-info { background: none; }
.finding p { margin: 2px 0; }
.finding-why { color: var(--muted); font-size: 0.85em; }
.finding-why summary { cursor: pointer; width: max-content; }
.finding-why p { margin: 2px 0 0; }
.finding .location { color: var(--muted); font-size: 0.8em; }
.finding-list { list-style: none; padding: 0; margin: 0; }
.finding-list > li { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin-bottom: 8px; }
.finding-list .finding { margin: 0; }
.alert { border-radius: 6px; padding: 12px 16px; margin: 12px 0 18px; }
.alert-error { background: #fdf1f0; border: 1px solid #f0b8b1; color: #7f231a; }
.score-line { font-size: 1.05rem; }
.score-big { font-size: 2rem; font-variant-numeric: tabular-nums; }
.points { color: var(--error); }
.losses td, .evaluation td { min-width: 4.5em; }
.losses td:last-child, .evaluation td:last-child { min-width: 14em; }
.losses code { white-space: nowrap; }
.losses td:nth-child(2) { min-width: 9em; }
.evaluation tr.total th, .evaluation tr.total td { background: #eef2f6; font-weight: 600; }
.no-year-end { background: var(--card); border: 1px dashed var(--line); border-radius: 6px; padding: 10px 14px; color: var(--muted); }

.toc ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; }
.toc a { display: inline-block; padding: 3px 12px; border: 1px solid var(--line); border-radius: 14px; background: var(--card); }
.rule { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; margin-bottom: 12px; }
.rule:target { border-color: var(--accent); box-shadow: 0 0 0 3px var(--accent-soft); }
.rule h3 code { color: var(--muted); font-weight: 400; margin-left: 6px; }
.rule-meta { color: var(--muted); font-size: 0.88rem; margin: 0 0 6px; }
.example { background: #f6f8fa; border: 1px solid var(--line); border-radius: 4px; padding: 8px 10px; overflow-x: auto; margin: 4px 0; }
.example-bad { border-left: 3px solid var(--error); }
.example-good { border-left: 3px solid var(--excellent); }
.example .line-add { color: #1f6b3f; background: #e9f6ee; display: inline-block; min-width: 100%; }
.example .line-del { color: #9b2c22; background: #fbecea; display: inline-block; min-width: 100%; }
.example .line-note { color: var(--muted); }
details.rule summary { cursor: pointer; font-weight: 600; }

@media (max-width: 640px) {
  body { font-size: 14px; }
  .header-inner, main, .site-footer p { padding: 0 12px; }
  main { padding-top: 12px; }
  .charts { grid-template-columns: 1fr; }
  .chart { overflow-x: auto; }
  .chart svg { min-width: 440px; }
  .cards { grid-template-columns: 1fr 1fr; gap: 10px; }
  .card { padding: 10px 12px; }
  .card-value { font-size: 1.4rem; }
  .filter { flex: 1 1 100%; min-width: 0; }
  .filter select, .filter input[type="search"] { flex: 1 1 auto; min-width: 0; width: 100%; max-width: none; }
  .filter-check { flex: 0 1 auto; }
  .filter-count { margin-left: 0; }
  h1 { font-size: 1.3rem; }
}

@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; color: #000; }
  .no-print, .site-header, .filters, .breadcrumb, .print-optional, .col-findings, .badge, .cards { display: none !important; }
  main { max-width: none; padding: 0; }
  .table-scroll { overflow: visible; border: none; }
  .form th, .form td { border: 1px solid #000; padding: 4px 6px; }
  .form th, .form-indicators th.level1, .form-indicators td.level2 { background: none !important; }
  tr.row-error > td, tr.row-warning > td { background: none !important; }
  .form-title h1 { font-size: 16pt; }
  .form-meta { color: #000; }
  .form-sheet { margin: 0 0 8mm; }
  .form-sheet .table-scroll + .table-scroll .form { border-top: none; }
  tr { page-break-inside: avoid; }
  .self-evaluation, .quality { page-break-before: auto; }
  .site-footer { border: none; background: none; font-size: 8pt; }
  a { color: #000; text-decoration: none; }
}
"""#
}
