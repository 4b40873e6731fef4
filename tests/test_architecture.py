"""The pyramid: each part of the checker imports only the parts below it (and its own), so nothing reaches
back up and no import cycle can form; claim kinds and rules stand alone beside each other."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

CHECKER = Path(__file__).resolve().parent.parent / "checker"
# bottom first; a part may import its own layer's modules and any lower layer's
LAYERS = [
    {"__init__", "models", "lang", "display", "output", "progress", "settings"},
    {"normalise", "inputs", "match", "sides"},
    {"analysis"},  # one pass per article, the parser, the cluster's main event
    {"claims", "provenance"},  # one module per claim kind
    {"rules", "draft"},  # rules read claims and analyses
    {"config", "report"},
    {"engine", "baseline"},
    {"cli", "__main__"},
]
LAYER_OF = {part: n for n, parts in enumerate(LAYERS) for part in parts}
# rules/ modules every rule may use: the base class, the registry and shared work that is not a rule
RULES_SHARED = {"__init__", "base", "counting", "tolls", "slips", "dating"}


def _modules() -> list[tuple[tuple[str, ...], Path]]:
    out = []
    for path in sorted(CHECKER.rglob("*.py")):
        parts = path.relative_to(CHECKER).with_suffix("").parts
        out.append((parts, path))
    return out


def _imports(path: Path) -> list[tuple[str, ...]]:
    """The checker modules a file imports, as dotted parts after ``checker``."""
    found: list[tuple[str, ...]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "checker":
            base = tuple(node.module.split(".")[1:])
            found.extend(base + (a.name,) if not base else base for a in node.names)
        elif isinstance(node, ast.Import):
            found.extend(tuple(a.name.split(".")[1:]) for a in node.names if a.name.startswith("checker."))
    return [f for f in found if f]


MODULES = _modules()


def test_every_part_has_a_layer() -> None:
    parts = {parts[0] for parts, _ in MODULES}
    assert parts - {"data"} <= set(LAYER_OF), parts - set(LAYER_OF)


@pytest.mark.parametrize(("parts", "path"), MODULES, ids=["/".join(p) for p, _ in MODULES])
def test_imports_only_reach_down(parts: tuple[str, ...], path: Path) -> None:
    own = LAYER_OF[parts[0]]
    up = [".".join(i) for i in _imports(path) if LAYER_OF.get(i[0], 0) > own]
    assert not up, f"checker/{'/'.join(parts)}.py imports from a layer above it: {up}"


@pytest.mark.parametrize(("parts", "path"), MODULES, ids=["/".join(p) for p, _ in MODULES])
def test_rules_and_claim_kinds_stand_alone(parts: tuple[str, ...], path: Path) -> None:
    """A rule imports no other rule; a claim kind no other claim kind (their shared ground is below them)."""
    if len(parts) < 2 or parts[0] not in ("rules", "claims") or parts[1] == "__init__":
        return
    for i in _imports(path):
        if parts[0] == "rules" and i[:1] == ("rules",):
            assert len(i) < 2 or i[1] in RULES_SHARED or i[1] == parts[1], f"{'/'.join(parts)} imports rule {i}"
        if parts[0] == "claims" and i[:1] == ("claims",) and len(i) > 1:
            assert i[1] == parts[1], f"claims/{'/'.join(parts[1:])} imports another claim kind: {i}"


def test_the_cli_offers_every_registered_claim_kind() -> None:
    """`checker claims --kind` lists the registry's kinds (the CLI does not import the extractors to start)."""
    from checker.claims import EXTRACTORS
    from checker.cli import CLAIM_KINDS

    assert CLAIM_KINDS == list(EXTRACTORS)


def test_each_extractor_gives_claims_of_its_own_kind() -> None:
    from checker.claims import EXTRACTORS, extract_cluster
    from checker.inputs import load_paths

    seed = CHECKER.parent / "fixtures" / "afghanistan-2020-03"
    analyses = extract_cluster(load_paths([str(seed)]).articles)
    kinds = {c.kind for a in analyses for c in a.claims}
    assert kinds <= set(EXTRACTORS) and len(kinds) >= 6
    for kind, extract in EXTRACTORS.items():
        assert all(c.kind == kind for a in analyses for c in extract(a))


def _settings_read(path: Path) -> set[str]:
    """The settings a module reads (``ctx.settings.NAME``), with those of the shared rule modules it imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) and node.value.attr == "settings"
    }
    for i in _imports(path):
        if i[:1] == ("rules",) and len(i) > 1 and i[1] in RULES_SHARED - {"__init__", "base"}:
            names |= _settings_read(CHECKER / "rules" / f"{i[1]}.py")
    return names


def test_each_rule_declares_the_settings_it_reads() -> None:
    """``Rule.reads`` is the truth `checker explain` and the config documentation show: no more, no less."""
    from checker.rules import RULES
    from checker.settings import declared

    known = {s.name for s in declared()}
    for code, rule in RULES.items():
        path = Path(sys.modules[rule.__module__].__file__ or "")
        assert set(rule.reads) <= known, code
        assert set(rule.reads) == _settings_read(path), f"{code} reads {sorted(_settings_read(path))}"


MODULE_LINES = 300  # a module says one thing: split it before it says several
FUNCTION_LINES = 80  # a function does one step: the pipeline's steps read in engine.py, not inside one function


def test_modules_and_functions_stay_small() -> None:
    """Every module of ``checker/`` is at most MODULE_LINES long and every function at most FUNCTION_LINES."""
    long_modules, long_functions = [], []
    for parts, path in MODULES:
        source = path.read_text(encoding="utf-8")
        name = "/".join(parts)
        if source.count("\n") > MODULE_LINES:
            long_modules.append(f"{name}.py ({source.count(chr(10))} lines)")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno is not None:
                length = node.end_lineno - node.lineno + 1
                if length > FUNCTION_LINES:
                    long_functions.append(f"{name}.py: {node.name} ({length} lines)")
    assert not long_modules, long_modules
    assert not long_functions, long_functions
