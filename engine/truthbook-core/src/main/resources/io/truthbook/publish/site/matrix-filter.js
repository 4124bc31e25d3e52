/*
 * Truthbook site: a filter for the reconciliation matrix. Each row of the matrix table carries its
 * status (a span .truthbook-status) and its owners (spans .truthbook-owner); two selects above the
 * table show only the rows of one status and one owner.
 * Built with textContent and DOM calls only: manifest text never becomes markup.
 */
(function () {
  'use strict';

  var ALL = '';
  var NO_OWNER = '(no owner)';
  var STATUSES = ['current', 'stale', 'contradicted', 'unverifiable'];

  function texts(row, role) {
    return Array.prototype.map.call(row.querySelectorAll('span.' + role), function (span) {
      return span.textContent.trim();
    });
  }

  function choice(label, values) {
    var wrapper = document.createElement('label');
    wrapper.style.marginRight = '1em';
    wrapper.appendChild(document.createTextNode(label + ' '));
    var select = document.createElement('select');
    [ALL].concat(values).forEach(function (value) {
      var option = document.createElement('option');
      option.value = value;
      option.textContent = value === ALL ? 'all' : value;
      select.appendChild(option);
    });
    wrapper.appendChild(select);
    return { element: wrapper, select: select };
  }

  function sorted(set) {
    return Object.keys(set).sort();
  }

  /** The statuses in the order the book explains them, any other after them. */
  function byStatus(set) {
    var rank = function (status) {
      var i = STATUSES.indexOf(status);
      return i < 0 ? STATUSES.length : i;
    };
    return sorted(set).sort(function (a, b) { return rank(a) - rank(b); });
  }

  function filter(table) {
    // only the rows that carry a status: the header row (th cells, in tbody once Doxia has written the
    // table without a thead) stays visible
    var rows = Array.prototype.filter.call(table.querySelectorAll('tr'), function (row) {
      return row.querySelector('span.truthbook-status') !== null;
    });
    var statuses = {};
    var owners = {};
    var data = rows.map(function (row) {
      var status = texts(row, 'truthbook-status')[0] || '';
      var of = texts(row, 'truthbook-owner');
      if (of.length === 0) {
        of = [NO_OWNER];
      }
      statuses[status] = true;
      of.forEach(function (owner) { owners[owner] = true; });
      return { row: row, status: status, owners: of };
    });
    var status = choice('Status', byStatus(statuses));
    var owner = choice('Owner', sorted(owners));
    var count = document.createElement('span');
    var bar = document.createElement('div');
    bar.className = 'truthbook-matrix-filter';
    bar.style.margin = '0.5em 0';
    bar.appendChild(status.element);
    bar.appendChild(owner.element);
    bar.appendChild(count);

    function apply() {
      var shown = 0;
      data.forEach(function (d) {
        var visible = (status.select.value === ALL || d.status === status.select.value)
          && (owner.select.value === ALL || d.owners.indexOf(owner.select.value) >= 0);
        d.row.style.display = visible ? '' : 'none';
        shown += visible ? 1 : 0;
      });
      count.textContent = shown + ' of ' + data.length + ' claims';
    }

    status.select.addEventListener('change', apply);
    owner.select.addEventListener('change', apply);
    table.parentNode.insertBefore(bar, table);
    apply();
  }

  function start() {
    // the book's Asciidoctor keeps the table's role; the site's Doxia drops it, so a table is also
    // known by its rows' status marks
    Array.prototype.filter.call(document.querySelectorAll('table'), function (table) {
      return table.classList.contains('truthbook-matrix') || table.querySelector('span.truthbook-status') !== null;
    }).forEach(filter);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
