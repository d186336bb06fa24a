// The query page of iraq-kg: the library of queries (library.json, the project's queries/ folder) in a list,
// the chosen one in an editor, run against the SPARQL endpoint: rows (SELECT) in a table and as CSV, a graph
// (CONSTRUCT, DESCRIBE) as Turtle text and file, a yes/no (ASK) in the status line. A download link is there
// only for the result on the page: hidden before the first run, while a query runs and after one failed.
'use strict';
(() => {
  const endpoint = document.body.dataset.endpoint;
  const library = document.getElementById('library');
  const editor = document.getElementById('sparql');
  const status = document.getElementById('status');
  const results = document.getElementById('results');
  const downloads = {csv: document.getElementById('csv'), turtle: document.getElementById('turtle')};
  let downloadUrl = null;
  let runSeq = 0;

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { e.setAttribute(k, v); });
    children.forEach((c) => e.append(c));
    return e;
  }

  function choose(entry, button) {
    editor.value = entry.text;
    library.querySelectorAll('button').forEach((b) => b.classList.remove('current'));
    if (button) button.classList.add('current');
    const url = new URL(location.href);
    url.searchParams.set('q', entry.file);
    history.replaceState(null, '', url);
  }

  function cell(term) {
    if (!term) return el('td');
    if (term.type === 'uri') {
      // Only http(s) IRIs become links: an IRI may be javascript:, data: or anything else.
      if (!/^https?:\/\//i.test(term.value)) return el('td', {class: 'iri'}, term.value);
      const a = el('a', {href: term.value}, term.value);
      return el('td', {class: 'iri'}, a);
    }
    const td = el('td', {}, term.value);
    if (term['xml:lang']) td.setAttribute('lang', term['xml:lang']);
    if (/^[\x00-\u05FF]*$/.test(term.value)) td.setAttribute('dir', 'ltr');
    return td;
  }

  function csvField(v) {
    return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }

  /** Hides both download links and forgets the file they offered. */
  function clearDownloads() {
    for (const link of Object.values(downloads)) {
      link.hidden = true;
      link.removeAttribute('href');
    }
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    downloadUrl = null;
  }

  /** Offers `text` as the file of `link` (the only download on the page). */
  function offer(link, text, type) {
    clearDownloads();
    downloadUrl = URL.createObjectURL(new Blob([text], {type}));
    link.href = downloadUrl;
    link.hidden = false;
  }

  async function run() {
    const query = editor.value;
    const seq = ++runSeq;
    status.textContent = '…';
    results.replaceChildren();
    clearDownloads();
    const t0 = performance.now();
    try {
      // SELECT and ASK answer in the JSON results format, CONSTRUCT and DESCRIBE (graphs) in Turtle: the
      // endpoint picks by the query's form, the page reads the answer by its Content-Type.
      const resp = await fetch(endpoint, {
        method: 'POST',
        headers: {'Content-Type': 'application/x-www-form-urlencoded',
                  'Accept': 'application/sparql-results+json, text/turtle;q=0.9'},
        body: new URLSearchParams({query}),
      });
      const body = await resp.text();
      if (seq !== runSeq) return;
      if (!resp.ok) {
        status.textContent = 'HTTP ' + resp.status;
        results.append(el('pre', {dir: 'ltr'}, body));
        return;
      }
      const ms = Math.round(performance.now() - t0);
      const type = (resp.headers.get('Content-Type') || '').split(';')[0].trim().toLowerCase();
      // the server's result limit cut the answer: say so beside the count (X-KG-Result-Truncated)
      const cut = resp.headers.get('X-KG-Result-Truncated') === 'true'
        ? ' — مقطوعة عند حد الخادم / cut at the server\'s limit of ' + (resp.headers.get('X-KG-Result-Limit') || '?')
          + ' rows' : '';
      if (type === 'text/turtle') {
        results.append(el('pre', {class: 'turtle', dir: 'ltr', lang: 'en'}, body));
        status.textContent = 'رسم بصيغة Turtle / graph as Turtle (' + ms + ' ms)' + cut;
        offer(downloads.turtle, body, 'text/turtle');
        return;
      }
      const json = JSON.parse(body);
      if (typeof json.boolean === 'boolean') {
        status.textContent = String(json.boolean) + ' (' + ms + ' ms)';
        return;
      }
      const vars = json.head.vars;
      const rows = json.results.bindings;
      const table = el('table', {},
        el('thead', {}, el('tr', {}, ...vars.map((v) => el('th', {dir: 'ltr'}, v)))),
        el('tbody', {}, ...rows.map((r) => el('tr', {}, ...vars.map((v) => cell(r[v]))))));
      results.append(table);
      status.textContent = rows.length + ' صفوف / rows (' + ms + ' ms)' + cut;
      const csv = [vars.join(',')].concat(rows.map((r) => vars.map((v) => csvField(r[v] ? r[v].value : ''))
        .join(','))).join('\r\n');
      offer(downloads.csv, csv + '\r\n', 'text/csv');
    } catch (e) {
      if (seq !== runSeq) return;
      clearDownloads();
      status.textContent = String(e);
    }
  }

  async function start() {
    const resp = await fetch('library.json');
    const entries = await resp.json();
    const wanted = new URL(location.href).searchParams.get('q');
    let chosen = null;
    for (const entry of entries) {
      const b = el('button', {type: 'button', 'data-file': entry.file},
        entry.titleAr || entry.title, el('span', {class: 'file'}, entry.file));
      if (entry.titleAr) b.title = entry.title;
      b.addEventListener('click', () => choose(entry, b));
      library.append(el('li', {}, b));
      if (!chosen || entry.file === wanted) chosen = chosen && chosen[0].file === wanted ? chosen : [entry, b];
    }
    if (chosen) choose(chosen[0], chosen[1]);
    status.textContent = entries.length + ' استعلامات / queries';
  }

  document.getElementById('run').addEventListener('click', run);
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      run();
    }
  });
  window.kgQueryPage = {run, choose};
  start();
})();
