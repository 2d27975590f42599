// The query page: YASGUI (served by this service from its npm package) when it is installed,
// otherwise a plain textarea that runs the query with fetch and shows the results as a table.
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("newskg-config").textContent);
  const endpoint = config.endpoint;
  const base = config.base;
  const form = document.getElementById("query-form");
  const box = document.getElementById("query");
  const out = document.getElementById("results");
  const status = document.getElementById("status");

  // An IRI minted under the base is served here: link to its page on this server.
  function localHref(iri) {
    return iri.startsWith(base) ? "/" + iri.slice(base.length) : iri;
  }

  function setDownloads(query) {
    document.querySelectorAll("#downloads a[data-format]").forEach(a => {
      a.href = endpoint + "?format=" + a.dataset.format + "&query=" + encodeURIComponent(query);
    });
  }

  // ---- shared by both editors -------------------------------------------------------------
  // The server's error shape, {"error": {status, title, message}} or "STATUS Title: message", as
  // a heading and wrapped text: never a raw line of JSON as wide as the message.
  function errorElement(text, status) {
    let title = status ? String(status) : "Error", message = (text || "").trim();
    try {
      const e = JSON.parse(message).error;
      if (e && e.message) { title = e.status + " " + e.title; message = e.message; }
    } catch (_) {
      const m = /^(\d{3} [^:]+): ([\s\S]*)$/.exec(message);
      if (m) { title = m[1]; message = m[2]; }
    }
    const div = document.createElement("div");
    div.className = "query-error";
    const h = document.createElement("strong");
    h.textContent = title;
    const p = document.createElement("p");
    p.className = "error";
    p.textContent = message;
    div.append(h, p);
    return div;
  }

  // An answer cut at the server's row cap carries Results-Truncated (docs/sparql.md, Limits).
  function truncationNote(headers) {
    const cap = headers && headers.get("Results-Truncated");
    if (!cap) return null;
    const p = document.createElement("p");
    p.className = "truncated";
    p.textContent = "Only the first " + Number(cap).toLocaleString("en") + " rows are shown: " +
      "the server cuts answers at that many. Add LIMIT and OFFSET to page through the rest.";
    return p;
  }

  // The raw form of a literal, as SPARQL writes it: shown on hover, not in the cell.
  function shortIri(iri) {
    for (const [p, ns] of Object.entries(config.prefixes)) {
      if (iri.startsWith(ns)) return p + ":" + iri.slice(ns.length);
    }
    return "<" + iri + ">";
  }
  function rawLiteral(term) {
    const quoted = JSON.stringify(term.value);
    if (term["xml:lang"]) return quoted + "@" + term["xml:lang"];
    if (term.datatype) return quoted + "^^" + shortIri(term.datatype);
    return quoted;
  }
  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})[c]);
  }

  // Classes and properties for completion come from this endpoint (the ontology's graph), never
  // from an outside service; asked once per page.
  const TERM_QUERIES = {
    class: "SELECT DISTINCT ?term WHERE { GRAPH <" + config.ontology + "> { { ?term a <http://www.w3.org/2002/07/owl#Class> } " +
      "UNION { ?sub <http://www.w3.org/2000/01/rdf-schema#subClassOf> ?term } } FILTER(isIRI(?term)) }",
    property: "SELECT DISTINCT ?term WHERE { GRAPH <" + config.ontology + "> { { ?term a ?kind " +
      "VALUES ?kind { <http://www.w3.org/2002/07/owl#ObjectProperty> <http://www.w3.org/2002/07/owl#DatatypeProperty> " +
      "<http://www.w3.org/1999/02/22-rdf-syntax-ns#Property> } } " +
      "UNION { ?sub <http://www.w3.org/2000/01/rdf-schema#subPropertyOf> ?term } } FILTER(isIRI(?term)) }",
  };
  const termLists = {};
  function ownTerms(kind) {
    if (!termLists[kind]) {
      termLists[kind] = fetch(endpoint, {
        method: "POST",
        headers: {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
        body: TERM_QUERIES[kind],
      }).then(r => r.ok ? r.json() : {results: {bindings: []}})
        .then(data => data.results.bindings.map(b => b.term.value).sort())
        .catch(() => []);
    }
    return termLists[kind];
  }

  function examples(run) {
    document.querySelectorAll("#examples button").forEach(b =>
      b.addEventListener("click", () => run(b.dataset.query, b.title)));
  }

  // ---- YASGUI ------------------------------------------------------------------------------
  function startYasgui() {
    const Yasqe = Yasgui.Yasqe, Yasr = Yasgui.Yasr;
    const own = Object.entries(config.prefixes).map(([p, ns]) => p + ": <" + ns + ">");
    // Prefix completion: the project's prefixes first, then YASGUI's bundled list (no network).
    Yasqe.forkAutocompleter("prefixes", {
      name: "newskgPrefixes",
      get: (yasqe, token) => Promise.resolve(Yasqe.Autocompleters.prefixes.get(yasqe, token))
        .then(list => own.concat(list.filter(p => !own.includes(p)))),
    }, false);
    // Class and property completion: YASGUI's own ask the LOV service; these ask this endpoint.
    for (const kind of ["class", "property"]) {
      Yasqe.forkAutocompleter(kind, {
        name: "newskg-" + kind,
        get: (yasqe, token) => ownTerms(kind).then(list =>
          list.filter(iri => iri.startsWith((token && token.autocompletionString) || ""))),
      }, false);
    }
    // YASGUI merges its configuration into the defaults index by index (lodash merge), so a
    // shorter list given in the configuration would keep the defaults' LOV completers after it:
    // the defaults themselves are set.
    const completers = ["newskgPrefixes", "variables", "newskg-class", "newskg-property"];
    Yasqe.defaults.autocompleters = completers.slice();
    // a query error as readable text (the error shape), not the response body in a <pre>
    Yasr.defaults.errorRenderers = [async err => errorElement(err && (err.text || err.message), err && err.status)];
    // literals: the value alone, the raw form (with @lang or ^^datatype) on hover
    Yasr.plugins.table.prototype.formatLiteral = function (term) {
      return "<span class='literal' title='" + escapeHtml(rawLiteral(term)) + "'>" + escapeHtml(term.value) + "</span>";
    };
    const el = document.getElementById("yasgui");
    el.hidden = false;
    form.hidden = true;
    const yasgui = new Yasgui(el, {
      requestConfig: {endpoint: endpoint, method: "POST"},
      copyEndpointOnNewTab: true,
      persistenceId: null, // every visit starts from the examples, nothing kept in localStorage
      populateFromUrl: true,
      yasqe: {autocompleters: completers.slice(), value: box.value, persistenceId: null},
      yasr: {prefixes: config.prefixes, persistenceId: null, defaultPlugin: "table"},
      endpointCatalogueOptions: {getData: () => [{endpoint: endpoint}]},
    });
    window.newskgYasgui = yasgui;
    function current() { return yasgui.getTab(); }
    const watched = new WeakSet();
    function watch(tab) {
      // the response's headers reach only the editor's own event: a cut answer gets its note
      const yasqe = tab.getYasqe();
      if (!yasqe || watched.has(yasqe)) return;
      watched.add(yasqe);
      yasqe.on("queryResponse", (_, response) => {
        const yasr = tab.getYasr();
        yasr.rootEl.querySelectorAll(".truncated").forEach(n => n.remove());
        const note = truncationNote(response && response.headers);
        if (note) yasr.rootEl.insertBefore(note, yasr.resultsEl);
      });
    }
    watch(current());
    yasgui.on("tabChange", (_, tab) => watch(yasgui.getTab(tab) || current()));
    yasgui.on("query", (_, tab) => { watch(tab); setDownloads(tab.getQuery()); });
    yasgui.on("queryResponse", (_, tab) => {
      el.dataset.state = "done";
      el.dataset.queries = String(Number(el.dataset.queries || 0) + 1);
    });
    examples((query, title) => {
      const tab = current();
      tab.setQuery(query);
      tab.setName(title.length > 30 ? title.slice(0, 29) + "…" : title);
      tab.query();
    });
    if (base !== location.origin + "/") {
      // the results table links IRIs to themselves; ours are served by this server
      new MutationObserver(() => {
        el.querySelectorAll("a[href]").forEach(a => {
          const href = a.getAttribute("href");
          if (href.startsWith(base)) { a.setAttribute("href", localHref(href)); a.removeAttribute("target"); }
        });
      }).observe(el, {childList: true, subtree: true});
    }
    setDownloads(box.value);
  }

  // ---- plain fallback ----------------------------------------------------------------------
  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      const a = document.createElement("a");
      a.href = localHref(term.value);
      a.textContent = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
      td.title = rawLiteral(term);
    }
    return td;
  }

  function render(data) {
    out.innerHTML = "";
    if (typeof data.boolean === "boolean") {
      out.textContent = data.boolean ? "true" : "false";
      return 1;
    }
    const vars = data.head.vars;
    const table = document.createElement("table");
    const head = table.insertRow();
    vars.forEach(v => { const th = document.createElement("th"); th.textContent = "?" + v; head.appendChild(th); });
    data.results.bindings.forEach(b => {
      const tr = table.insertRow();
      vars.forEach(v => tr.appendChild(cell(b[v])));
    });
    out.appendChild(table);
    return data.results.bindings.length;
  }

  const runButton = document.getElementById("run");
  let running = null; // the AbortController of the query under way: Run becomes Stop

  async function run(ev) {
    if (ev) ev.preventDefault();
    if (running) { running.abort(); return; } // the server sees the closed connection and stops
    const q = box.value;
    setDownloads(q);
    status.textContent = "running…";
    running = new AbortController();
    runButton.textContent = "Stop";
    const t0 = performance.now();
    try {
      const resp = await fetch(endpoint, {
        method: "POST",
        headers: {"Content-Type": "application/sparql-query",
                  "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
        body: q,
        signal: running.signal,
      });
      const text = await resp.text();
      out.innerHTML = "";
      if (!resp.ok) {
        out.appendChild(errorElement(text, resp.status));
        status.textContent = "";
        return;
      }
      const note = truncationNote(resp.headers);
      if ((resp.headers.get("Content-Type") || "").includes("json")) {
        const n = render(JSON.parse(text));
        status.textContent = n + " result(s) in " + Math.round(performance.now() - t0) + " ms";
      } else {
        const pre = document.createElement("pre"); pre.textContent = text; out.appendChild(pre);
        status.textContent = "graph in " + Math.round(performance.now() - t0) + " ms";
      }
      if (note) out.prepend(note);
    } catch (e) {
      status.textContent = e.name === "AbortError" ? "stopped" : "failed: " + e;
    } finally {
      running = null;
      runButton.textContent = "Run";
    }
  }

  if (typeof window.Yasgui === "function") {
    startYasgui();
  } else {
    form.addEventListener("submit", run);
    examples(query => { box.value = query; run(); });
    setDownloads(box.value);
  }
})();
