"""The inline stylesheet and script of the HTML report, kept apart so html_report.py stays readable.

The script only toggles classes and scrolls; it reads ``data-findings``, ``data-severity`` and
``data-kind`` attributes (written by us from hex ids and fixed vocabularies), never article text,
and it never writes HTML, so untrusted text cannot become markup through it.
"""

from __future__ import annotations

CSS = """
:root { --err: #c62828; --warn: #ef6c00; --info: #1565c0; --bg: #fafafa; --fg: #212121; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg);
       background: var(--bg); }
header.top { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid #ddd;
             padding: .5rem 1rem; }
header.top h1 { margin: 0; font-size: 1.2rem; display: inline-block; margin-right: 1rem; }
.summary { display: inline-block; color: #555; }
.filters { margin-top: .3rem; display: flex; flex-wrap: wrap; gap: .2rem .8rem; align-items: center; }
.filters span { font-weight: 600; }
.count { font-weight: 600; }
.count.sev-error { color: var(--err); } .count.sev-warning { color: var(--warn); }
.count.sev-info { color: var(--info); }
main { display: grid; grid-template-columns: minmax(18rem, 26rem) 1fr; gap: 1rem; padding: 1rem; }
aside { position: sticky; top: 7rem; align-self: start; max-height: calc(100vh - 8rem); overflow: auto; }
aside h2 { font-size: 1rem; margin: 0 0 .5rem; }
ol.findings { list-style: none; padding: 0; margin: 0; }
.finding { background: #fff; border: 1px solid #ddd; border-left: 5px solid #999; border-radius: 4px;
           padding: .5rem .7rem; margin-bottom: .6rem; cursor: pointer; }
.finding.sev-error { border-left-color: var(--err); } .finding.sev-warning { border-left-color: var(--warn); }
.finding.sev-info { border-left-color: var(--info); }
.finding.active { outline: 3px solid #6a1b9a; outline-offset: -3px; }  /* inside: the list clips overflow */
.finding.hidden, .none.hidden { display: none; }
.finding p { margin: .3rem 0; }
.subject { font-style: italic; }
.badge { color: #fff; border-radius: 3px; padding: 0 .3rem; font-size: .8rem; }
.badge.sev-error { background: var(--err); } .badge.sev-warning { background: var(--warn); }
.badge.sev-info { background: var(--info); }
.kind, .conf { color: #666; font-size: .85rem; }
ul.refs { margin: .2rem 0 0; padding-left: 1rem; font-size: .9rem; }
.articles { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem;
            align-items: start; }
.article { background: #fff; border: 1px solid #ddd; border-radius: 4px; padding: .6rem .8rem; }
.article header h2 { margin: 0; font-size: 1.05rem; }
.article header h3 { margin: .2rem 0; font-size: .95rem; }
.meta { color: #666; font-size: .8rem; word-break: break-all; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; max-height: 75vh; overflow: auto; position: relative;
        font-size: .92rem; margin-top: .4rem; border-top: 1px solid #eee; border-bottom: 1px solid #eee; }
mark.ev { background: #fff3cd; border-bottom: 2px solid #999; cursor: pointer; padding: 0 1px; }
mark.ev.sev-error { background: #ffcdd2; border-bottom-color: var(--err); }
mark.ev.sev-warning { background: #ffe0b2; border-bottom-color: var(--warn); }
mark.ev.sev-info { background: #bbdefb; border-bottom-color: var(--info); }
mark.ev.dim { background: transparent; border-bottom: 1px dotted #bbb; }
mark.ev.active { background: #e1bee7; outline: 2px solid #6a1b9a; }
.readerr { color: var(--err); font-weight: 600; }
.undated { color: #8a5a00; font-size: .85rem; margin: .3rem 0; }
@media (max-width: 900px) {
  main { grid-template-columns: 1fr; }
  aside { position: static; max-height: none; }
  .articles { grid-template-columns: 1fr; }
  .text { max-height: none; }
}
"""

JS = """
(function () {
  'use strict';
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark.ev'));
  var items = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  function idsOf(mark) { return (mark.getAttribute('data-findings') || '').split(' '); }
  function byId(id) { return document.getElementById('f-' + id); }
  function select(id) {
    items.forEach(function (li) { li.classList.toggle('active', li.getAttribute('data-finding') === id); });
    var panes = {};
    marks.forEach(function (m) {
      var on = idsOf(m).indexOf(id) >= 0;
      m.classList.toggle('active', on);
      var pane = m.closest('.text');
      if (on && pane && !panes[pane.parentNode.id]) {
        panes[pane.parentNode.id] = true;
        // scroll each article's own pane so every cited article shows its span at once
        // measured on screen, not by offsetTop, which depends on the offsetParent chain
        pane.scrollTop += m.getBoundingClientRect().top - pane.getBoundingClientRect().top - pane.clientHeight / 3;
      }
    });
    var first = marks.filter(function (m) { return m.classList.contains('active'); })[0];
    if (first) { first.scrollIntoView({block: 'center', behavior: 'smooth'}); }
  }
  items.forEach(function (li) {
    li.addEventListener('click', function (ev) {
      ev.preventDefault();
      select(li.getAttribute('data-finding'));
    });
    li.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') { select(li.getAttribute('data-finding')); }
    });
  });
  marks.forEach(function (m) {
    function go() {
      var visible = idsOf(m).filter(function (id) {
        var li = byId(id);
        return li && !li.classList.contains('hidden');
      });
      var current = document.querySelector('.finding.active');
      var now = current ? visible.indexOf(current.getAttribute('data-finding')) : -1;
      var id = visible[(now + 1) % visible.length];  // repeated clicks cycle through overlapping findings
      if (!id) { return; }
      select(id);
      byId(id).scrollIntoView({block: 'nearest', behavior: 'smooth'});
    }
    m.addEventListener('click', go);
    m.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') { go(); } });
  });
  function applyFilters() {
    var sev = {}, kind = {};
    document.querySelectorAll('.flt-sev').forEach(function (c) { sev[c.value] = c.checked; });
    document.querySelectorAll('.flt-kind').forEach(function (c) { kind[c.value] = c.checked; });
    var shown = {};
    items.forEach(function (li) {
      var ok = sev[li.getAttribute('data-severity')] !== false && kind[li.getAttribute('data-kind')] !== false;
      li.classList.toggle('hidden', !ok);
      shown[li.getAttribute('data-finding')] = ok;
    });
    marks.forEach(function (m) {
      m.classList.toggle('dim', !idsOf(m).some(function (id) { return shown[id]; }));
    });
  }
  document.querySelectorAll('.flt-sev, .flt-kind').forEach(function (c) {
    c.addEventListener('change', applyFilters);
  });
  if (location.hash.indexOf('#f-') === 0) { select(location.hash.slice(3)); }
})();
"""
