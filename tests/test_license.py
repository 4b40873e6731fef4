"""The licence: MIT for the project, the bundled data's own licences attributed, and both in the package metadata."""

from __future__ import annotations

import fnmatch
import sys

from tests.conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PARSER = ROOT / "checker" / "data" / "parser"


def test_license_is_mit_for_the_checker_authors() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "Copyright (c) 2026 the checker authors" in text
    assert "WITHOUT WARRANTY OF ANY KIND" in text


def test_notice_attributes_the_bundled_and_used_data() -> None:
    notice = (ROOT / "NOTICE").read_text(encoding="utf-8")
    for needle in [
        "Universal Dependencies English Web Treebank",
        "Leland Stanford Junior University",
        "CC BY-SA 4.0",
        "ECB+",
        "Cybulska & Vossen",
        "CC BY 3.0",
        "GeoNames",
        "CC BY 4.0",
    ]:
        assert needle in notice, needle


def test_pyproject_declares_the_licence_and_its_files() -> None:
    project = PYPROJECT["project"]
    assert project["license"] == "MIT AND CC-BY-SA-4.0"  # the code, and the parser weights it ships
    assert set(project["license-files"]) == {"LICENSE", "NOTICE", "checker/data/parser/LICENSE"}
    assert all((ROOT / f).is_file() for f in project["license-files"])
    assert "Programming Language :: Python :: 3" in project["classifiers"]
    # PEP 639: a licence expression replaces the "License ::" classifiers, and setuptools refuses both
    assert not [c for c in project["classifiers"] if c.startswith("License ::")]


def test_the_parser_weights_ship_with_their_licence() -> None:
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["checker"]
    for name in ("LICENSE", "README.md", "meta.json"):
        assert (PARSER / name).is_file()
        assert any(fnmatch.fnmatch(f"data/parser/{name}", p) for p in patterns), name
    licence = (PARSER / "LICENSE").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in licence and "English Web Treebank" in licence
