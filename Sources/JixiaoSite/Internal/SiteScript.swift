/// `assets/site.js`: sorting, filtering and search for the tables. An external file so the CSP can
/// stay `script-src 'self'`; the pages read fine without it.
enum SiteScript {
    static let source = #"""
'use strict';
(function () {
  function rowsOf(table) { return Array.prototype.slice.call(table.tBodies[0].rows); }

  function cellValue(row, index, kind) {
    var cell = row.cells[index];
    var raw = cell ? (cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent.trim()) : '';
    if (kind === 'number') {
      var number = parseFloat(raw);
      return isNaN(number) ? null : number;
    }
    return raw;
  }

  var collator = new Intl.Collator('zh-CN', { numeric: true });

  function compare(a, b, kind) {
    if (kind === 'number') {
      if (a === b) return 0;
      if (a === null) return -1;
      if (b === null) return 1;
      return a < b ? -1 : 1;
    }
    return collator.compare(a, b);
  }

  function sortBy(th) {
    var table = th.closest('table');
    var index = Array.prototype.indexOf.call(th.parentNode.cells, th);
    var kind = th.getAttribute('data-sort');
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    th.parentNode.querySelectorAll('th[data-sort]').forEach(function (other) { other.setAttribute('aria-sort', 'none'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var entries = rowsOf(table).map(function (row, position) {
      return { row: row, position: position, value: cellValue(row, index, kind) };
    });
    entries.sort(function (a, b) {
      var order = compare(a.value, b.value, kind);
      if (order !== 0) return ascending ? order : -order;
      return a.position - b.position;
    });
    var body = table.tBodies[0];
    entries.forEach(function (entry) { body.appendChild(entry.row); });
  }

  document.querySelectorAll('th[data-sort]').forEach(function (th) {
    th.addEventListener('click', function () { sortBy(th); });
  });

  document.querySelectorAll('.filters[data-table]').forEach(function (bar) {
    var table = document.getElementById(bar.getAttribute('data-table'));
    if (!table) return;
    var search = bar.querySelector('[data-search]');
    var count = bar.querySelector('.filter-count');
    function apply() {
      var wanted = [];
      bar.querySelectorAll('[data-filter]').forEach(function (control) {
        var value = control.type === 'checkbox' ? (control.checked ? control.value : '') : control.value;
        if (value) wanted.push([control.getAttribute('data-filter'), value]);
      });
      var terms = search ? search.value.trim().toLowerCase().split(/\s+/).filter(Boolean) : [];
      var rows = rowsOf(table);
      var visible = 0;
      rows.forEach(function (row) {
        var keep = wanted.every(function (w) { return row.getAttribute('data-' + w[0]) === w[1]; });
        if (keep && terms.length) {
          var text = (row.getAttribute('data-text') || row.textContent).toLowerCase();
          keep = terms.every(function (term) { return text.indexOf(term) !== -1; });
        }
        row.hidden = !keep;
        if (keep) visible += 1;
      });
      if (count) count.textContent = '显示 ' + visible + ' / ' + rows.length + ' ' + (bar.getAttribute('data-noun') || '');
    }
    // A link such as findings.html#rule=missing_unit opens with that filter chosen.
    var preset = new URLSearchParams(location.hash.slice(1));
    bar.querySelectorAll('select[data-filter]').forEach(function (control) {
      var value = preset.get(control.getAttribute('data-filter'));
      var known = Array.prototype.some.call(control.options, function (option) { return option.value === value; });
      if (value !== null && known) control.value = value;
    });
    bar.querySelectorAll('[data-filter], [data-search]').forEach(function (control) {
      control.addEventListener('input', apply);
      control.addEventListener('change', apply);
    });
    apply();
  });
})();
"""#
}
