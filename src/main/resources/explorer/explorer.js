// The explorer page of iraq-kg (Apache License 2.0): find an actor, draw its statements and events and
// the actors and places around them with Cytoscape.js, and show where each fact is in its document.
// It talks only to the SPARQL endpoint (the queries are in queries.js). Data from the graph goes into the
// page as text only (textContent, text nodes), never as HTML.
'use strict';
(function () {
  const Q = window.KG_QUERIES;
  const KG = 'https://w3id.org/iraqkg/ontology#';
  const ENDPOINT = new URL(document.body.dataset.endpoint || '../kg/sparql', window.location.href).href;

  const KINDS = {
    actor: ['فاعل', 'Actor'],
    place: ['مكان', 'Place'],
    statement: ['تصريح', 'Statement'],
    event: ['حدث', 'Event'],
  };
  // Roles of the actors and places of a statement or an event; "out" roles are drawn from the actor.
  const ROLES = {
    speaker: { ar: 'المتحدث', en: 'speaker', out: true },
    about: { ar: 'عن', en: 'about' },
    relayedBy: { ar: 'ناقل', en: 'relayed by' },
    channelOutlet: { ar: 'الوسيلة', en: 'outlet' },
    agent: { ar: 'المنفِّذ', en: 'agent', out: true },
    target: { ar: 'الهدف', en: 'target' },
    participant: { ar: 'مشارك', en: 'participant' },
    claimedBy: { ar: 'المتبنّي', en: 'claimed by', out: true },
    location: { ar: 'المكان', en: 'location' },
  };
  const COLORS = { actor: '#2b6cb0', place: '#2f855a', statement: '#dd6b20', event: '#c53030' };
  // A hub (more than HUB.items statements and events after the filters) is drawn aggregated: its items in
  // groups of one kind and month, its partners (the actors and places they share) ranked by how many, a page
  // of each at first and a page more per click on "more".
  const HUB = { items: 40, groups: 10, partners: 10 };
  // Labels are drawn at LABEL_PX and never zoomed out below MIN_LABEL_PX on the screen: when the whole graph
  // does not fit at that size, the view shows the focus and the rest is a pan away.
  const LABEL_PX = 12;
  const MIN_LABEL_PX = 11;
  const GROUP_NAMES = { statement: ['تصريحات', 'statements'], event: ['أحداث', 'events'] };

  // ---- SPARQL ----------------------------------------------------------------------------------

  /** An IRI as a SPARQL term; throws on anything that is not a plain absolute IRI. */
  function sparqlIri(iri) {
    if (typeof iri !== 'string' || !/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/.test(iri)) {
      throw new Error('not an IRI: ' + iri);
    }
    return '<' + iri + '>';
  }

  /** A string as a SPARQL literal. */
  function sparqlString(s) {
    const escapes = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return '"' + String(s).replace(/[\\"\n\r\t]/g, (c) => escapes[c]) + '"';
  }

  /** The query text with every $name replaced by params[name] (a SPARQL term). */
  function bindQuery(text, params) {
    return text.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (match, name) => {
      if (!Object.prototype.hasOwnProperty.call(params, name)) {
        throw new Error('no value for $' + name);
      }
      return params[name];
    });
  }

  /** Runs the named query of queries.js; resolves to rows of {variable: value}. */
  async function sparql(name, params) {
    const body = new URLSearchParams();
    body.set('query', bindQuery(Q[name], params || {}));
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'Accept': 'application/sparql-results+json',
        'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
      },
      body: body.toString(),
    });
    if (!response.ok) {
      const text = await response.text();
      throw new Error('SPARQL (' + name + '): HTTP ' + response.status + ' ' + text.slice(0, 300));
    }
    if (response.headers.get('X-KG-Result-Truncated') === 'true') {
      noteTruncated(response.headers.get('X-KG-Result-Limit'));
    }
    const json = await response.json();
    return json.results.bindings.map((binding) => {
      const row = {};
      for (const key of Object.keys(binding)) {
        row[key] = binding[key].value;
      }
      return row;
    });
  }

  /** Says, under the status line, that the server's result limit cut an answer the page shows. */
  function noteTruncated(limit) {
    let note = document.getElementById('truncated');
    if (!note) {
      note = el('p', { id: 'truncated', className: 'error' });
      $('status').after(note);
    }
    note.replaceChildren('بعض النتائج مقطوعة عند حد الخادم', ' ',
      el('span', { lang: 'en', dir: 'ltr' }, '(some results were cut at the server\'s limit of ' + (limit || '?')
        + ' rows)'));
  }

  /** Arabic text folded for search: lower case, no diacritics or tatweel, أ إ آ ٱ → ا, ى → ي, ة → ه. */
  function normalize(s) {
    return String(s).toLowerCase()
      .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
      .replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627')
      .replace(/\u0649/g, '\u064A')
      .replace(/\u0629/g, '\u0647');
  }

  // ---- DOM helpers (text only) -----------------------------------------------------------------

  function $(id) {
    return document.getElementById(id);
  }

  /** An element with properties (never innerHTML) and children (strings become text nodes). */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (key === 'innerHTML' || key === 'outerHTML') {
          throw new Error('no HTML');
        }
        node[key] = value;
      }
    }
    for (const child of children) {
      if (child !== null && child !== undefined && child !== '') {
        node.append(child);
      }
    }
    return node;
  }

  /** An English subtitle. */
  function en(text) {
    return el('span', { className: 'en', lang: 'en', dir: 'ltr' }, text);
  }

  /** A link to an outside page, only for http(s) URLs; else the text. */
  function externalLink(url, text) {
    if (!/^https?:\/\//i.test(url)) {
      return document.createTextNode(text || url);
    }
    const a = el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text || url);
    a.dir = 'ltr';
    return a;
  }

  function localName(iri) {
    const cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
    return decodeURIComponent(iri.slice(cut + 1)) || iri;
  }

  /** At most `chars` characters of `text`, cut with an ellipsis. */
  function clip(text, chars) {
    const all = Array.from(String(text));
    return all.length <= chars ? all.join('') : all.slice(0, chars - 1).join('') + '…';
  }

  function shorten(text, words) {
    const parts = String(text).split(/\s+/).filter(Boolean);
    return parts.length <= words ? parts.join(' ') : parts.slice(0, words).join(' ') + '…';
  }

  /** The status line: Arabic text, then an English subtitle. */
  function setStatus(ar, enText, isError) {
    const status = $('status');
    status.replaceChildren(ar, enText ? ' ' : '', enText ? en(enText) : '');
    status.classList.toggle('error', Boolean(isError));
  }

  function showError(error) {
    console.error(error);
    const message = error && error.message ? error.message : String(error);
    setStatus('خطأ: ', '', true);
    $('status').append(el('span', { lang: 'en', dir: 'ltr' }, 'Error: ' + message));
  }

  // ---- dates -----------------------------------------------------------------------------------

  /**
   * The first and last day (YYYY-MM-DD) of a kg:date (xsd:date, xsd:gYearMonth or xsd:gYear), or null
   * for no date or one without a year (xsd:gMonthDay, xsd:gMonth).
   */
  function dateRange(value) {
    if (!value) {
      return null;
    }
    let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    if (m) {
      return [m[0], m[0]];
    }
    m = /^(\d{4})-(\d{2})(?![\d-])/.exec(value);
    if (m) {
      return [m[0] + '-01', m[0] + '-31'];
    }
    m = /^(\d{4})(?![\d-])/.exec(value);
    if (m) {
      return [m[1] + '-01-01', m[1] + '-12-31'];
    }
    return null;
  }

  // ---- state -----------------------------------------------------------------------------------

  const state = {
    actor: null, // {iri, labelAr, labelEn, kind, ...}
    items: new Map(), // statement/event IRI → {iri, kind, types: Set, typeAr, typeEn, date, cameo, text, links}
    nodes: new Map(), // actor/place IRI → {iri, kind, ar, en}
    eventTypes: null, // [{type, labelAr, labelEn, events}] once loaded
    pages: 1, // pages of groups and partners shown for a hub
    hub: null, // when the network is drawn aggregated: {groups, partners} (all of them, ranked)
    shown: [], // the items that pass the filters
    selection: null, // {ar, en, items} the timeline shows, or null for every item shown
  };
  let cy = null;
  let networkSeq = 0;
  let searchSeq = 0;
  let detailsSeq = 0;

  function nodeLabel(node) {
    return node.ar || node.en || localName(node.iri);
  }

  /**
   * Text that reads left to right (a date, a number range) set apart from the right-to-left label around it
   * (LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE): in Arabic text, the bidi algorithm turns the digits of
   * "2024-04" into Arabic numbers and the hyphen into a neutral, so the canvas would draw "04-2024".
   */
  function ltr(text) {
    return '\u2066' + text + '\u2069';
  }

  function itemLabel(item) {
    if (item.kind === 'statement') {
      return shorten(item.text || 'تصريح', 6);
    }
    const type = item.typeAr || item.typeEn || 'حدث';
    return item.date ? type + ' (' + ltr(item.date) + ')' : type;
  }

  // ---- search ----------------------------------------------------------------------------------

  let searchTimer = null;

  async function runSearch() {
    const q = $('search').value.trim();
    const seq = ++searchSeq;
    const results = $('results');
    if (Array.from(q).length < 2) {
      results.replaceChildren();
      return;
    }
    try {
      const rows = await sparql('search', { q: sparqlString(q), qn: sparqlString(normalize(q)) });
      if (seq !== searchSeq) {
        return;
      }
      results.replaceChildren(...rows.map(resultItem));
      if (rows.length === 0) {
        results.append(el('li', { className: 'empty' }, 'لا نتائج ', en('no results')));
      }
    } catch (error) {
      if (seq === searchSeq) {
        showError(error);
      }
    }
  }

  function resultItem(row) {
    const button = el('button', { type: 'button' },
      el('span', { className: 'ar' }, row.labelAr || row.labelEn || localName(row.entity)),
      row.labelAr && row.labelEn ? en(row.labelEn) : null,
      el('span', { className: 'meta' }, (row.classAr || (KINDS[row.kind] || KINDS.actor)[0])
        + ' · ' + row.uses + ' ', en(row.uses === '1' ? 'mention in facts' : 'mentions in facts')));
    button.addEventListener('click', () => selectActor(row.entity));
    return el('li', null, button);
  }

  // ---- the network of an actor -----------------------------------------------------------------

  async function loadEventTypes() {
    const rows = await sparql('event-types');
    state.eventTypes = rows;
    const list = $('event-type-list');
    list.replaceChildren(...rows.map((row) => {
      const box = el('input', { type: 'checkbox', checked: true, value: row.type });
      box.addEventListener('change', render);
      return el('label', { className: 'check' }, box, ' ', row.labelAr || localName(row.type), ' ',
        en(row.labelEn || localName(row.type)), ' ', el('span', { className: 'count' }, '(' + row.events + ')'));
    }));
  }

  /** Shows the network of the actor or place `iri`. */
  async function selectActor(iri) {
    // a note that an earlier answer was cut is about that answer, not this one
    const note = document.getElementById('truncated');
    if (note) {
      note.remove();
    }
    let term;
    try {
      term = sparqlIri(iri);
    } catch (error) {
      showError(error);
      return;
    }
    const seq = ++networkSeq;
    setStatus('جارٍ التحميل…', 'Loading…');
    try {
      const [rows, info] = await Promise.all([
        sparql('network', { actor: term }),
        sparql('entity', { entity: term }),
      ]);
      if (seq !== networkSeq) {
        return;
      }
      state.actor = Object.assign({ iri: iri }, info[0] || {});
      state.pages = 1;
      buildNetwork(rows);
      const url = new URL(window.location.href);
      url.searchParams.set('actor', iri);
      window.history.replaceState(null, '', url.href);
      render();
      showEntity(iri);
    } catch (error) {
      if (seq === networkSeq) {
        showError(error);
      }
    }
  }

  function buildNetwork(rows) {
    state.items = new Map();
    state.nodes = new Map();
    for (const row of rows) {
      let item = state.items.get(row.item);
      if (!item) {
        item = {
          iri: row.item, kind: row.kind, types: new Set(), typeAr: row.typeAr, typeEn: row.typeEn,
          date: row.date, cameo: row.cameo, text: row.text, links: [],
        };
        state.items.set(row.item, item);
      }
      item.types.add(row.type);
      const role = row.role.startsWith(KG) ? row.role.slice(KG.length) : row.role;
      if (!item.links.some((l) => l.role === role && l.node === row.node)) {
        item.links.push({ role: role, node: row.node });
      }
      if (!state.nodes.has(row.node)) {
        state.nodes.set(row.node, { iri: row.node, kind: row.nodeKind, ar: row.nodeAr, en: row.nodeEn });
      }
    }
  }

  function currentFilters() {
    const types = state.eventTypes
      ? new Set(Array.from(document.querySelectorAll('#event-type-list input:checked'), (box) => box.value))
      : null;
    return {
      from: $('date-from').value,
      to: $('date-to').value,
      datedOnly: $('dated-only').checked,
      statements: $('show-statements').checked,
      types: types,
    };
  }

  function passes(item, f) {
    if (item.kind === 'statement') {
      if (!f.statements) {
        return false;
      }
    } else if (f.types && !Array.from(item.types).some((t) => f.types.has(t))) {
      return false;
    }
    const range = dateRange(item.date);
    if (!range) {
      return !f.datedOnly;
    }
    return !(f.from && range[1] < f.from) && !(f.to && range[0] > f.to);
  }

  /** The month of a kg:date ("YYYY-MM"), its year when it has no month ("YYYY"), or "" without a year. */
  function monthOf(date) {
    const m = /^(\d{4})(-\d{2})?/.exec(date || '');
    if (!m) {
      return '';
    }
    return m[2] && dateRange(date) ? m[1] + m[2] : m[1];
  }

  /** Draws the current actor's network, filtered: item by item, or aggregated when it is a hub. */
  function render() {
    if (!state.actor || !cy) {
      return;
    }
    const f = currentFilters();
    const focus = state.actor.iri;
    const all = Array.from(state.items.values());
    const shown = all.filter((item) => passes(item, f));
    const focusNode = state.nodes.get(focus) || {
      iri: focus, kind: state.actor.kind || 'actor', ar: state.actor.labelAr, en: state.actor.labelEn,
    };
    state.selection = null;
    state.hub = shown.length > HUB.items ? aggregate(shown, focus) : null;
    cy.elements().remove();
    if (state.hub) {
      cy.add(hubElements(focusNode, state.hub));
      layoutHub();
    } else {
      cy.add(itemElements(focusNode, shown));
      cy.layout({
        name: 'cose', animate: false, randomize: true, padding: 30, nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 90, nodeRepulsion: () => 9000, componentSpacing: 60,
      }).run();
    }
    keepReadable();
    showMore();
    state.shown = shown;
    renderTimeline();

    const statements = shown.filter((i) => i.kind === 'statement').length;
    const events = shown.length - statements;
    const hidden = all.length - shown.length;
    setStatus(nodeLabel(focusNode) + ' — التصريحات: ' + statements + '، الأحداث: ' + events
      + (hidden ? '، مخفية بالتصفية: ' + hidden : '')
      + (state.hub ? '، مجمّعة حسب النوع والشهر' : ''),
    statements + ' statements, ' + events + ' events' + (hidden ? ', ' + hidden + ' filtered out' : '')
      + (state.hub ? ', grouped by kind and month' : ''));
  }

  /** Every item as a node, with an edge per actor or place it names. */
  function itemElements(focusNode, shown) {
    const elements = [];
    const added = new Set();
    const addNode = (node, classes) => {
      if (!added.has(node.iri)) {
        added.add(node.iri);
        elements.push({
          group: 'nodes', classes: classes || '',
          data: { id: node.iri, kind: node.kind || 'actor', label: nodeLabel(node), labelEn: node.en || '' },
        });
      }
    };
    addNode(focusNode, 'focus');
    for (const item of shown) {
      added.add(item.iri);
      elements.push({
        group: 'nodes',
        data: {
          id: item.iri, kind: item.kind, label: itemLabel(item), date: item.date || '',
          quote: item.kind === 'statement' ? item.text || '' : '',
        },
      });
      for (const link of item.links) {
        addNode(state.nodes.get(link.node) || { iri: link.node, kind: 'actor' });
        const role = ROLES[link.role] || { ar: link.role, en: link.role };
        elements.push({
          group: 'edges',
          data: {
            id: item.iri + ' ' + link.role + ' ' + link.node,
            source: role.out ? link.node : item.iri,
            target: role.out ? item.iri : link.node,
            label: role.ar, role: link.role,
          },
        });
      }
    }
    return elements;
  }

  /**
   * The items of a hub in groups of one kind (statement, event) and month, largest first, and its partners
   * (every other actor or place of those items) with the items they share, most first.
   */
  function aggregate(shown, focus) {
    const groups = new Map();
    const partners = new Map();
    for (const item of shown) {
      const month = monthOf(item.date);
      const key = item.kind + ' ' + month;
      if (!groups.has(key)) {
        groups.set(key, { id: 'group:' + key, kind: item.kind, month: month, items: [] });
      }
      groups.get(key).items.push(item);
      for (const link of item.links) {
        if (link.node === focus) {
          continue;
        }
        if (!partners.has(link.node)) {
          partners.set(link.node, { node: state.nodes.get(link.node) || { iri: link.node, kind: 'actor' }, items: new Set() });
        }
        partners.get(link.node).items.add(item);
      }
    }
    const byCount = (a, b) => b.items.length - a.items.length;
    const ranked = Array.from(groups.values()).sort((a, b) => byCount(a, b) || b.month.localeCompare(a.month));
    const partnerList = Array.from(partners.values())
      .map((p) => ({ node: p.node, items: Array.from(p.items) }))
      .sort((a, b) => byCount(a, b) || nodeLabel(a.node).localeCompare(nodeLabel(b.node)));
    return { groups: ranked, partners: partnerList };
  }

  function groupLabel(group) {
    return GROUP_NAMES[group.kind][0] + ' ' + (group.month ? ltr(group.month) : 'بلا تاريخ')
      + ' (' + group.items.length + ')';
  }

  /** The focus, the first pages of groups (in time order) and partners (most shared first), and their edges. */
  function hubElements(focusNode, hub) {
    const groups = hub.groups.slice(0, HUB.groups * state.pages)
      .sort((a, b) => (a.month || '9999').localeCompare(b.month || '9999') || a.kind.localeCompare(b.kind));
    const partners = hub.partners.slice(0, HUB.partners * state.pages);
    const max = Math.max(1, ...groups.map((g) => g.items.length), ...partners.map((p) => p.items.length));
    const elements = [{
      group: 'nodes', classes: 'focus',
      data: { id: focusNode.iri, kind: focusNode.kind || 'actor', label: nodeLabel(focusNode), labelEn: focusNode.en || '' },
    }];
    groups.forEach((group, i) => {
      elements.push({
        group: 'nodes', classes: 'group',
        data: {
          id: group.id, kind: 'group', groupKind: group.kind, month: group.month, count: group.items.length,
          size: 14 + 16 * group.items.length / max, label: groupLabel(group), row: i, rows: groups.length,
        },
      });
      elements.push({
        group: 'edges', classes: 'aggregate',
        data: { id: 'edge:' + group.id, source: focusNode.iri, target: group.id, count: group.items.length },
      });
    });
    partners.forEach((partner, i) => {
      const node = partner.node;
      elements.push({
        group: 'nodes', classes: 'partner',
        data: {
          id: node.iri, kind: node.kind || 'actor', count: partner.items.length, labelEn: node.en || '',
          size: 14 + 16 * partner.items.length / max, label: clip(nodeLabel(node), 20) + ' (' + partner.items.length + ')',
          row: i, rows: partners.length,
        },
      });
      elements.push({
        group: 'edges', classes: 'aggregate',
        data: { id: 'edge:' + node.iri, source: focusNode.iri, target: node.iri, count: partner.items.length },
      });
    });
    return elements;
  }

  /**
   * The hub in three columns: groups on the right (the start of an Arabic line) from the earliest month down,
   * the focus in the middle, partners on the left, most shared first; labels outside the columns.
   */
  function layoutHub() {
    const row = 2.6 * LABEL_PX;
    const gap = 110;
    cy.layout({
      name: 'preset', animate: false, padding: 20, fit: true,
      positions: (node) => {
        if (node.hasClass('focus')) {
          return { x: 0, y: 0 };
        }
        const y = (node.data('row') - (node.data('rows') - 1) / 2) * row;
        return { x: node.hasClass('group') ? gap : -gap, y: y };
      },
    }).run();
  }

  /** Zooms in when the fitted graph would draw labels smaller than MIN_LABEL_PX, keeping the focus in view. */
  function keepReadable() {
    const least = MIN_LABEL_PX / LABEL_PX;
    if (cy.zoom() < least) {
      cy.zoom(least);
      cy.center(cy.nodes('.focus'));
    }
  }

  /** The "more" button: there when a hub has groups or partners not drawn yet. */
  function showMore() {
    const button = $('more');
    const hub = state.hub;
    const groupsLeft = hub ? Math.max(0, hub.groups.length - HUB.groups * state.pages) : 0;
    const partnersLeft = hub ? Math.max(0, hub.partners.length - HUB.partners * state.pages) : 0;
    button.hidden = !(groupsLeft || partnersLeft);
    $('more-count').textContent = '(+' + Math.min(HUB.groups, groupsLeft) + ' / +'
      + Math.min(HUB.partners, partnersLeft) + ')';
    button.title = groupsLeft + ' groups and ' + partnersLeft + ' partners not shown';
  }

  function more() {
    state.pages += 1;
    render();
  }

  // ---- timeline --------------------------------------------------------------------------------

  /** Every month from `first` to `last` ("YYYY-MM"), both included. */
  function monthSpan(first, last) {
    const out = [];
    let [y, m] = first.split('-').map(Number);
    const [ly, lm] = last.split('-').map(Number);
    while (y < ly || (y === ly && m <= lm)) {
      out.push(y + '-' + String(m).padStart(2, '0'));
      m += 1;
      if (m > 12) {
        m = 1;
        y += 1;
      }
    }
    return out;
  }

  /**
   * The timeline strip under the graph: statements and events of the selection (a group or partner tapped,
   * else every item shown) per month, earliest on the left; a click on a month filters the graph to it.
   */
  function renderTimeline() {
    const strip = $('timeline');
    const selection = state.selection;
    const items = selection ? selection.items : state.shown;
    const perMonth = new Map();
    let noMonth = 0;
    for (const item of items) {
      const month = monthOf(item.date);
      if (month.length !== 7) {
        noMonth += 1;
        continue;
      }
      if (!perMonth.has(month)) {
        perMonth.set(month, { statement: 0, event: 0 });
      }
      perMonth.get(month)[item.kind === 'statement' ? 'statement' : 'event'] += 1;
    }
    const months = Array.from(perMonth.keys()).sort();
    const caption = el('div', { className: 'caption' },
      'الخط الزمني: ', selection ? selection.ar : 'كل ما في الرسم', ' ',
      en('timeline of ' + (selection ? selection.en : 'everything shown')),
      noMonth ? el('span', { className: 'count' }, ' · بلا شهر ' + noMonth + ' ', en(noMonth + ' without a month')) : '');
    if (!months.length) {
      strip.replaceChildren(caption);
      return;
    }
    // every month from the first to the last, but a run of more than MAX_EMPTY months without items (a stray
    // date decades off) is one gap mark
    const MAX_EMPTY = 3;
    const span = [];
    months.forEach((month, i) => {
      if (i > 0) {
        const between = monthSpan(months[i - 1], month).slice(1, -1);
        if (between.length > MAX_EMPTY) {
          span.push({ gap: between.length });
        } else {
          span.push(...between);
        }
      }
      span.push(month);
    });
    const most = Math.max(...Array.from(perMonth.values(), (c) => c.statement + c.event));
    const bars = el('div', { className: 'bars', dir: 'ltr' });
    let year = null;
    for (const month of span) {
      if (month.gap) {
        const gap = el('span', { className: 'gap', title: month.gap + ' months without items' }, '…');
        gap.setAttribute('aria-label', month.gap + ' شهرًا بلا عناصر');
        bars.append(gap);
        continue;
      }
      const c = perMonth.get(month) || { statement: 0, event: 0 };
      const total = c.statement + c.event;
      const bar = el('button', {
        type: 'button', className: 'bar', title: month + ': ' + c.statement + ' statements, ' + c.event + ' events',
      });
      bar.dataset.month = month;
      bar.dataset.count = String(total);
      bar.setAttribute('aria-label', month + ': ' + c.statement + ' تصريحات، ' + c.event + ' أحداث');
      bar.append(
        el('span', { className: 'event' }),
        el('span', { className: 'statement' }),
        el('span', { className: 'month' }, month.slice(5)),
        month.slice(0, 4) !== year ? el('span', { className: 'year' }, month.slice(0, 4)) : '');
      year = month.slice(0, 4);
      bar.children[0].style.height = (100 * c.event / most) + '%';
      bar.children[1].style.height = (100 * c.statement / most) + '%';
      bar.addEventListener('click', () => filterMonth(month));
      bars.append(bar);
    }
    strip.replaceChildren(caption, bars);
  }

  /** Shows only the items of one month (the date filters set to its first and last day). */
  function filterMonth(month) {
    const range = dateRange(month);
    $('date-from').value = range[0];
    $('date-to').value = month + '-' + String(new Date(Number(month.slice(0, 4)), Number(month.slice(5)), 0).getDate());
    render();
  }

  /** A tapped group or partner of a hub becomes the selection the timeline shows. */
  function select(selection) {
    state.selection = selection;
    renderTimeline();
  }

  // ---- details ---------------------------------------------------------------------------------

  function showDetails(node) {
    const kind = node.data('kind');
    if (kind === 'group') {
      showGroup(node.id());
    } else if (kind === 'statement' || kind === 'event') {
      showItem(node.id());
    } else {
      const partner = state.hub && state.hub.partners.find((p) => p.node.iri === node.id());
      if (partner) {
        const name = nodeLabel(partner.node);
        select({ ar: name, en: partner.node.en || name, items: partner.items });
      }
      showEntity(node.id());
    }
  }

  /** The items of a group of a hub, by date, each a button to its details. */
  function showGroup(id) {
    const group = state.hub && state.hub.groups.find((g) => g.id === id);
    if (!group) {
      return;
    }
    ++detailsSeq;
    const names = GROUP_NAMES[group.kind];
    select({ ar: groupLabel(group), en: names[1] + ' ' + (group.month || 'undated'), items: group.items });
    const list = el('ul', { className: 'links group-items' });
    const items = group.items.slice().sort((a, b) => (a.date || '').localeCompare(b.date || ''));
    for (const item of items) {
      const button = el('button', { type: 'button' }, itemLabel(item));
      button.dataset.iri = item.iri;
      button.addEventListener('click', () => showItem(item.iri));
      list.append(el('li', null, item.date ? el('span', { dir: 'ltr' }, item.date) : '', ' ', button));
    }
    setDetails(el('h3', null, groupLabel(group), ' ', en(group.items.length + ' ' + names[1])), list);
  }

  function row(dl, ar, enText, ...values) {
    const present = values.filter((v) => v !== null && v !== undefined && v !== '');
    if (present.length) {
      dl.append(el('dt', null, ar, en(enText)), el('dd', null, ...present));
    }
  }

  function setDetails(...children) {
    $('details-body').replaceChildren(...children);
  }

  async function showEntity(iri) {
    const seq = ++detailsSeq;
    try {
      const rows = await sparql('entity', { entity: sparqlIri(iri) });
      if (seq !== detailsSeq) {
        return;
      }
      const info = rows[0] || {};
      const kind = KINDS[info.kind] || KINDS.actor;
      const dl = el('dl');
      row(dl, 'الاسم', 'name', info.labelAr);
      row(dl, 'بالإنجليزية', 'English', info.labelEn ? el('span', { lang: 'en', dir: 'ltr' }, info.labelEn) : '');
      row(dl, 'أسماء أخرى', 'aliases', info.aliases);
      row(dl, 'الصنف', 'class', info.classAr, info.classEn ? en(' ' + info.classEn) : '');
      if (/^Q[0-9]+$/.test(info.wikidata || '')) {
        row(dl, 'ويكي بيانات', 'Wikidata', externalLink('https://www.wikidata.org/wiki/' + info.wikidata, info.wikidata));
      }
      const isFocus = state.actor && state.actor.iri === iri;
      if (isFocus) {
        const items = Array.from(state.items.values());
        const statements = items.filter((i) => i.kind === 'statement').length;
        row(dl, 'في الرسم', 'in the graph', 'التصريحات: ' + statements + '، الأحداث: ' + (items.length - statements) + ' ',
          en(statements + ' statements, ' + (items.length - statements) + ' events'));
      }
      const parts = [el('h3', null, info.labelAr || info.labelEn || localName(iri), ' ', en(kind[1])), dl];
      if (!isFocus) {
        const button = el('button', { type: 'button', className: 'action' }, 'اعرض شبكته ', en('show its network'));
        button.addEventListener('click', () => selectActor(iri));
        parts.push(button);
      }
      parts.push(el('p', { className: 'iri' }, iri));
      setDetails(...parts);
    } catch (error) {
      if (seq === detailsSeq) {
        showError(error);
      }
    }
  }

  async function showItem(iri) {
    const seq = ++detailsSeq;
    setDetails(el('p', { className: 'hint' }, 'جارٍ التحميل… ', en('Loading…')));
    try {
      const term = sparqlIri(iri);
      const [itemRows, spanRows, docRows] = await Promise.all([
        sparql('item', { item: term }),
        sparql('spans', { item: term }),
        sparql('document', { item: term }),
      ]);
      if (seq !== detailsSeq) {
        return;
      }
      const info = itemRows[0] || {};
      const isStatement = Boolean(info.quote) || info.typeEn === 'Statement';
      const kind = isStatement ? KINDS.statement : KINDS.event;
      const parts = [el('h3', null, info.typeAr || kind[0], ' ', en(info.typeEn || kind[1]))];
      const dl = el('dl');
      if (info.quote) {
        row(dl, 'النص', 'quote', el('blockquote', null, info.quote),
          info.direct === 'true' ? el('span', null, 'اقتباس مباشر ', en('direct quote'))
            : info.direct === 'false' ? el('span', null, 'كلام منقول ', en('reported speech')) : '');
      }
      const evidence = Array.from(new Set(itemRows.map((r) => r.evidence).filter(Boolean)));
      if (evidence.length) {
        row(dl, 'الشاهد', 'evidence', ...evidence.map((e) => el('blockquote', null, e)));
      }
      row(dl, 'التاريخ', 'date', info.date ? el('span', { dir: 'ltr' }, info.date) : '',
        info.dateText ? ' («' + info.dateText + '»)' : '');
      if (info.cameo) {
        row(dl, 'رمز كاميو', 'CAMEO code', el('span', { dir: 'ltr' }, info.cameo), ' ', info.cameoAr || '',
          info.cameoEn ? en(' ' + info.cameoEn) : '');
      }
      row(dl, 'الحالة', 'status', info.statusAr);
      row(dl, 'القتلى', 'killed', info.killed);
      row(dl, 'الجرحى', 'wounded', info.wounded);
      const item = state.items.get(iri);
      if (item && item.links.length) {
        const list = el('ul', { className: 'links' });
        for (const link of item.links) {
          const node = state.nodes.get(link.node) || { iri: link.node };
          const role = ROLES[link.role] || { ar: link.role, en: link.role };
          const button = el('button', { type: 'button' }, nodeLabel(node));
          button.addEventListener('click', () => selectActor(link.node));
          list.append(el('li', null, role.ar + ': ', button, ' ', en(role.en)));
        }
        row(dl, 'الأطراف', 'actors and places', list);
      }
      parts.push(dl);

      const doc = docRows[0];
      if (doc) {
        const source = el('dl');
        row(source, 'العنوان', 'headline', doc.headline);
        row(source, 'الملف', 'file', doc.fileName ? el('span', { dir: 'ltr' }, doc.fileName) : '');
        row(source, 'النشر', 'published', doc.published ? el('span', { dir: 'ltr' }, doc.published) : '');
        row(source, 'الرابط', 'URL', doc.url ? externalLink(doc.url) : '');
        parts.push(el('h3', null, 'النص المصدر ', en('Source text')), source);
        const text = sourceText(doc.text, spanRows);
        parts.push(text);
        parts.push(el('p', { className: 'iri' }, iri));
        setDetails(...parts);
        const mark = text.querySelector('mark');
        if (mark) {
          text.scrollTop = Math.max(0, mark.offsetTop - text.clientHeight / 3);
        }
      } else {
        parts.push(el('p', { className: 'iri' }, iri));
        setDetails(...parts);
      }
    } catch (error) {
      if (seq === detailsSeq) {
        showError(error);
      }
    }
  }

  /** Sorted, merged [begin, end) ranges within [0, length]. */
  function ranges(rows, which, length) {
    const list = rows.filter((r) => r.which === which)
      .map((r) => [Math.max(0, Math.min(length, Number(r.begin))), Math.max(0, Math.min(length, Number(r.end)))])
      .filter(([b, e]) => Number.isFinite(b) && Number.isFinite(e) && b < e)
      .sort((x, y) => x[0] - y[0]);
    const merged = [];
    for (const r of list) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.push([r[0], r[1]]);
      }
    }
    return merged;
  }

  /**
   * The document text with the item's spans in <mark> and its evidence sentences shaded. Offsets are
   * Unicode code points, so the text is cut as an array of code points.
   */
  function sourceText(text, spanRows) {
    const chars = Array.from(text);
    const marks = ranges(spanRows, 'span', chars.length);
    const evidence = ranges(spanRows, 'evidence', chars.length);
    const cuts = new Set([0, chars.length]);
    for (const [b, e] of marks.concat(evidence)) {
      cuts.add(b);
      cuts.add(e);
    }
    const points = Array.from(cuts).sort((x, y) => x - y);
    const box = el('div', { className: 'source-text', lang: 'ar', dir: 'rtl' });
    let open = null; // {range, element}
    for (let i = 0; i + 1 < points.length; i++) {
      const b = points[i];
      const e = points[i + 1];
      const piece = chars.slice(b, e).join('');
      const mark = marks.find(([mb, me]) => mb <= b && e <= me);
      if (mark) {
        if (!open || open.range !== mark) {
          open = { range: mark, element: el('mark') };
          box.append(open.element);
        }
        open.element.append(piece);
        continue;
      }
      open = null;
      const inEvidence = evidence.some(([eb, ee]) => eb <= b && e <= ee);
      box.append(inEvidence ? el('span', { className: 'evidence' }, piece) : document.createTextNode(piece));
    }
    return box;
  }

  // ---- start -----------------------------------------------------------------------------------

  function graphStyle() {
    return [
      {
        selector: 'node',
        style: {
          'label': 'data(label)', 'font-size': LABEL_PX, 'text-wrap': 'wrap', 'text-max-width': 150,
          'text-valign': 'bottom', 'text-margin-y': 4, 'color': '#1a202c',
          'text-outline-color': '#ffffff', 'text-outline-width': 2, 'width': 26, 'height': 26,
          'background-color': '#718096',
        },
      },
      { selector: 'node[kind = "actor"]', style: { 'background-color': COLORS.actor, 'shape': 'ellipse' } },
      { selector: 'node[kind = "place"]', style: { 'background-color': COLORS.place, 'shape': 'round-triangle' } },
      {
        selector: 'node[kind = "statement"]',
        style: { 'background-color': COLORS.statement, 'shape': 'round-rectangle', 'width': 22, 'height': 22 },
      },
      { selector: 'node[kind = "event"]', style: { 'background-color': COLORS.event, 'shape': 'diamond' } },
      {
        selector: 'node.focus',
        style: { 'width': 44, 'height': 44, 'border-width': 4, 'border-color': '#1a202c', 'font-size': LABEL_PX + 2, 'font-weight': 'bold' },
      },
      {
        selector: 'node.group, node.partner',
        style: {
          'width': 'data(size)', 'height': 'data(size)', 'text-valign': 'center', 'text-wrap': 'ellipsis',
          'text-max-width': 140, 'text-margin-y': 0,
        },
      },
      { selector: 'node.group', style: { 'text-halign': 'right', 'text-margin-x': 6 } },
      { selector: 'node.partner', style: { 'text-halign': 'left', 'text-margin-x': -6, 'text-max-width': 170 } },
      { selector: 'node[groupKind = "statement"]', style: { 'background-color': COLORS.statement, 'shape': 'round-rectangle' } },
      { selector: 'node[groupKind = "event"]', style: { 'background-color': COLORS.event, 'shape': 'diamond' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d69e2e' } },
      {
        selector: 'edge',
        style: {
          'width': 1.5, 'line-color': '#a0aec0', 'target-arrow-color': '#a0aec0', 'target-arrow-shape': 'triangle',
          'curve-style': 'bezier', 'label': 'data(label)', 'font-size': MIN_LABEL_PX, 'color': '#4a5568',
          'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
          'text-background-padding': 1,
        },
      },
      {
        selector: 'edge.aggregate',
        style: { 'width': 'mapData(count, 1, 30, 1, 6)', 'target-arrow-shape': 'none', 'curve-style': 'straight', 'label': '' },
      },
    ];
  }

  async function start() {
    if (!Q) {
      showError(new Error('queries.js did not load'));
      return;
    }
    if (typeof window.cytoscape !== 'function') {
      showError(new Error('Cytoscape.js did not load (lib/cytoscape.min.js)'));
      return;
    }
    cy = window.cytoscape({ container: $('cy'), style: graphStyle(), elements: [], minZoom: 0.2, maxZoom: 4 });
    window.cy = cy;
    cy.on('tap', 'node', (event) => showDetails(event.target));
    cy.on('tap', (event) => {
      if (event.target === cy && state.selection) {
        select(null);
      }
    });
    $('more').addEventListener('click', more);

    $('search').addEventListener('input', () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(runSearch, 250);
    });
    $('search').addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        clearTimeout(searchTimer);
        runSearch();
      }
    });
    for (const id of ['date-from', 'date-to', 'dated-only', 'show-statements']) {
      $(id).addEventListener('change', render);
    }

    try {
      await loadEventTypes();
    } catch (error) {
      showError(error);
    }
    const actor = new URLSearchParams(window.location.search).get('actor');
    if (actor) {
      await selectActor(actor);
    } else {
      setStatus('ابحث عن فاعل للبدء.', 'Search an actor to start.');
    }
  }

  window.kgExplorer = {
    selectActor: selectActor, showItem: showItem, showEntity: showEntity, normalize: normalize, more: more,
  };
  start();
})();
