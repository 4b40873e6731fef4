"""Project configuration: ``[tool.checker]`` in pyproject.toml, a ``checker.toml``, or ``--config PATH``.

Keys (hyphens or underscores)::

    select = ["FC101", "FC103"]        # rules to run (default: all)
    ignore = ["FC112"]                 # rules to skip
    severity = { FC103 = "info" }      # per-rule severity override
    fail-on = "warning"                # error | warning | info | never
    quote-cutoff = 85                  # any threshold of checker/settings.py, where each is declared
                                       # once with its bounds (`checker explain CODE` lists a rule's)

Discovery, when no ``--config`` is given: ``checker.toml`` in the current directory, else a
``pyproject.toml`` there that has a ``[tool.checker]`` table; otherwise the defaults. A file that
names an unknown key or holds a bad value raises :class:`ConfigError` with a one-line message naming
the key; the command line turns it into exit 2. Command-line options override the file.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model, field_validator

from checker.models import Severity
from checker.settings import Settings, declared

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FailOn = Literal["error", "warning", "info", "never"]


class ConfigError(Exception):
    """A configuration file that cannot be used; the message is one line and names the culprit."""


def _hyphen(name: str) -> str:
    return name.replace("_", "-")


class _Config(BaseModel):
    """The keys every configuration has; the thresholds are added from ``checker.settings``."""

    model_config = ConfigDict(extra="forbid", alias_generator=_hyphen, populate_by_name=True, frozen=True)

    select: list[str] | None = None
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, Severity] = Field(default_factory=dict)
    fail_on: FailOn | None = None

    @field_validator("select", "ignore", mode="after")
    @classmethod
    def _known_codes(cls, codes: list[str] | None) -> list[str] | None:
        if codes is None:
            return None
        return [_known(c) for c in codes]

    @field_validator("severity", mode="after")
    @classmethod
    def _known_severity_codes(cls, table: dict[str, Severity]) -> dict[str, Severity]:
        return {_known(code): sev for code, sev in table.items()}

    def rules(self) -> set[str]:
        """The rule codes to run: ``select`` (or every rule) less ``ignore``."""
        from checker.rules import RULES

        return set(self.select if self.select is not None else RULES) - set(self.ignore)

    def settings(self) -> Settings:
        """The rules' :class:`~checker.rules.Settings`, with the thresholds this file sets."""
        names = {s.name for s in declared()}
        given = {k: v for k, v in self.model_dump(exclude_none=True).items() if k in names}
        return Settings(**given)


if TYPE_CHECKING:
    Config = _Config
else:
    # one optional key per declared threshold, with the declaration's bounds
    Config = create_model(
        "Config",
        __base__=_Config,
        **{s.name: (float | None, Field(default=None, ge=s.low, le=s.high, description=s.doc)) for s in declared()},
    )


def _known(code: str) -> str:
    from checker.rules import RULES

    upper = code.strip().upper()
    if upper not in RULES:
        raise ValueError(f"unknown rule code {code!r}")
    return upper


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        if err["type"] == "extra_forbidden":
            parts.append(f"unknown key {key!r}")
        else:
            msg = err["msg"].removeprefix("Value error, ")
            parts.append(f"bad value for {key!r}: {msg}")
    return "; ".join(parts)


def parse(data: dict[str, Any], source: str = "config") -> Config:
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{source}: {_describe(exc)}") from None


MAX_CONFIG_BYTES = 1024 * 1024


def read_toml(p: Path) -> dict[str, Any]:
    """A TOML file as a table; every way it can be unusable is a one-line ``ConfigError`` naming it.

    Only a regular file of at most 1 MB is read (``--config /dev/zero`` must not hang), and the
    parser's own failures on hostile input (not UTF-8, nesting deeper than the recursion limit, an
    integer over Python's 4,300-digit limit) are named as such rather than escaping as internal errors.
    """
    from checker.inputs.errors import InputError
    from checker.inputs.files import read_bytes

    try:
        raw = read_bytes(str(p), MAX_CONFIG_BYTES)
    except InputError as exc:
        raise ConfigError(f"{p}: {exc.problem}") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{p}: not UTF-8 (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{p}: not valid TOML: nested too deeply") from None
    except ValueError:  # int() of a number over the 4,300-digit limit
        raise ConfigError(f"{p}: not valid TOML: a number too long to read") from None


def load(path: str | Path) -> Config:
    """Read one file: a pyproject.toml's ``[tool.checker]`` table, or a whole checker.toml."""
    p = Path(path)
    data = read_toml(p)
    if p.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("checker", {}) if isinstance(tool, dict) else None
        if not isinstance(table, dict):
            raise ConfigError(f"{p}: [tool.checker] must be a table")
        return parse(table, f"{p} [tool.checker]")
    return parse(data, str(p))


def discover(cwd: str | Path | None = None) -> Config:
    """The configuration in force in ``cwd`` (default: the current directory)."""
    here = Path(cwd) if cwd is not None else Path.cwd()
    if (here / "checker.toml").is_file():
        return load(here / "checker.toml")
    pyproject = here / "pyproject.toml"
    if pyproject.is_file():
        try:
            tool = read_toml(pyproject).get("tool", {})
            has_table = isinstance(tool, dict) and "checker" in tool
        except ConfigError:
            has_table = False  # somebody else's broken pyproject is not our configuration
        if has_table:
            return load(pyproject)
    return Config()


def resolve(path: str | None) -> Config:
    """``--config PATH`` when given, else discovery in the current directory."""
    return load(path) if path else discover()
