"""The inline stylesheet of the HTML report (the script is in html_script.py), kept apart so the
renderer stays readable.

The page scrolls as one: no element but the window has a scroll bar of its own (an article in its own
scrolling pane hid the evidence of the others). Compare-view columns wrap on a narrow screen. The
print stylesheet drops the navigation, opens every finding one after the other, black on white, and
keeps a finding on one page where it fits.
"""

from __future__ import annotations

from checker.report.html_script import JS

__all__ = ["CSS", "JS"]

CSS = """
:root { --err: #c62828; --warn: #ef6c00; --info: #1565c0; --bg: #fafafa; --fg: #212121; --active: #6a1b9a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg);
       background: var(--bg); }
header.top { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid #ddd;
             padding: .4rem 1rem; }
header.top h1 { margin: 0; font-size: 1.2rem; display: inline-block; margin-right: 1rem; }
.summary { display: inline-block; color: #555; }
.filters { margin-top: .2rem; display: flex; flex-wrap: wrap; gap: .2rem .8rem; align-items: center; }
.filters span { font-weight: 600; }
.count { font-weight: 600; }
.count.sev-error { color: var(--err); } .count.sev-warning { color: var(--warn); }
.count.sev-info { color: var(--info); }
nav.nav { margin-top: .3rem; display: flex; flex-wrap: wrap; gap: .2rem .6rem; align-items: center; }
nav.nav button { font: inherit; padding: .1rem .6rem; cursor: pointer; }
#pos { font-weight: 600; min-width: 9rem; text-align: center; }
.hint { color: #666; font-size: .85rem; }
main { padding: 0 1rem 2rem; }
main > section > h2 { font-size: 1.1rem; margin: 1rem 0 .5rem; }
/* clear the sticky header when jumped to */
section[id], li.finding, details[id], mark.ev[id] { scroll-margin-top: 9rem; }
ol.findings { list-style: none; padding: 0; margin: 0; }
.finding { background: #fff; border: 1px solid #ddd; border-left: 5px solid #999; border-radius: 4px;
           margin-bottom: .5rem; }
.finding.sev-error { border-left-color: var(--err); } .finding.sev-warning { border-left-color: var(--warn); }
.finding.sev-info { border-left-color: var(--info); }
.finding .head { padding: .4rem .7rem; cursor: pointer; }
.finding.active { outline: 3px solid var(--active); outline-offset: -1px; }
.finding.hidden, .none.hidden { display: none; }
.finding p.msg { margin: .2rem 0 0; }
.subject { font-style: italic; }
.badge { color: #fff; border-radius: 3px; padding: 0 .3rem; font-size: .8rem; }
.badge.sev-error { background: var(--err); } .badge.sev-warning { background: var(--warn); }
.badge.sev-info { background: var(--info); }
.kind, .conf { color: #666; font-size: .85rem; }
a.rule { font-weight: 700; }
.compare { display: none; padding: .2rem .7rem .7rem; border-top: 1px solid #eee; }
.finding.open .compare { display: block; }
.cols { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .6rem; }
.col { border: 1px solid #ddd; border-radius: 4px; padding: .4rem .6rem; background: #fffdf7; min-width: 0; }
.col header h4 { margin: 0; font-size: 1rem; display: inline-block; }
.col .labels { display: inline-flex; flex-wrap: wrap; gap: .3rem; margin-left: .4rem; vertical-align: middle; }
.col.draft { border: 2px solid #1565c0; background: #f3f8ff; }
.compare .sides { margin: .2rem 0 .5rem; font-size: .92rem; }
.draftnote { border-left: 5px solid #1565c0; background: #f3f8ff; padding: .4rem .8rem; }
.tag { font-size: .75rem; border: 1px solid #888; border-radius: 3px; padding: 0 .3rem; }
.col .ctitle { font-weight: 600; font-size: .9rem; }
.excerpt { margin: .4rem 0; padding-left: .6rem; border-left: 3px solid #ddd; white-space: pre-wrap;
           overflow-wrap: anywhere; font-size: .92rem; }
.excerpt.headline { font-weight: 600; }
.links { font-size: .8rem; }
.articles { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1rem;
            align-items: start; }
.article { background: #fff; border: 1px solid #ddd; border-radius: 4px; padding: .6rem .8rem; min-width: 0; }
.article header h2 { margin: 0; font-size: 1.05rem; }
.article h3.headline { margin: .2rem 0; font-size: 1rem; }
.meta { color: #666; font-size: .8rem; overflow-wrap: anywhere; }
.src { font-weight: 600; color: #444; }
.dateline { font-family: ui-monospace, monospace; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: .92rem; margin-top: .4rem;
        border-top: 1px solid #eee; }
.md-h { font-size: 1.05em; }
.furniture { color: #888; font-style: italic; }
mark.ev { background: #fff3cd; border-bottom: 2px solid #999; cursor: pointer; padding: 0 1px; color: inherit; }
mark.ev.sev-error { background: #ffcdd2; border-bottom-color: var(--err); }
mark.ev.sev-warning { background: #ffe0b2; border-bottom-color: var(--warn); }
mark.ev.sev-info { background: #bbdefb; border-bottom-color: var(--info); }
.compare mark.ev { cursor: text; }
mark.ev.dim { background: transparent; border-bottom: 1px dotted #bbb; }
mark.ev.active { background: #e1bee7; outline: 2px solid var(--active); }
.readerr { color: var(--err); font-weight: 600; }
.undated { color: #8a5a00; font-size: .85rem; margin: .3rem 0; }
#rules details { background: #fff; border: 1px solid #ddd; border-radius: 4px; margin-bottom: .4rem;
                 padding: .3rem .7rem; }
#rules summary { cursor: pointer; font-weight: 600; }
#rules pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: .88rem; margin: .4rem 0; }
@media (max-width: 700px) {
  header.top { position: static; }
  .cols, .articles { grid-template-columns: 1fr; }
}
@media print {
  body { background: #fff; color: #000; font-size: 11pt; }
  header.top { position: static; border: 0; padding: 0; }
  .filters, nav.nav, .hint, .links, .screen { display: none !important; }
  .finding, .finding.hidden { display: block !important; border: 1px solid #000; outline: none;
                               break-inside: avoid; page-break-inside: avoid; }
  .finding .compare { display: block !important; border-top: 1px solid #000; }
  .col, .article, #rules details { background: #fff; border-color: #000; break-inside: avoid; }
  .badge { color: #000; background: none !important; border: 1px solid #000; }
  .kind, .conf, .meta, .furniture, .src, .subject { color: #000; }
  a { color: #000; text-decoration: none; }
  mark.ev, mark.ev.active, mark.ev.dim { background: none !important; color: #000; outline: none;
                                          font-weight: 700; text-decoration: underline; border: 0; }
  #articles { break-before: page; page-break-before: always; }
  .excerpt { border-left-color: #000; }
}
"""
