"""The HTML report in a real headless Chromium: the compare view, finding navigation, rule documentation.

Needs Debian's ``chromium`` and ``chromium-driver`` (``make browser``, which ``make test`` runs) and
selenium (the dev extra). Skipped, with the reason, only when Chromium or its driver is not installed.
Screenshots of the seed cluster's report are written to build/html-report.png (the page as opened) and
build/html-compare.png (a finding's compare view, five articles side by side).
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SEED

CHROMIUM = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser")) if p), None)
CHROMEDRIVER = shutil.which("chromedriver")
SCREENSHOT = ROOT / "build" / "html-report.png"
COMPARE_SHOT = ROOT / "build" / "html-compare.png"
WIDE, NARROW = (1400, 1000), (560, 1000)

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="headless Chromium not installed (run `make browser`: Debian's chromium and chromium-driver)",
)


@pytest.fixture(scope="module")
def seed() -> Any:
    from checker.engine import check

    return check([str(SEED)])


@pytest.fixture(scope="module")
def report_file(seed: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from checker.report import furniture_of, render

    html = render("html", seed.report, {a.id: a for a in seed.loaded.articles}, furniture_of(seed.extractions))
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(html, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium missing: pip install -e '.[dev]'")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--window-size={WIDE[0]},{WIDE[1]}",
        f"--user-data-dir={profile}",
    ):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=opts)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def page(browser: Any, report_file: Path) -> Any:
    """The report freshly opened in a wide window, scrolled to the top."""
    browser.set_window_size(*WIDE)
    browser.get(report_file.as_uri())
    browser.execute_script("window.scrollTo(0, 0);")
    return browser


def _wait(driver: Any, condition: Any, what: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 5, poll_frequency=0.05).until(lambda d: condition(d), message=what)


def _click(driver: Any, element: Any) -> None:
    # centre it first: the sticky header would otherwise intercept a click near the top
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.click()


def _open(driver: Any, finding_id: str) -> Any:
    """Click a finding (on its message: the rule code in its head is a link) and return its list item."""
    from selenium.webdriver.common.by import By

    item = driver.find_element(By.ID, f"f-{finding_id}")
    _click(driver, item.find_element(By.CSS_SELECTOR, ".head .msg"))
    return item


def _press(driver: Any, key: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).send_keys(key).perform()


def _opened(driver: Any) -> list[str]:
    from selenium.webdriver.common.by import By

    return [li.get_attribute("data-finding") for li in driver.find_elements(By.CSS_SELECTOR, "li.finding.open")]


# true when the element's top is on screen below the sticky header
ON_SCREEN = """
var r = arguments[0].getBoundingClientRect(), h = document.querySelector('header.top').getBoundingClientRect();
return r.top >= h.bottom - 2 && r.top < window.innerHeight;
"""


def _cited(finding: Any, order: list[str]) -> list[str]:
    ids = {ev.article for ev in finding.evidence}
    return [a for a in order if a in ids]


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_compare_view_shows_every_article_of_each_finding(page: Any, seed: Any) -> None:
    from selenium.webdriver.common.by import By

    SCREENSHOT.parent.mkdir(exist_ok=True)
    assert page.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000
    assert not any(c.is_displayed() for c in page.find_elements(By.CSS_SELECTOR, ".compare")), "all closed at first"

    entries = {e.id: e for e in seed.report.articles}
    order = [e.id for e in seed.report.articles]
    for f in seed.report.findings:
        item = _open(page, f.id)
        assert _opened(page) == [f.id]
        compare = item.find_element(By.CSS_SELECTOR, ".compare")
        assert compare.is_displayed()
        assert _norm(f.message) in _norm(item.find_element(By.CSS_SELECTOR, ".msg").text)
        cols = compare.find_elements(By.CSS_SELECTOR, "section.col")
        assert [c.get_attribute("data-article") for c in cols] == _cited(f, order)
        for col in cols:
            art = col.get_attribute("data-article")
            entry = entries[art]
            head = col.find_element(By.CSS_SELECTOR, "header")
            assert head.find_element(By.CSS_SELECTOR, "h4").text == art
            for value in (entry.source, entry.published):
                if value:
                    assert value in head.text, (art, value)
            assert col.find_elements(By.CSS_SELECTOR, ".labels"), "each column keeps a place for labels"
            shown = _norm(" ".join(m.text for m in col.find_elements(By.CSS_SELECTOR, "mark.ev")))
            for ev in f.evidence:
                if ev.article == art:
                    assert _norm(ev.text) in shown, (f.id, art, ev.text)
            context = _norm(col.find_element(By.CSS_SELECTOR, ".excerpt").text)
            assert len(context) > len(shown), "an excerpt shows the evidence in its paragraph"


def test_compare_columns_sit_side_by_side_and_wrap_when_narrow(page: Any, seed: Any) -> None:
    from selenium.webdriver.common.by import By

    widest = max(seed.report.findings, key=lambda f: len({ev.article for ev in f.evidence}))
    n = len({ev.article for ev in widest.evidence})
    assert n >= 4, "the seed has a finding citing most of its articles"
    item = _open(page, widest.id)
    _wait(page, lambda d: d.execute_script(ON_SCREEN, item), "the opened finding was not scrolled to")
    tops = {round(c.rect["y"]) for c in item.find_elements(By.CSS_SELECTOR, "section.col")}
    assert len(tops) == 1, f"{n} columns should fit side by side in {WIDE[0]} pixels"
    assert page.save_screenshot(str(COMPARE_SHOT))
    assert COMPARE_SHOT.stat().st_size > 10_000

    page.set_window_size(*NARROW)
    _wait(page, lambda d: len({round(c.rect["y"]) for c in item.find_elements(By.CSS_SELECTOR, "section.col")}) == n,
          "columns did not wrap on a narrow window")
    width = page.execute_script("return document.documentElement.clientWidth;")
    assert all(c.rect["x"] + c.rect["width"] <= width + 1 for c in item.find_elements(By.CSS_SELECTOR, "section.col"))


def test_page_scrolls_as_one(page: Any, seed: Any) -> None:
    _open(page, seed.report.findings[0].id)
    nested = page.execute_script(
        "return Array.prototype.slice.call(document.querySelectorAll('body *')).filter(function (el) {"
        "  var y = getComputedStyle(el).overflowY;"
        "  return (y === 'auto' || y === 'scroll') && el.scrollHeight > el.clientHeight + 1;"
        "}).map(function (el) { return el.tagName + '.' + el.className; });"
    )
    assert nested == [], f"elements that scroll on their own: {nested}"


def test_next_and_previous_finding_by_key_and_button(page: Any, seed: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    ids = [f.id for f in seed.report.findings]
    assert len(ids) >= 3
    _press(page, "j")  # nothing open: the first
    assert _opened(page) == [ids[0]]
    _press(page, "j")
    assert _opened(page) == [ids[1]]
    item = page.find_element(By.ID, f"f-{ids[1]}")
    _wait(page, lambda d: d.execute_script(ON_SCREEN, item), "next finding not scrolled into view")
    assert page.find_element(By.ID, "pos").text == f"finding 2 of {len(ids)}"
    _click(page, page.find_element(By.ID, "next"))
    assert _opened(page) == [ids[2]]
    cols = page.find_elements(By.CSS_SELECTOR, f"#f-{ids[2]} .compare section.col")
    assert [c.get_attribute("data-article") for c in cols] == _cited(seed.report.findings[2], [
        e.id for e in seed.report.articles])
    assert all(c.is_displayed() for c in cols)
    _press(page, Keys.ARROW_LEFT)
    assert _opened(page) == [ids[1]]
    _click(page, page.find_element(By.ID, "prev"))
    _press(page, "k")  # at the first: stays there
    assert _opened(page) == [ids[0]]
    _press(page, Keys.ESCAPE)
    assert _opened(page) == []


def test_rule_code_opens_its_documentation(page: Any, seed: Any) -> None:
    from selenium.webdriver.common.by import By

    from checker.cli import main

    f = seed.report.findings[0]
    item = _open(page, f.id)
    _click(page, item.find_element(By.CSS_SELECTOR, "a.rule"))
    doc = page.find_element(By.ID, f"rule-{f.rule}")
    _wait(page, lambda d: doc.get_attribute("open") is not None, "the rule's documentation did not open")
    _wait(page, lambda d: d.execute_script(ON_SCREEN, doc), "the rule's documentation was not scrolled to")
    out = io.StringIO()
    assert main(["explain", f.rule], stdout=out, stderr=io.StringIO()) == 0
    assert _norm(doc.find_element(By.CSS_SELECTOR, "pre").text) == _norm(out.getvalue())


def test_click_highlight_in_full_text_opens_its_finding(page: Any, seed: Any) -> None:
    from selenium.webdriver.common.by import By

    first, other = seed.report.findings[0].id, None
    for f in seed.report.findings[1:]:
        anchor = page.find_elements(By.ID, f"ev-{f.id}-0")
        if anchor and first not in anchor[0].get_attribute("data-findings").split():
            other = f.id
            break
    assert other, "the seed cluster should have a second finding with evidence of its own"
    mark = page.find_element(By.ID, f"ev-{other}-0")
    assert mark.find_element(By.XPATH, "ancestor::section[@id='articles']")
    _click(page, mark)
    [selected] = _opened(page)
    assert selected in mark.get_attribute("data-findings").split()
    assert "active" in mark.get_attribute("class").split()
    item = page.find_element(By.ID, f"f-{selected}")
    _wait(page, lambda d: d.execute_script(ON_SCREEN, item), "the selected finding was not scrolled to")
    # and back: the compare view links down to the evidence in the full text
    link = item.find_element(By.CSS_SELECTOR, f"a.evlink[href='#ev-{selected}-0']")
    _click(page, link)
    _wait(page, lambda d: d.execute_script(ON_SCREEN, d.find_element(By.ID, f"ev-{selected}-0")),
          "the evidence link did not scroll to the full text")


def test_filter_hides_findings_and_dims_their_marks(page: Any, seed: Any) -> None:
    from selenium.webdriver.common.by import By

    severity = seed.report.findings[0].severity
    _click(page, page.find_element(By.CSS_SELECTOR, f".flt-sev[value='{severity}']"))
    hidden = page.find_elements(By.CSS_SELECTOR, "li.finding.hidden")
    assert len(hidden) == sum(f.severity == severity for f in seed.report.findings)
    assert not page.find_element(By.ID, f"f-{seed.report.findings[0].id}").is_displayed()
    _press(page, "j")  # navigation skips what the filter hides
    assert _opened(page) and _opened(page)[0] not in {li.get_attribute("data-finding") for li in hidden}


def test_print_layout_expands_every_finding(page: Any, seed: Any) -> None:
    from selenium.webdriver.common.by import By

    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        compares = page.find_elements(By.CSS_SELECTOR, "li.finding .compare")
        assert len(compares) == len(seed.report.findings)
        assert all(c.is_displayed() for c in compares)
        assert not page.find_element(By.CSS_SELECTOR, "nav.nav").is_displayed()
        styles = page.execute_script(
            "var li = document.querySelector('li.finding'), s = getComputedStyle(li);"
            "return [s.breakInside, getComputedStyle(document.body).backgroundColor, s.color];"
        )
        assert styles == ["avoid", "rgb(255, 255, 255)", "rgb(0, 0, 0)"]
    finally:
        page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


DRAFT_SHOT = ROOT / "build" / "html-draft.png"


def test_draft_view_puts_the_draft_first_with_the_sources_beside_it(
    browser: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The editor's check: only the draft's findings, each comparison opening with the draft's column."""
    from selenium.webdriver.common.by import By

    from checker.engine import check
    from checker.report import furniture_of, render

    draft = SEED / "004_929897891dabc3aa.txt"
    outcome = check([str(SEED)], drafts=[str(draft)])
    html = render("html", outcome.report, {a.id: a for a in outcome.loaded.articles}, furniture_of(outcome.extractions))
    path = tmp_path_factory.mktemp("html-draft") / "draft.html"
    path.write_text(html, encoding="utf-8")
    browser.set_window_size(*WIDE)
    browser.get(path.as_uri())
    assert "Draft check: 004 against 4 sources" in browser.find_element(By.CSS_SELECTOR, ".draftnote").text
    findings = outcome.report.findings
    assert findings and all(any(ev.article == "004" for ev in f.evidence) for f in findings)
    toll = next(f for f in findings if f.rule == "FC101")
    item = _open(browser, toll.id)
    assert "Your draft 004 says 15" in item.find_element(By.CSS_SELECTOR, ".msg").text
    cols = item.find_elements(By.CSS_SELECTOR, ".compare section.col")
    assert cols[0].get_attribute("data-article") == "004" and "draft" in (cols[0].get_attribute("class") or "")
    first_tags = [t.text for t in cols[0].find_elements(By.CSS_SELECTOR, ".tag")]
    assert first_tags[:2] == ["your draft", "15"]
    for col in cols[1:]:
        assert "majority (4)" in [t.text for t in col.find_elements(By.CSS_SELECTOR, ".tag")]
    DRAFT_SHOT.parent.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(DRAFT_SHOT))
    assert DRAFT_SHOT.stat().st_size > 10_000
