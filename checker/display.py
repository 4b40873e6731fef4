"""Untrusted strings made safe to show: the one place every human-readable output escapes through.

File names, ids and article text come from whoever wrote the cluster folder. Shown raw, a newline in
a file name starts a new line that a CI system reads as a workflow command (``::error ...``), an
escape sequence (``\\x1b[31m``) in article text repaints the reader's terminal, and a file name that
is not UTF-8 (kept by Python as lone surrogates) cannot even be written to a UTF-8 stream.
"""

from __future__ import annotations

import os
import re

# C0 and C1 controls, DEL, and the Unicode line and paragraph separators (which some viewers break on)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match[str]) -> str:
    ch = m.group(0)
    return _NAMED.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")


def displayable(text: str) -> str:
    """``text`` with no lone surrogate, so it encodes as UTF-8.

    A file name's undecodable bytes (``\\xff`` kept by ``os.listdir`` as ``\\udcff``) come back as the
    bytes they were, written ``\\xff``; any other lone surrogate as ``\\ud800``.
    """
    if not _SURROGATE.search(text):
        return text
    try:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    except UnicodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def one_line(text: str) -> str:
    """``text`` as one printable line: controls and line breaks written as escapes (``\\n``, ``\\x1b``)."""
    return _CONTROL.sub(_escape, displayable(text))


def has_surrogates(text: str) -> bool:
    return bool(_SURROGATE.search(text))


def replace_surrogates(text: str) -> str:
    """Each lone surrogate (JSON allows ``"\\ud800"``) as U+FFFD: one character for one, so offsets stay."""
    return _SURROGATE.sub("\ufffd", text)


def without_controls(text: str) -> str:
    """Multi-line text (a report's failure text) with its controls escaped but its line breaks (LF, CR) kept:
    for formats that carry line breaks themselves (JUnit XML, GitHub's %0A)."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", _escape, displayable(text))


def _picture(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else "\ufffd"


def visible_controls(text: str) -> str:
    """Controls other than line breaks and tabs as their visible symbols (ESC as U+241B), one character
    for one: for a page that lays article text out by character (the HTML report)."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", _picture, displayable(text))


def plural(count: int, noun: str) -> str:
    """ "1 error", "2 errors", "0 notes": a count with its noun, for the human-readable reports."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
