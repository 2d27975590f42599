// The query page: runs the query against /sparql with fetch and shows the results as a table.
(function () {
  const form = document.getElementById("query-form");
  const box = document.getElementById("query");
  const out = document.getElementById("results");
  const status = document.getElementById("status");
  const download = document.getElementById("download");
  const endpoint = form.getAttribute("action");
  const base = location.origin + "/";

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      const a = document.createElement("a");
      a.href = term.value.startsWith(base) ? term.value.slice(base.length - 1) : term.value;
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
    download.href = endpoint + "?format=csv&query=" + encodeURIComponent(q);
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
      if (!resp.ok) { out.innerHTML = ""; const p = document.createElement("p"); p.className = "error"; p.textContent = text; out.appendChild(p); status.textContent = ""; return; }
      if ((resp.headers.get("Content-Type") || "").includes("json")) {
        const n = render(JSON.parse(text));
        status.textContent = n + " result(s) in " + Math.round(performance.now() - t0) + " ms";
      } else {
        out.innerHTML = ""; const pre = document.createElement("pre"); pre.textContent = text; out.appendChild(pre);
        status.textContent = "graph in " + Math.round(performance.now() - t0) + " ms";
      }
    } catch (e) {
      status.textContent = "failed: " + e;
    }
  }

  form.addEventListener("submit", run);
  document.querySelectorAll("#examples button").forEach(b =>
    b.addEventListener("click", () => { box.value = b.dataset.query; run(); }));
})();
