"""Coded life before arrival: occupation (ISCO-08 groups) and schooling (ISCED 2011 levels).

The tables themselves are reviewed data files (resources/data/isco08-groups.json,
isced2011-levels.json) read by :mod:`hostdesk.storage.classifications`; this
module only parses and checks them, so it stays free of I/O.
"""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    code: str
    en: str
    pt: str

    def label(self, lang: str) -> str:
        return self.pt if lang.startswith("pt") else self.en


@dataclass(frozen=True)
class Classification:
    name: str
    codes: tuple[Code, ...]

    def known(self) -> frozenset[str]:
        return frozenset(c.code for c in self.codes)

    def get(self, code: str | None) -> Code | None:
        return next((c for c in self.codes if c.code == code), None)


def parse_isco(text: str) -> Classification:
    """ISCO-08's major (1 digit) and sub-major (2 digits) groups; refuses a broken table."""
    data = json.loads(text)
    codes = tuple(Code(g["code"], g["en"], g["pt"]) for g in data["groups"])
    seen = [c.code for c in codes]
    majors = {c for c in seen if len(c) == 1}
    if len(set(seen)) != len(seen) or not all(
        c.isdigit() and (len(c) == 1 or (len(c) == 2 and c[0] in majors)) for c in seen
    ):
        raise ValueError("The ISCO-08 table has a code twice or a code out of place.")
    return Classification(data["classification"], codes)


def parse_isced(text: str) -> Classification:
    data = json.loads(text)
    codes = tuple(Code(g["code"], g["en"], g["pt"]) for g in data["levels_list"])
    if [c.code for c in codes] != [str(n) for n in range(len(codes))]:
        raise ValueError("The ISCED table must list its levels 0, 1, 2... once each.")
    return Classification(data["classification"], codes)
