"""JUnit XML, for CI systems that show test results (Jenkins, GitLab, Azure, CircleCI).

A testsuite per article and a testcase per rule: a rule with no finding in that article passes; a
finding gives a failed testcase in each article it cites. When one rule has several findings in the
same article each gets its own testcase, because many readers of JUnit keep only one failure per
testcase. An article that could not be read is a testsuite with one errored ``read`` testcase.
Built with xml.etree so article text is always escaped into valid XML.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from checker.display import one_line, without_controls
from checker.models import Article, Finding, Report
from checker.report import undated_message
from checker.report.positions import article_path, evidence_span
from checker.sides import with_who

# XML 1.0 cannot carry most control characters even escaped; article text might contain them.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    # controls written as escapes (shown in CI logs, where an escape sequence would act); line breaks kept
    return _INVALID_XML.sub("\ufffd", without_controls(text))


def _rules() -> dict[str, str]:
    from checker.rules import RULES

    return {code: rule.name for code, rule in sorted(RULES.items())}


def failure_text(f: Finding, articles: dict[str, Article]) -> str:
    head = f"finding {f.id} ({f.severity}, {f.kind}, confidence {f.confidence:.2f})"
    lines = [head, one_line(with_who(f, articles)), ""]
    for ev in f.evidence:
        where = evidence_span(ev, articles)
        path = article_path(ev.article, articles)
        # one line each: a name or sentence with a line break must not forge a line of its own in a CI log
        lines.append(one_line(f"{path}:{where.start_line}:{where.start_column}: {ev.article}: {ev.text}"))
        if ev.sentence:
            lines.append(f"    {one_line(ev.sentence)}")
    return clean("\n".join(lines))


def suite(
    article_id: str, path: str, findings: list[Finding], rules: dict[str, str], articles: dict[str, Article]
) -> ET.Element:
    el = ET.Element("testsuite", name=clean(article_id), file=clean(path))
    where = {"classname": clean(f"checker.{article_id}"), "file": clean(path)}
    tests = failures = 0
    for code in sorted(set(rules) | {f.rule for f in findings}):
        name = f"{code} {rules.get(code, '')}".strip()
        hits = [f for f in findings if f.rule == code]
        if not hits:
            ET.SubElement(el, "testcase", {"name": name, **where})
            tests += 1
        for n, f in enumerate(hits, 1):
            case_name = name if len(hits) == 1 else f"{name} ({n})"
            case = ET.SubElement(el, "testcase", {"name": case_name, **where})
            fail = ET.SubElement(case, "failure", message=clean(f"{f.subject}: {f.message}"), type=code)
            fail.text = failure_text(f, articles)
            tests += 1
            failures += 1
    el.set("tests", str(tests))
    el.set("failures", str(failures))
    el.set("errors", "0")
    el.set("skipped", "0")
    return el


def render(report: Report, articles: dict[str, Article]) -> str:
    rules = _rules()
    root = ET.Element("testsuites", name="checker")
    total = failed = errors = 0
    for a in report.articles:
        if a.status != "ok":
            counts = {"tests": "1", "failures": "0", "errors": "1", "skipped": "0"}
            el = ET.SubElement(root, "testsuite", {"name": clean(a.id), "file": clean(a.path), **counts})
            case = ET.SubElement(el, "testcase", name="read", classname=clean(f"checker.{a.id}"), file=clean(a.path))
            ET.SubElement(case, "error", message=clean(a.error or "could not read"), type="read-error")
            total, errors = total + 1, errors + 1
            continue
        cited = [f for f in report.findings if any(ev.article == a.id for ev in f.evidence)]
        el = suite(a.id, a.path, cited, rules, articles)
        if a.undated:  # a property of the suite, before its testcases: its relative dates were not resolved
            props = ET.Element("properties")
            ET.SubElement(props, "property", name="undated", value=clean(undated_message([a.id])))
            el.insert(0, props)
        root.append(el)
        total += int(el.get("tests", "0"))
        failed += int(el.get("failures", "0"))
    root.set("tests", str(total))
    root.set("failures", str(failed))
    root.set("errors", str(errors))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
