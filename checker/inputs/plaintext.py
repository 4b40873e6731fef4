"""Plain-text articles: UTF-8 text, an optional leading ` date YYYY-MM-DD` line, headline first."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from checker.inputs.errors import InputError
from checker.models import Segment

# A plain-text article may open with " date 2020-03-04 " (seed 003): the publication date, not body text.
DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
MAX_HEADLINE_WORDS = 20
MAX_OUTLET = 200  # characters of an outlet's name kept from metadata: a name, not a notice


@dataclass
class Parsed:
    text: str
    body_start: int
    title: str | None
    published: dt.date | None
    segments: tuple[Segment, ...] = ()  # where the text lies in the file; none: the text is the file as read
    source: str | None = None  # the outlet, when the file's metadata names one


def outlet_name(value: object) -> str | None:
    """A metadata value as an outlet's name: a string, on one line, at most ``MAX_OUTLET`` characters."""
    if not isinstance(value, str):
        return None
    name = " ".join(value.split())[:MAX_OUTLET]
    return name or None


def decode(path: str, raw: bytes) -> str:
    """Bytes to text. UTF-8 (a BOM is dropped); an undecodable byte is an error naming its offset."""
    if not raw.strip():
        raise InputError(path, "empty file" if not raw else "file holds only whitespace")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        # UTF-32 first: its little-endian BOM starts with UTF-16's, which would read it as NUL-laced text
        try:
            return raw.decode("utf-32")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"invalid UTF-32 at byte {exc.start}") from None
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"invalid UTF-16 at byte {exc.start}") from None
    if b"\x00" in raw[:4096]:
        raise InputError(path, "binary file (NUL bytes), not an article")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"invalid UTF-8 at byte {exc.start} (0x{raw[exc.start]:02x})") from None


def looks_like_headline(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= MAX_HEADLINE_WORDS and not line.rstrip().endswith((".", ",", ";", ":"))


def parse_text(path: str, text: str) -> Parsed:
    body_start, published = 0, None
    m = DATE_LINE.match(text)
    if m:
        try:
            published = dt.date.fromisoformat(m.group(1))
            body_start = m.end()
        except ValueError:
            raise InputError(path, f"bad date line {m.group(1)!r}") from None
    rest = text[body_start:]
    first = rest.lstrip().split("\n", 1)[0].strip()
    title = first if looks_like_headline(first) else None
    if not rest.strip():
        raise InputError(path, "no article text after the date line")
    return Parsed(text=text, body_start=body_start, title=title, published=published)
