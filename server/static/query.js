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

  function examples(run) {
    document.querySelectorAll("#examples button").forEach(b =>
      b.addEventListener("click", () => run(b.dataset.query, b.title)));
  }

  // ---- YASGUI ------------------------------------------------------------------------------
  function startYasgui() {
    const Yasqe = Yasgui.Yasqe;
    const own = Object.entries(config.prefixes).map(([p, ns]) => p + ": <" + ns + ">");
    // Prefix completion: the project's prefixes first, then YASGUI's bundled list (no network).
    Yasqe.forkAutocompleter("prefixes", {
      name: "newskgPrefixes",
      get: (yasqe, token) => Promise.resolve(Yasqe.Autocompleters.prefixes.get(yasqe, token))
        .then(list => own.concat(list.filter(p => !own.includes(p)))),
    }, false);
    const el = document.getElementById("yasgui");
    el.hidden = false;
    form.hidden = true;
    const yasgui = new Yasgui(el, {
      requestConfig: {endpoint: endpoint, method: "POST"},
      copyEndpointOnNewTab: true,
      persistenceId: null, // every visit starts from the examples, nothing kept in localStorage
      populateFromUrl: true,
      // the class and property completers ask an outside service (LOV): this page stays offline
      yasqe: {autocompleters: ["newskgPrefixes", "variables"], value: box.value, persistenceId: null},
      yasr: {prefixes: config.prefixes, persistenceId: null, defaultPlugin: "table"},
      endpointCatalogueOptions: {getData: () => [{endpoint: endpoint}]},
    });
    window.newskgYasgui = yasgui;
    function current() { return yasgui.getTab(); }
    yasgui.on("query", (_, tab) => setDownloads(tab.getQuery()));
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
      if (term["xml:lang"]) td.title = "@" + term["xml:lang"];
      else if (term.datatype) td.title = term.datatype;
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

  async function run(ev) {
    if (ev) ev.preventDefault();
    const q = box.value;
    setDownloads(q);
    status.textContent = "running…";
    const t0 = performance.now();
    try {
      const resp = await fetch(endpoint, {
        method: "POST",
        headers: {"Content-Type": "application/sparql-query",
                  "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
        body: q,
      });
      const text = await resp.text();
      out.innerHTML = "";
      if (!resp.ok) {
        const p = document.createElement("p"); p.className = "error"; p.textContent = text; out.appendChild(p);
        status.textContent = "";
        return;
      }
      if ((resp.headers.get("Content-Type") || "").includes("json")) {
        const n = render(JSON.parse(text));
        status.textContent = n + " result(s) in " + Math.round(performance.now() - t0) + " ms";
      } else {
        const pre = document.createElement("pre"); pre.textContent = text; out.appendChild(pre);
        status.textContent = "graph in " + Math.round(performance.now() - t0) + " ms";
      }
    } catch (e) {
      status.textContent = "failed: " + e;
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
