"""The HTML report in a real headless Chromium: it renders, and the finding <-> evidence links work.

Needs Debian's ``chromium`` and ``chromium-driver`` (``make browser``, which ``make test`` runs) and
selenium (the dev extra). Skipped, with the reason, only when Chromium or its driver is not installed.
The screenshot of the seed cluster's report is written to build/html-report.png.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SEED

CHROMIUM = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser")) if p), None)
CHROMEDRIVER = shutil.which("chromedriver")
SCREENSHOT = ROOT / "build" / "html-report.png"

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
    from checker.report import render

    html = render("html", seed.report, {a.id: a for a in seed.loaded.articles})
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
        "--window-size=1400,1000",
        f"--user-data-dir={profile}",
    ):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=opts)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _wait(driver: Any, condition: Any, what: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 5, poll_frequency=0.05).until(lambda d: condition(d), message=what)


def _section(driver: Any, article_id: str) -> Any:
    from selenium.webdriver.common.by import By

    for sec in driver.find_elements(By.CSS_SELECTOR, "section.article"):
        if sec.find_element(By.CSS_SELECTOR, "header h2").text == article_id:
            return sec
    raise AssertionError(f"no article section for {article_id}")


# true when the element is inside the visible part of its own scrolling article pane (the articles
# need not all fit in the window at once: on a narrow screen they are stacked)
IN_VIEW = """
var el = arguments[0], pane = el.closest('.text');
var r = el.getBoundingClientRect(), p = pane.getBoundingClientRect();
return r.height > 0 && r.top >= p.top - 1 && r.bottom <= p.bottom + 1;
"""


def _click(driver: Any, element: Any) -> None:
    # centre it first: the sticky header would otherwise intercept a click near the top
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.click()


def test_click_finding_shows_its_evidence_in_every_cited_article(browser: Any, report_file: Path, seed: Any) -> None:
    from selenium.webdriver.common.by import By

    browser.get(report_file.as_uri())
    findings = browser.find_elements(By.CSS_SELECTOR, "li.finding")
    assert len(findings) == len(seed.report.findings) > 0
    first = seed.report.findings[0]
    cited = sorted({ev.article for ev in first.evidence})
    assert len(cited) >= 2, "the seed's first finding should compare at least two articles"

    _click(browser, findings[0].find_element(By.CSS_SELECTOR, ".head"))
    assert "active" in findings[0].get_attribute("class").split()
    assert findings[0].get_attribute("data-finding") == first.id

    for article_id in cited:
        sec = _section(browser, article_id)
        marks = sec.find_elements(By.CSS_SELECTOR, "mark.ev.active")
        assert marks, f"no highlighted evidence in article {article_id}"
        assert all(first.id in m.get_attribute("data-findings").split() for m in marks)
        shown = " ".join(" ".join(m.text.split()) for m in marks)
        for ev in first.evidence:
            if ev.article == article_id:
                assert " ".join(ev.text.split()) in shown or all(
                    word in shown for word in ev.text.split()
                ), f"evidence {ev.text!r} of {first.id} not highlighted in {article_id}"
        # the article's own pane was scrolled so that the span is on screen
        _wait(browser, lambda d, m=marks[0]: d.execute_script(IN_VIEW, m), f"evidence not in view in {article_id}")

    # nothing outside the cited evidence is active
    for mark in browser.find_elements(By.CSS_SELECTOR, "mark.ev.active"):
        assert first.id in mark.get_attribute("data-findings").split()

    SCREENSHOT.parent.mkdir(exist_ok=True)
    browser.execute_script("window.scrollTo(0, 0);")
    assert browser.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000


def test_click_highlight_selects_its_finding(browser: Any, report_file: Path, seed: Any) -> None:
    from selenium.webdriver.common.by import By

    browser.get(report_file.as_uri())
    first, other = seed.report.findings[0].id, None
    for f in seed.report.findings[1:]:
        anchor = browser.find_elements(By.ID, f"ev-{f.id}-0")
        if anchor and first not in anchor[0].get_attribute("data-findings").split():
            other = f.id
            break
    assert other, "the seed cluster should have a second finding with evidence of its own"

    _click(browser, browser.find_element(By.CSS_SELECTOR, f"#f-{first} .head"))
    mark = browser.find_element(By.ID, f"ev-{other}-0")
    _click(browser, mark)
    # a mark covering several findings selects the first of them; ours is among them
    selected = browser.find_element(By.CSS_SELECTOR, "li.finding.active").get_attribute("data-finding")
    assert selected in mark.get_attribute("data-findings").split()
    assert selected != first
    assert len(browser.find_elements(By.CSS_SELECTOR, "li.finding.active")) == 1
    assert "active" in mark.get_attribute("class").split()
    _wait(
        browser,
        lambda d: d.execute_script(
            "var r = arguments[0].getBoundingClientRect(), a = arguments[0].closest('aside').getBoundingClientRect();"
            "return r.bottom > a.top && r.top < a.bottom;",
            d.find_element(By.ID, f"f-{selected}"),
        ),
        "selected finding not scrolled into the findings list",
    )


def test_filter_hides_findings_and_dims_their_marks(browser: Any, report_file: Path, seed: Any) -> None:
    from selenium.webdriver.common.by import By

    browser.get(report_file.as_uri())
    severity = seed.report.findings[0].severity
    box = browser.find_element(By.CSS_SELECTOR, f".flt-sev[value='{severity}']")
    _click(browser, box)
    hidden = browser.find_elements(By.CSS_SELECTOR, "li.finding.hidden")
    assert len(hidden) == sum(f.severity == severity for f in seed.report.findings)
    assert not browser.find_element(By.ID, f"f-{seed.report.findings[0].id}").is_displayed()
