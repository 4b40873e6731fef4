"""The inline script of the HTML report.

It only toggles classes, the ``open`` state of ``<details>`` and the scroll position; it reads the
``data-finding``, ``data-findings``, ``data-severity`` and ``data-kind`` attributes (written by us from
hex ids and fixed vocabularies), never article text, and it never writes HTML, so untrusted text
cannot become markup through it. Every compare view is already in the page: opening one is showing it.
"""

from __future__ import annotations

JS = """
(function () {
  'use strict';
  var marks = Array.prototype.slice.call(document.querySelectorAll('.articles mark.ev'));
  var items = Array.prototype.slice.call(document.querySelectorAll('li.finding'));
  var pos = document.getElementById('pos');
  var top = document.querySelector('header.top');
  var current = null;
  function idsOf(mark) { return (mark.getAttribute('data-findings') || '').split(' '); }
  function byId(id) { return document.getElementById('f-' + id); }
  function shown() { return items.filter(function (li) { return !li.classList.contains('hidden'); }); }
  function scrollTo(el) {
    // below the sticky header (it is static, so of no height to clear, on a narrow screen)
    var clear = top && getComputedStyle(top).position === 'sticky' ? top.offsetHeight : 0;
    window.scrollTo(0, window.pageYOffset + el.getBoundingClientRect().top - clear - 8);
  }
  function label() {
    var list = shown(), at = current ? list.indexOf(current) : -1;
    pos.textContent = at >= 0 ? 'finding ' + (at + 1) + ' of ' + list.length
                              : list.length + ' finding' + (list.length === 1 ? '' : 's');
  }
  function select(id, scroll) {
    var li = byId(id);
    items.forEach(function (x) {
      var on = x === li;
      x.classList.toggle('active', on);
      x.classList.toggle('open', on);
      x.querySelector('.head').setAttribute('aria-expanded', on ? 'true' : 'false');
    });
    marks.forEach(function (m) { m.classList.toggle('active', !!li && idsOf(m).indexOf(id) >= 0); });
    current = li;
    label();
    if (li && scroll) { scrollTo(li); }
    if (li && window.history && history.replaceState) {
      try { history.replaceState(null, '', '#f-' + id); } catch (e) { /* a file: URL may refuse */ }
    }
  }
  function close() {
    items.forEach(function (x) { x.classList.remove('active', 'open'); });
    marks.forEach(function (m) { m.classList.remove('active'); });
    current = null;
    label();
  }
  function step(by) {
    var list = shown();
    if (!list.length) { return; }
    var at = current ? list.indexOf(current) : -1;
    var next = at < 0 ? (by > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, at + by));
    select(list[next].getAttribute('data-finding'), true);
  }
  items.forEach(function (li) {
    var head = li.querySelector('.head');
    head.addEventListener('click', function (ev) {
      if (ev.target.closest('a')) { return; }  // a rule link goes to its documentation
      if (li === current) { close(); } else { select(li.getAttribute('data-finding'), true); }
    });
    head.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); head.click(); }
    });
  });
  marks.forEach(function (m) {
    function go() {
      var visible = idsOf(m).filter(function (id) {
        var li = byId(id);
        return li && !li.classList.contains('hidden');
      });
      var now = current ? visible.indexOf(current.getAttribute('data-finding')) : -1;
      var id = visible[(now + 1) % visible.length];  // repeated clicks cycle through overlapping findings
      if (id) { select(id, true); }
    }
    m.addEventListener('click', go);
    m.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') { go(); } });
  });
  document.querySelectorAll('a.rule').forEach(function (a) {
    a.addEventListener('click', function () {
      var doc = document.getElementById('rule-' + a.getAttribute('data-rule'));
      if (doc) { doc.open = true; }
    });
  });
  document.getElementById('next').addEventListener('click', function () { step(1); });
  document.getElementById('prev').addEventListener('click', function () { step(-1); });
  document.addEventListener('keydown', function (ev) {
    var t = ev.target, tag = t && t.tagName;
    var typing = tag === 'TEXTAREA' || tag === 'SELECT' || (t && t.isContentEditable) ||
                 (tag === 'INPUT' && t.type !== 'checkbox');  // a filter's checkbox takes no letters
    if (ev.altKey || ev.ctrlKey || ev.metaKey || typing) { return; }
    if (ev.key === 'j' || ev.key === 'ArrowRight') { ev.preventDefault(); step(1); }
    else if (ev.key === 'k' || ev.key === 'ArrowLeft') { ev.preventDefault(); step(-1); }
    else if (ev.key === 'Escape') { close(); }
  });
  function applyFilters() {
    var sev = {}, kind = {};
    document.querySelectorAll('.flt-sev').forEach(function (c) { sev[c.value] = c.checked; });
    document.querySelectorAll('.flt-kind').forEach(function (c) { kind[c.value] = c.checked; });
    var on = {};
    items.forEach(function (li) {
      var ok = sev[li.getAttribute('data-severity')] !== false && kind[li.getAttribute('data-kind')] !== false;
      li.classList.toggle('hidden', !ok);
      on[li.getAttribute('data-finding')] = ok;
    });
    marks.forEach(function (m) {
      m.classList.toggle('dim', !idsOf(m).some(function (id) { return on[id]; }));
    });
    if (current && current.classList.contains('hidden')) { close(); } else { label(); }
  }
  document.querySelectorAll('.flt-sev, .flt-kind').forEach(function (c) {
    c.addEventListener('change', applyFilters);
  });
  // printed, every rule's documentation is open; afterwards, as it was
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.slice.call(document.querySelectorAll('#rules details:not([open])'));
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () { closed.forEach(function (d) { d.open = false; }); });
  label();
  var hash = location.hash;
  if (hash.indexOf('#f-') === 0 && byId(hash.slice(3))) { select(hash.slice(3), true); }
  else if (hash.indexOf('#rule-') === 0 && document.getElementById(hash.slice(1))) {
    document.getElementById(hash.slice(1)).open = true;
  }
})();
"""
