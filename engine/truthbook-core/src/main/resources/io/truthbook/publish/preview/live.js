/*
 * Truthbook preview: reloads this page when its source changes, and shows the check's findings over
 * it (file:line:col, click to copy). Served by `truthbook serve` only; the published site has no such
 * script. Every text from the truth goes in through textContent, never as markup.
 */
(function () {
  'use strict';
  var page = location.pathname.replace(/^.*\//, '') || 'index.html';

  function meta(name) {
    var node = document.querySelector('meta[name="' + name + '"]');
    return node ? node.getAttribute('content') : '';
  }

  var pageDigest = meta('truthbook-page');
  var findingsDigest = null;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function copy(text, button) {
    function done() {
      button.setAttribute('data-copied', 'copied');
      setTimeout(function () { button.removeAttribute('data-copied'); }, 1500);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallback(); });
    } else {
      fallback();
    }
    function fallback() {
      var area = element('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      try {
        document.execCommand('copy');
        done();
      } finally {
        document.body.removeChild(area);
      }
    }
  }

  function place(finding) {
    var where = finding.file;
    if (finding.line > 0) {
      where += ':' + finding.line + ':' + finding.column;
    }
    return where;
  }

  function show(data) {
    var old = document.getElementById('truthbook-findings');
    if (old) {
      old.parentNode.removeChild(old);
    }
    var report = data.report || { findings: [], summary: { errors: 0, warnings: 0 } };
    var shown = report.findings.filter(function (f) { return f.severity === 'error' || f.severity === 'warning'; });
    if (!data.problem && shown.length === 0) {
      return;
    }
    var panel = element('aside');
    panel.id = 'truthbook-findings';
    panel.setAttribute('aria-label', 'Findings of truthbook check');
    var head = element('div', 'truthbook-findings-head');
    var summary = report.summary.errors + ' error' + (report.summary.errors === 1 ? '' : 's') + ', '
        + report.summary.warnings + ' warning' + (report.summary.warnings === 1 ? '' : 's');
    head.appendChild(element('strong', null, 'truthbook check: ' + summary));
    var toggle = element('button', 'truthbook-findings-toggle', 'hide');
    toggle.type = 'button';
    toggle.addEventListener('click', function () {
      var folded = panel.classList.toggle('folded');
      toggle.textContent = folded ? 'show' : 'hide';
    });
    head.appendChild(toggle);
    panel.appendChild(head);
    var list = element('ol');
    if (data.problem) {
      var problem = element('li', 'error');
      problem.appendChild(element('span', 'truthbook-rule', '[preview]'));
      problem.appendChild(document.createTextNode(' ' + data.problem));
      list.appendChild(problem);
    }
    shown.forEach(function (finding) {
      var item = element('li', finding.severity);
      var where = place(finding);
      var button = element('button', 'truthbook-place', where);
      button.type = 'button';
      button.title = 'Copy ' + where;
      button.addEventListener('click', function () { copy(where, button); });
      item.appendChild(button);
      item.appendChild(element('span', 'truthbook-severity', finding.severity));
      item.appendChild(element('span', 'truthbook-rule', '[' + finding.rule + ']'));
      item.appendChild(element('span', 'truthbook-message', finding.message));
      if (finding.hint) {
        item.appendChild(element('span', 'truthbook-hint', finding.hint));
      }
      list.appendChild(item);
    });
    panel.appendChild(list);
    document.body.appendChild(panel);
  }

  /*
   * Shows the findings of the state named by `digest` (null: whatever is current). A response of an
   * older state, overtaken by a newer event while it was on its way, is dropped: the newer fetch shows.
   */
  function refreshFindings(digest) {
    findingsDigest = digest;
    fetch('_truthbook/findings.json', { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        if (findingsDigest !== null && data.digest !== findingsDigest) {
          return;
        }
        findingsDigest = data.digest;
        show(data);
      }, function () { /* the preview stopped: the page stays as it is */ });
  }

  function listen() {
    if (!window.EventSource) {
      return;
    }
    var events = new EventSource('_truthbook/events');
    events.addEventListener('state', function (event) {
      var state = JSON.parse(event.data);
      var digest = state.pages[page];
      if (digest !== undefined && digest !== pageDigest) {
        events.close();
        location.reload();
        return;
      }
      if (state.findings !== findingsDigest) {
        refreshFindings(state.findings);
      }
    });
  }

  refreshFindings(null);
  listen();
}());
