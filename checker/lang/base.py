"""The strict base of every language-data schema."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _lower_all(values: list[str]) -> list[str]:
    return [v.lower() for v in values]


WORDS = re.compile(r"[a-z]+(?:[ -][a-z]+)*")
