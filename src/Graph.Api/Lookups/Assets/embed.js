/*
 * <sanctions-entity entity-id="sadio-camara" as-of="2023-07-24" mode="inline|card">Sadio Camara</sanctions-entity>
 *
 * A classic script with no dependencies: <script src="BASE/embed.js" defer></script>. It reads BASE/api/entities/{id}
 * once per distinct (entity, as-of) on the page, and turns the fallback text into a hover card (inline) or shows the
 * card in its place (card). Until the answer arrives, and if it never does, the fallback text is left as it was.
 * Everything from the data goes in through textContent; only http and https addresses become links. The styles are
 * a constructed stylesheet in a shadow root, so the host page's CSP needs no 'unsafe-inline' and no style leaks.
 */
(function () {
  'use strict';
  if (!window.customElements || !window.fetch || customElements.get('sanctions-entity')) return;
  var script = document.currentScript;
  var base = new URL('.', script && script.src ? script.src : location.href);
  var answers = new Map();
  var counter = 0;
  var sheet = null;

  var CSS = ':host{position:relative}:host([mode=card]){display:block;max-width:26rem;margin:1em 0}' +
    '.trigger{text-decoration:underline dotted;text-decoration-thickness:1px;text-underline-offset:.2em;cursor:help;border-radius:2px}' +
    '.trigger:focus-visible{outline:2px solid #1d5fbf;outline-offset:2px}' +
    '.card{all:initial;display:block;box-sizing:border-box;width:22rem;max-width:calc(100vw - 16px);padding:12px 14px;' +
    'border:1px solid #c9d1d9;border-radius:8px;background:#fff;color:#1b1f24;box-shadow:0 4px 16px rgba(0,0,0,.16);' +
    'font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:start;white-space:normal}' +
    '.pop{position:fixed;inset:auto;margin:0;z-index:2147483000}.pop:not(.open){display:none}' +
    ':host([mode=card]) .card{width:auto;box-shadow:none}' +
    '.kind{margin:0;color:#57606a;font-size:12px;text-transform:uppercase;letter-spacing:.04em}' +
    '.name{margin:2px 0 8px;font-size:16px;font-weight:650}' +
    'ul{margin:0 0 8px;padding:0;list-style:none}li{margin:0 0 6px}' +
    '.badge{display:inline-block;margin-inline-end:6px;padding:0 6px;border-radius:4px;font-size:12px;font-weight:600}' +
    '.on{background:#ffe4e4;color:#8b1111}.off{background:#e8ecef;color:#38434d}' +
    '.source,.meta,.quote{margin:0 0 6px;color:#57606a;font-size:12.5px}.quote{margin:0 0 2px;padding-inline-start:8px;border-inline-start:3px solid #c9d1d9;font-style:italic;color:inherit}' +
    'a{color:#0b57b0;text-decoration:underline}a:focus-visible{outline:2px solid #1d5fbf;outline-offset:1px}' +
    '@media (prefers-color-scheme:dark){.card{background:#1f2328;color:#eef1f4;border-color:#444c56;box-shadow:0 4px 16px rgba(0,0,0,.5)}' +
    '.kind,.source,.meta{color:#b4bcc5}.quote{border-color:#444c56}.on{background:#5c1d1d;color:#ffdcdc}.off{background:#353c44;color:#dbe1e7}a{color:#8cb8ff}}';

  var KINDS = { PERSON: 'Person', ORGANIZATION: 'Organisation', COMPANY: 'Company', PUBLIC_BODY: 'Public body',
    COUNTRY: 'Country', POSITION: 'Position', EVENT: 'Event', VESSEL: 'Vessel', AIRCRAFT: 'Aircraft' };

  /** One request per distinct (entity, as-of), shared by every element that shows it; null when it failed. */
  function lookup(id, asOf) {
    var key = id + '\n' + asOf;
    if (!answers.has(key)) {
      var url = new URL('api/entities/' + encodeURIComponent(id), base);
      if (asOf) url.searchParams.set('asOf', asOf);
      answers.set(key, fetch(url.href, { credentials: 'omit', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (a) { return a && a.entity ? a : null; }, function () { return null; }));
    }
    return answers.get(key);
  }

  function styles() {
    if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(CSS); }
    return [sheet];
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = String(text);
    return node;
  }

  /** Data text in a <bdi>, so that a right-to-left override inside it cannot reorder the words around it. */
  function bdi(text) { return el('bdi', null, text); }

  function safeUrl(text) {
    try {
      var url = new URL(String(text));
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) { return null; }
  }

  function link(href, text) {
    var url = safeUrl(href);
    if (!url) return bdi(text);
    var a = el('a');
    a.href = url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.appendChild(bdi(text));
    return a;
  }

  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  /** "2023-07-24" as "24 Jul 2023", "2023-07" as "Jul 2023", in a <time> that keeps the ISO value. */
  function date(iso) {
    var parts = String(iso).split('-');
    var month = MONTHS[Number(parts[1]) - 1];
    var text = parts.length === 3 && month ? Number(parts[2]) + ' ' + month + ' ' + parts[0] : parts.length === 2 && month ? month + ' ' + parts[0] : String(iso);
    var node = el('time', null, text);
    node.dateTime = String(iso);
    return node;
  }

  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var part = arguments[i];
      if (part != null) parent.appendChild(typeof part === 'string' ? document.createTextNode(part) : part);
    }
    return parent;
  }

  /** A listing date says since when; an imported list's first publication says only that it was on the list by then. */
  function sanctionLine(s) {
    var started = s.listedOn || s.firstSeen;
    var since = !started ? null : !s.listedOn ? ', on the list by ' : s.inForce ? ', since ' : ', listed ';
    var badge = s.inForce ? el('span', 'badge on', 'In force') : add(el('span', 'badge off'), 'Ended', s.endedOn ? ' ' : null, s.endedOn ? date(s.endedOn) : null);
    return add(el('li'), badge, 'Sanctioned by ', bdi(s.authority.name),
      s.programs.length ? ' under ' : null, s.programs.length ? bdi(s.programs.join(', ')) : null,
      since, started ? date(started) : null, '.');
  }

  /** The source's verbatim quote, then where it comes from; the title a link only for an http(s) address. */
  function sourceLines(source) {
    if (!source) return null;
    var lines = document.createDocumentFragment();
    if (source.quote) {
      var quote = source.quote.length > 160 ? source.quote.slice(0, 159) + '\u2026' : source.quote;
      add(lines, add(el('p', 'quote'), '\u201c', bdi(quote), '\u201d'));
    }
    return add(lines, add(el('p', 'source'), 'Source: ', link(source.url, source.title),
      source.publisher ? ', ' : null, source.publisher ? bdi(source.publisher) : null,
      source.publishedOn ? ', ' : null, source.publishedOn ? date(source.publishedOn) : null));
  }

  function card(answer, tag, id) {
    var e = answer.entity;
    var day = answer.asOf || new Date().toISOString().slice(0, 10);
    var node = el(tag, 'card');
    node.id = id;
    node.setAttribute('aria-label', 'Sanctions record: ' + e.name);
    add(node, el('p', 'kind', KINDS[e.kind] || e.kind), add(el('p', 'name'), bdi(e.name)));
    var list = el('ul');
    e.sanctions.slice(0, 3).forEach(function (s) { list.appendChild(sanctionLine(s)); });
    if (e.sanctions.length > 3) list.appendChild(el('li', null, '\u2026 and ' + (e.sanctions.length - 3) + ' more on the full record.'));
    if (!e.sanctions.length) add(list, add(el('li'), 'No sanction on record as of ', date(day), '.'));
    var first = e.sanctions[0];
    add(node, list, sourceLines(first && first.sources[0] || e.sources[0]),
      add(el('p', 'meta'), 'As of ', date(day), answer.dataAsOf ? ' \u00b7 data as of ' : null, answer.dataAsOf ? date(answer.dataAsOf) : null),
      link(answer.links.page, 'Full record \u2197'));
    return node;
  }

  class SanctionsEntity extends HTMLElement {
    connectedCallback() {
      if (this._started) return;
      this._started = true;
      var self = this;
      var id = (this.getAttribute('entity-id') || '').trim();
      if (!id) return;
      lookup(id, (this.getAttribute('as-of') || '').trim()).then(function (answer) {
        if (answer) self._show(answer);
      }).catch(function () { /* the fallback text stays */ });
    }

    _show(answer) {
      var root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = styles();
      var id = 'sanctions-card-' + (++counter);
      if (this.getAttribute('mode') === 'card') {
        root.replaceChildren(card(answer, 'section', id));
        return;
      }
      var trigger = el('span', 'trigger');
      trigger.tabIndex = 0;
      trigger.setAttribute('role', 'button');
      trigger.setAttribute('aria-haspopup', 'dialog');
      trigger.setAttribute('aria-expanded', 'false');
      trigger.setAttribute('aria-controls', id);
      trigger.setAttribute('aria-label', (this.textContent || answer.entity.name).trim() + ', sanctions record');
      trigger.appendChild(el('slot'));
      var pop = card(answer, 'div', id);
      pop.classList.add('pop');
      pop.setAttribute('role', 'dialog');
      if ('popover' in pop) pop.popover = 'manual';
      root.replaceChildren(trigger, pop);
      this._wire(root, trigger, pop);
    }

    _wire(root, trigger, pop) {
      var timer = 0, refocusing = false;
      function place() {
        var r = trigger.getBoundingClientRect();
        var width = pop.offsetWidth, height = pop.offsetHeight;
        var left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8));
        var top = r.bottom + 6 + height > window.innerHeight && r.top - 6 - height > 0 ? r.top - 6 - height : r.bottom + 6;
        pop.style.left = left + 'px';
        pop.style.top = top + 'px';
      }
      function open() {
        clearTimeout(timer);
        if (refocusing || pop.classList.contains('open')) return;
        pop.classList.add('open');
        if (pop.showPopover) pop.showPopover();
        trigger.setAttribute('aria-expanded', 'true');
        place();
      }
      function close() {
        clearTimeout(timer);
        if (!pop.classList.contains('open')) return;
        pop.classList.remove('open');
        if (pop.hidePopover) pop.hidePopover();
        trigger.setAttribute('aria-expanded', 'false');
      }
      function later(action, ms) { clearTimeout(timer); timer = setTimeout(action, ms); }
      this.addEventListener('mouseenter', function () { later(open, 120); });
      this.addEventListener('mouseleave', function () { if (!root.activeElement) later(close, 250); });
      trigger.addEventListener('focus', open);
      trigger.addEventListener('click', open);
      root.addEventListener('focusout', function () { setTimeout(function () { if (!root.activeElement) close(); }, 0); });
      root.addEventListener('keydown', function (event) {
        if (event.key === 'Escape') {
          close();
          refocusing = true;
          trigger.focus({ preventScroll: true });
          refocusing = false;
        } else if (event.key === 'Enter' || event.key === ' ') {
          if (event.target === trigger) { event.preventDefault(); open(); }
        }
      });
      window.addEventListener('scroll', function () { if (pop.classList.contains('open')) place(); }, { passive: true });
      window.addEventListener('resize', function () { if (pop.classList.contains('open')) place(); });
    }
  }

  customElements.define('sanctions-entity', SanctionsEntity);
})();
