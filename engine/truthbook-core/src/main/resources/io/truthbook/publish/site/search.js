/*
 * Truthbook site search: lunr (from the org.webjars.npm:lunr webjar) over every page, chapter section
 * and entity of the book. Neither lunr nor the index is loaded with the page: both are fetched on the
 * first keystroke (or by the results page), as scripts, so search also works from the disk.
 *
 * A query's stop words ("what is", "who owns") are dropped unless it has nothing else; every other
 * word matches as a prefix, after a plain English ending is cut ("owns" finds "owner"). Results that
 * match more words come first; among equals, one whose title is the query, then those whose title
 * matches more words, then by the entry's tier (chapters, then domains, families, owners and gates,
 * then sections and pages, then tables and services, then endpoint, claim and column rows), then by
 * lunr's score, then in index order, so the same query always lists the same results.
 *
 * The sidebar shows the best few and links to search.html?q=..., which lists them all. Results are
 * built with textContent only: manifest text never becomes markup.
 *
 * A followed link's target (a heading, or a table row holding an inline anchor) is kept clear of any
 * fixed bar at the top of the page and highlighted.
 */
(function () {
  'use strict';

  var SEPARATOR = /[\s\-\/_.:,;()\[\]{}"'`|=<>+*#?!&@$%^~\\]+/;
  var SIDEBAR_RESULTS = 10;
  var RESULTS_PAGE = 'search.html';
  var RESULTS_ANCHOR = 'truthbook-search-page';
  var STOP_WORDS = {};
  ('a an the is are was were be been am it its this that these those what who whom whose which where when why how'
    + ' does do did of in on at by for to from with and or not no as if than then there here i we you my our your'
    + ' me us can could should would will shall may might must has have had about into any all some')
    .split(' ').forEach(function (word) { STOP_WORDS[word] = true; });

  var script = document.currentScript;
  var base = script ? script.src.replace(/[^\/]*$/, '') : 'js/';
  var root = new URL('../', base).href;
  var state = { loading: null, index: null, docs: [] };

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement('script');
      element.src = src;
      element.onload = resolve;
      element.onerror = function () { reject(new Error('cannot load ' + src)); };
      document.head.appendChild(element);
    });
  }

  function terms(text) {
    return text.toLowerCase().split(SEPARATOR)
      .map(function (term) { return term.replace(/^\W+|\W+$/g, ''); })
      .filter(function (term) { return term.length > 0; });
  }

  function load() {
    if (!state.loading) {
      state.loading = Promise.all([loadScript(base + 'lunr.min.js'), loadScript(base + 'search-index.js')])
        .then(function () {
          state.docs = window.TRUTHBOOK_SEARCH_INDEX || [];
          state.docs.forEach(function (doc) { doc.words = terms(doc.title).join(' '); });
          lunr.tokenizer.separator = SEPARATOR;
          state.index = lunr(function () {
            this.pipeline.reset();
            this.searchPipeline.reset();
            this.pipeline.add(lunr.trimmer);
            this.ref('n');
            this.field('title', { boost: 10 });
            this.field('text');
            state.docs.forEach(function (doc, n) {
              this.add({ n: String(n), title: doc.title, text: doc.text });
            }, this);
          });
        });
    }
    return state.loading;
  }

  /** The words of a query that say what is sought: without stop words, unless it has only those. */
  function queryWords(query) {
    var all = terms(query);
    var kept = all.filter(function (word) { return !STOP_WORDS[word]; });
    return { all: all, kept: kept.length > 0 ? kept : all };
  }

  /** The word without a plain English ending, to match as a prefix: owns, owned, owning: own. */
  function stem(word) {
    var cut = word.replace(/(ies|es|ing|ed)$/, '');
    if (cut === word && !/(ss|us|is)$/.test(word)) {
      cut = word.replace(/s$/, '');
    }
    return cut.length >= 3 ? cut : word;
  }

  function refs(word, fields) {
    return state.index.query(function (q) {
      q.term(word, { fields: fields, wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false });
    });
  }

  /** Every entry that matches a word of the query, best first (see the comment at the top). */
  function find(query) {
    var words = queryWords(query);
    if (words.kept.length === 0) {
      return [];
    }
    var hits = {};
    function hit(ref) {
      return hits[ref] || (hits[ref] = { n: Number(ref), matched: 0, titled: 0, score: 0 });
    }
    words.kept.forEach(function (word) {
      var prefix = stem(word);
      refs(prefix, ['title', 'text']).forEach(function (result) {
        var h = hit(result.ref);
        h.matched++;
        h.score += result.score;
      });
      refs(prefix, ['title']).forEach(function (result) { hit(result.ref).titled++; });
    });
    var phrase = words.kept.join(' ');
    var whole = words.all.join(' ');
    return Object.keys(hits).map(function (ref) {
      var h = hits[ref];
      h.doc = state.docs[h.n];
      h.exact = h.doc.words === phrase || h.doc.words === whole || words.kept.indexOf(h.doc.words) >= 0 ? 1 : 0;
      return h;
    }).sort(function (a, b) {
      return b.matched - a.matched || b.exact - a.exact || b.titled - a.titled || a.doc.tier - b.doc.tier
        || b.score - a.score || a.n - b.n;
    }).map(function (h) { return h.doc; });
  }

  function snippet(text) {
    return text.length > 160 ? text.slice(0, 157) + '…' : text;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  /** One result: its kind, its title as a link, the page it is on, a line of its text. */
  function item(doc) {
    var li = element('li');
    var heading = element('div', 'truthbook-search-heading');
    heading.appendChild(element('span', 'truthbook-search-kind', doc.kind));
    heading.appendChild(document.createTextNode(' '));
    var link = element('a', 'truthbook-search-title', doc.title);
    link.href = new URL(doc.url, root).href;
    heading.appendChild(link);
    li.appendChild(heading);
    if (doc.page && doc.page !== doc.title) {
      li.appendChild(element('div', 'truthbook-search-page', 'on ' + doc.page));
    }
    li.appendChild(element('div', 'truthbook-search-text', snippet(doc.text)));
    return li;
  }

  function count(n) {
    return n + (n === 1 ? ' result' : ' results');
  }

  function resultsPage(query) {
    return new URL(RESULTS_PAGE + '?q=' + encodeURIComponent(query.trim()), root).href;
  }

  function showSidebar(ui, query, results) {
    ui.results.textContent = '';
    ui.all.textContent = '';
    ui.results.setAttribute('data-query', query);
    results.slice(0, SIDEBAR_RESULTS).forEach(function (doc) { ui.results.appendChild(item(doc)); });
    if (terms(query).length === 0) {
      ui.status.textContent = '';
    } else if (results.length === 0) {
      ui.status.textContent = 'No results';
    } else {
      ui.status.textContent = count(results.length) + (results.length > SIDEBAR_RESULTS
        ? ', the best ' + SIDEBAR_RESULTS + ' shown' : '');
      var link = element('a', 'truthbook-search-all-link', 'See all ' + count(results.length));
      link.href = resultsPage(query);
      ui.all.appendChild(link);
    }
  }

  /** The results page: every result, in the list under the page's anchored paragraph. */
  function showAll(page, query, results) {
    page.results.textContent = '';
    page.results.setAttribute('data-query', query);
    results.forEach(function (doc) { page.results.appendChild(item(doc)); });
    page.status.textContent = terms(query).length === 0 ? 'Type words into the search box.'
      : results.length === 0 ? 'No results for “' + query.trim() + '”.'
        : count(results.length) + ' for “' + query.trim() + '”, best first.';
  }

  function resultsOnThisPage() {
    var anchor = document.getElementById(RESULTS_ANCHOR);
    if (!anchor) {
      return null;
    }
    var paragraph = anchor.closest('p, div') || anchor;
    var status = element('p');
    status.id = 'truthbook-search-all-status';
    status.setAttribute('aria-live', 'polite');
    var results = element('ol');
    results.id = 'truthbook-search-all';
    paragraph.parentNode.insertBefore(results, paragraph.nextSibling);
    paragraph.parentNode.insertBefore(status, results);
    return { status: status, results: results };
  }

  function build() {
    var box = element('div');
    box.id = 'truthbook-search';
    box.setAttribute('role', 'search');
    var input = element('input');
    input.type = 'search';
    input.id = 'truthbook-search-input';
    input.placeholder = 'Search the book';
    input.setAttribute('aria-label', 'Search the book');
    input.autocomplete = 'off';
    var status = element('div');
    status.id = 'truthbook-search-status';
    status.setAttribute('aria-live', 'polite');
    var results = element('ol');
    results.id = 'truthbook-search-results';
    var all = element('div');
    all.id = 'truthbook-search-all-results';
    box.appendChild(input);
    box.appendChild(status);
    box.appendChild(results);
    box.appendChild(all);
    var nav = document.querySelector('#leftColumn nav');
    if (nav && nav.parentNode) {
      nav.parentNode.insertBefore(box, nav);
    } else {
      document.body.insertBefore(box, document.body.firstChild);
    }
    var ui = { input: input, status: status, results: results, all: all };
    var page = resultsOnThisPage();

    function run() {
      if (!state.index) {
        status.textContent = 'Loading the search index…';
      }
      var query = input.value;
      load().then(function () {
        var found = find(query);
        showSidebar(ui, query, found);
        if (page) {
          showAll(page, query, found);
          window.history.replaceState(null, '', '?q=' + encodeURIComponent(query.trim()));
        }
      }, function (error) {
        status.textContent = 'Search is unavailable: ' + error.message;
      });
    }

    input.addEventListener('input', run);
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        var first = results.querySelector('a');
        if (first) {
          window.location.href = first.href;
        }
      } else if (event.key === 'Escape') {
        input.value = '';
        results.textContent = '';
        status.textContent = '';
        all.textContent = '';
      }
    });
    if (page) {
      input.value = new URLSearchParams(window.location.search).get('q') || '';
      if (terms(input.value).length > 0) {
        run();
      } else {
        showAll(page, '', []);
      }
    }
  }

  /** The height of whatever is fixed to the top of the window (Fluido's top bar, when a site has one). */
  function fixedTop() {
    var bottom = 0;
    document.querySelectorAll('body *').forEach(function (node) {
      var style = window.getComputedStyle(node);
      if ((style.position === 'fixed' || style.position === 'sticky') && style.display !== 'none') {
        var rect = node.getBoundingClientRect();
        if (rect.top <= 0 && rect.bottom > bottom && rect.height < window.innerHeight / 2) {
          bottom = rect.bottom;
        }
      }
    });
    return bottom;
  }

  /** Highlights the target of the URL's fragment, its whole row when it is an anchor in a table cell, and shows it. */
  function showTarget() {
    document.querySelectorAll('.truthbook-target').forEach(function (node) {
      node.classList.remove('truthbook-target');
    });
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (!target) {
      return;
    }
    var empty = target.tagName === 'A' && target.textContent === '' && target.children.length === 0;
    var holder = target.closest('tr') || (empty ? target.closest('h1, h2, h3, h4, h5, h6, li, dt, dd, p, div') : null)
      || target;
    holder.classList.add('truthbook-target');
    document.documentElement.style.setProperty('--truthbook-fixed-top', fixedTop() + 'px');
    holder.scrollIntoView({ block: 'start' });
  }

  function start() {
    build();
    showTarget();
    window.addEventListener('hashchange', showTarget);
    // images above the target change the layout as they load
    window.addEventListener('load', function () {
      if (window.location.hash) {
        showTarget();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
