/* campdoc search: one interface, two engines.
   Served over http(s) it uses Pagefind (one index per camp, merged on the archive page).
   Opened from file://, where browsers block module scripts, fetch and WebAssembly, it uses
   the index that search-index.js set as a classic script, searched with MiniSearch. */
(function () {
  "use strict";
  var container = document.querySelector("[data-campdoc-search]");
  if (!container) { return; }
  var config = JSON.parse(container.getAttribute("data-campdoc-search"));
  var labels = config.labels;
  var form = container.querySelector("form");
  var input = container.querySelector("input[type=search]");
  var status = container.querySelector(".search-status");
  var list = container.querySelector(".search-results");
  var grid = container.querySelector(".filter-grid");
  var headingTag = config.bundles.length > 1 ? "h3" : "h2";
  var selects = {};
  var engine = null;
  var timer = null;
  var generation = 0;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function siteUrl(path) {
    return config.root + String(path).replace(/^\/+/, "");
  }

  function fold(text) {
    return String(text).toLowerCase().replace(/ß/g, "ss").normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "");
  }

  /* The folded text and, for each of its characters, the index in the original text. */
  function foldWithPositions(text) {
    var folded = "";
    var positions = [];
    for (var index = 0; index < text.length; index++) {
      var piece = fold(text.charAt(index));
      for (var k = 0; k < piece.length; k++) { positions.push(index); }
      folded += piece;
    }
    positions.push(text.length);
    return { text: folded, positions: positions };
  }

  /* Pagefind's excerpt is HTML; only its text and <mark> elements are taken over. */
  function appendExcerpt(target, html) {
    var parsed = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    (function copy(node) {
      Array.prototype.forEach.call(node.childNodes, function (child) {
        if (child.nodeType === 3) {
          target.appendChild(document.createTextNode(child.textContent));
        } else if (child.nodeType === 1 && child.tagName === "MARK") {
          target.appendChild(element("mark", "", child.textContent));
        } else if (child.nodeType === 1) {
          copy(child);
        }
      });
    })(parsed.body);
  }

  function appendFallbackExcerpt(target, text, query) {
    var folded = foldWithPositions(text);
    var terms = fold(query).split(/\s+/).filter(function (term) { return term.length > 1; });
    var at = -1;
    var length = 0;
    terms.forEach(function (term) {
      var found = folded.text.indexOf(term);
      if (found >= 0 && (at < 0 || folded.positions[found] < at)) {
        at = folded.positions[found];
        length = folded.positions[found + term.length] - at;
      }
    });
    if (at < 0) {
      target.appendChild(document.createTextNode(text.slice(0, 180) + (text.length > 180 ? " …" : "")));
      return;
    }
    var start = Math.max(0, at - 80);
    var end = Math.min(text.length, at + length + 100);
    target.appendChild(document.createTextNode((start > 0 ? "… " : "") + text.slice(start, at)));
    target.appendChild(element("mark", "", text.slice(at, at + length)));
    target.appendChild(document.createTextNode(text.slice(at + length, end) + (end < text.length ? " …" : "")));
  }

  function pagefindEngine() {
    var bundles = config.bundles;
    var base = new URL(bundles[0].path, document.baseURI).href;
    return import(base + "pagefind.js").then(function (pagefind) {
      /* Results come back as the site-root paths they were indexed with. */
      return Promise.resolve(pagefind.options({ baseUrl: "/", excerptLength: 28 }))
        .then(function () {
          return Promise.all(bundles.slice(1).map(function (bundle) {
            /* A merged bundle's results would otherwise be resolved against the bundle's
               own folder: the camp folder twice in every address. */
            return pagefind.mergeIndex(new URL(bundle.path, document.baseURI).href,
                                       { language: bundle.language, baseUrl: "/" });
          }));
        })
        .then(function () { return pagefind.init ? pagefind.init() : null; })
        .then(function () {
          return {
            offline: false,
            filters: function () { return pagefind.filters(); },
            search: function (query, filters) {
              return pagefind.search(query || null, { filters: filters }).then(function (found) {
                if (!found) { return { total: 0, items: [] }; }
                return Promise.all(found.results.slice(0, 40).map(function (result) {
                  return result.data();
                })).then(function (items) {
                  return {
                    total: found.results.length,
                    items: items.map(function (data) {
                      var meta = data.meta || {};
                      return {
                        url: siteUrl(data.url), title: meta.title || data.url,
                        facts: [meta.date, meta.time, meta.room, meta.camp, meta.hosts],
                        excerpt: function (target) { appendExcerpt(target, data.excerpt || ""); }
                      };
                    })
                  };
                });
              });
            }
          };
        });
    });
  }

  /* The fallback's index and MiniSearch are classic scripts, loaded only when they are
     used: from file://, or when Pagefind cannot start. Served sites never fetch them. */
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function fallbackEngine() {
    return Promise.all([loadScript(config.fallback), loadScript(config.assets + "minisearch.js")])
      .then(fallbackFromIndex);
  }

  function fallbackFromIndex() {
    var data = window.CAMPDOC_SEARCH_INDEX;
    if (!data || typeof window.MiniSearch !== "function") {
      return Promise.reject(new Error("no fallback index"));
    }
    var documents = data.documents;
    var search = new window.MiniSearch({
      fields: ["title", "subtitle", "hosts", "tags", "text"],
      storeFields: ["id"],
      processTerm: function (term) { return fold(term); },
      extractField: function (doc, field) {
        var value = doc[field];
        return Array.isArray(value) ? value.join(" ") : value;
      },
      searchOptions: { prefix: true, fuzzy: 0.2, combineWith: "AND",
                       boost: { title: 3, tags: 2, hosts: 2, subtitle: 2 } }
    });
    search.addAll(documents);
    var byId = Object.create(null);
    documents.forEach(function (doc) { byId[doc.id] = doc; });

    function matches(doc, filters) {
      return Object.keys(filters).every(function (key) {
        var value = doc.filters[key];
        return Array.isArray(value) ? value.indexOf(filters[key]) >= 0 : value === filters[key];
      });
    }

    return Promise.resolve({
      offline: true,
      filters: function () {
        // Without a prototype: a tag named "__proto__" or "constructor" is just a key.
        var counts = Object.create(null);
        documents.forEach(function (doc) {
          Object.keys(doc.filters).forEach(function (key) {
            [].concat(doc.filters[key]).forEach(function (value) {
              if (!value) { return; }
              counts[key] = counts[key] || Object.create(null);
              counts[key][value] = (counts[key][value] || 0) + 1;
            });
          });
        });
        return Promise.resolve(counts);
      },
      search: function (query, filters) {
        var hits = query ? search.search(query).map(function (hit) { return byId[hit.id]; })
                         : documents.slice();
        hits = hits.filter(function (doc) { return matches(doc, filters); });
        return Promise.resolve({
          total: hits.length,
          items: hits.slice(0, 40).map(function (doc) {
            return {
              url: siteUrl(doc.url), title: doc.title,
              facts: [doc.date, doc.filters.slot, doc.filters.room, doc.filters.camp, doc.hosts],
              excerpt: function (target) { appendFallbackExcerpt(target, doc.text, query); }
            };
          })
        });
      }
    });
  }

  function chooseEngine() {
    if (location.protocol === "file:") { return fallbackEngine(); }
    return pagefindEngine().catch(function () { return fallbackEngine(); });
  }

  /* The page lists the filters with their values; a project's own template may leave
     them out, and then they are built from the engine's values. */
  function buildFilters(available) {
    var rendered = grid ? grid.querySelectorAll("select") : [];
    if (rendered.length) {
      Array.prototype.forEach.call(rendered, function (select) {
        select.addEventListener("change", run);
        selects[select.name] = select;
      });
      return;
    }
    if (!grid) { return; }
    config.filters.forEach(function (key) {
      var values = Object.keys(available[key] || {}).sort(function (a, b) {
        return a.localeCompare(b, document.documentElement.lang);
      });
      if (!values.length) { return; }
      var wrapper = element("div", "filter");
      var id = "filter-" + key;
      var label = element("label", "", labels["filter_" + key] || key);
      label.setAttribute("for", id);
      var select = element("select");
      select.id = id;
      select.name = key;
      select.appendChild(element("option", "", labels.filter_all)).value = "";
      values.forEach(function (value) {
        var option = element("option", "", value + " (" + available[key][value] + ")");
        option.value = value;
        select.appendChild(option);
      });
      select.addEventListener("change", run);
      selects[key] = select;
      wrapper.appendChild(label);
      wrapper.appendChild(select);
      grid.appendChild(wrapper);
    });
  }

  function activeFilters() {
    var filters = {};
    Object.keys(selects).forEach(function (key) {
      if (selects[key].value) { filters[key] = selects[key].value; }
    });
    return filters;
  }

  function show(result, query) {
    list.textContent = "";
    result.items.forEach(function (item) {
      var entry = element("li");
      var heading = element(headingTag, "result-title");
      var link = element("a", "", item.title);
      link.href = item.url;
      heading.appendChild(link);
      entry.appendChild(heading);
      var excerpt = element("p", "result-excerpt");
      item.excerpt(excerpt);
      entry.appendChild(excerpt);
      /* date · time · room · camp (only where several camps are searched) · hosts */
      var facts = item.facts.filter(function (fact, index) {
        return fact && (index !== 3 || config.bundles.length > 1);
      });
      if (facts.length) { entry.appendChild(element("p", "result-meta", facts.join(" · "))); }
      list.appendChild(entry);
    });
    var text = result.total === 0 ? labels.search_none
      : result.total === 1 ? labels.search_count_one
      : labels.search_count.replace("{n}", String(result.total));
    status.textContent = text + (engine.offline ? " · " + labels.search_offline : "");
  }

  function run(event) {
    if (event && event.type === "submit") { event.preventDefault(); }
    if (!engine) { return; }
    var query = input.value.trim();
    var filters = activeFilters();
    var current = ++generation;
    if (!query && !Object.keys(filters).length) {
      list.textContent = "";
      status.textContent = labels.search_hint + (engine.offline ? " " + labels.search_offline : "");
      return;
    }
    engine.search(query, filters).then(function (result) {
      if (current === generation) { show(result, query); }
    });
  }

  form.addEventListener("submit", run);
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 180);
  });

  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; }

  chooseEngine().then(function (chosen) {
    engine = chosen;
    container.setAttribute("data-engine", chosen.offline ? "fallback" : "pagefind");
    return chosen.filters();
  }).then(function (available) {
    buildFilters(available || {});
    run();
  }).catch(function () {
    status.textContent = labels.search_unavailable;
  });
})();
