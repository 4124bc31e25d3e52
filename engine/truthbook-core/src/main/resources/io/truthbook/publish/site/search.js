/*
 * Truthbook site search: lunr (from the org.webjars.npm:lunr webjar) over every page and every
 * entity of the book. Neither lunr nor the index is loaded with the page: both are fetched on the
 * first keystroke, as scripts, so search also works when the site is opened from the disk.
 * Results are built with textContent only: manifest text never becomes markup.
 */
(function () {
  'use strict';

  var SEPARATOR = /[\s\-\/_.:,;()\[\]{}"'`|=<>+*#?!&@$%^~\\]+/;
  var MAX_RESULTS = 20;
  var script = document.currentScript;
  var base = script ? script.src.replace(/[^\/]*$/, '') : 'js/';
  var state = { loading: null, index: null, docs: {} };

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement('script');
      element.src = src;
      element.onload = resolve;
      element.onerror = function () { reject(new Error('cannot load ' + src)); };
      document.head.appendChild(element);
    });
  }

  function load() {
    if (!state.loading) {
      state.loading = Promise.all([loadScript(base + 'lunr.min.js'), loadScript(base + 'search-index.js')])
        .then(function () {
          var docs = window.TRUTHBOOK_SEARCH_INDEX || [];
          docs.forEach(function (doc) { state.docs[doc.url] = doc; });
          lunr.tokenizer.separator = SEPARATOR;
          state.index = lunr(function () {
            this.pipeline.reset();
            this.searchPipeline.reset();
            this.pipeline.add(lunr.trimmer);
            this.ref('url');
            this.field('title', { boost: 10 });
            this.field('text');
            docs.forEach(function (doc) { this.add(doc); }, this);
          });
        });
    }
    return state.loading;
  }

  function terms(query) {
    return query.toLowerCase().split(SEPARATOR)
      .map(function (term) { return term.replace(/^\W+|\W+$/g, ''); })
      .filter(function (term) { return term.length > 0; });
  }

  /** Every word must match, the last one as a prefix too, so results narrow while typing. */
  function find(query) {
    var words = terms(query);
    if (words.length === 0) {
      return [];
    }
    return state.index.query(function (q) {
      words.forEach(function (word) {
        q.term(word, {
          presence: lunr.Query.presence.REQUIRED,
          wildcard: lunr.Query.wildcard.TRAILING,
          usePipeline: false
        });
      });
    });
  }

  function snippet(text) {
    return text.length > 160 ? text.slice(0, 157) + '…' : text;
  }

  function show(ui, query) {
    var results = find(query);
    ui.results.textContent = '';
    results.slice(0, MAX_RESULTS).forEach(function (result) {
      var doc = state.docs[result.ref];
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = new URL(doc.url, base + '../').href;
      link.textContent = doc.title;
      link.className = 'truthbook-search-title';
      var text = document.createElement('div');
      text.className = 'truthbook-search-text';
      text.textContent = snippet(doc.text);
      item.appendChild(link);
      item.appendChild(text);
      ui.results.appendChild(item);
    });
    if (terms(query).length === 0) {
      ui.status.textContent = '';
    } else if (results.length === 0) {
      ui.status.textContent = 'No results';
    } else {
      ui.status.textContent = results.length + (results.length === 1 ? ' result' : ' results')
        + (results.length > MAX_RESULTS ? ', the first ' + MAX_RESULTS + ' shown' : '');
    }
  }

  function build() {
    var box = document.createElement('div');
    box.id = 'truthbook-search';
    box.setAttribute('role', 'search');
    var input = document.createElement('input');
    input.type = 'search';
    input.id = 'truthbook-search-input';
    input.placeholder = 'Search the book';
    input.setAttribute('aria-label', 'Search the book');
    input.autocomplete = 'off';
    var status = document.createElement('div');
    status.id = 'truthbook-search-status';
    status.setAttribute('aria-live', 'polite');
    var results = document.createElement('ol');
    results.id = 'truthbook-search-results';
    box.appendChild(input);
    box.appendChild(status);
    box.appendChild(results);
    var nav = document.querySelector('#leftColumn nav');
    if (nav && nav.parentNode) {
      nav.parentNode.insertBefore(box, nav);
    } else {
      document.body.insertBefore(box, document.body.firstChild);
    }
    var ui = { input: input, status: status, results: results };
    input.addEventListener('input', function () {
      if (!state.index) {
        status.textContent = 'Loading the search index…';
      }
      load().then(function () { show(ui, input.value); }, function (error) {
        status.textContent = 'Search is unavailable: ' + error.message;
      });
    });
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
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', build);
  } else {
    build();
  }
}());
