"""Which 8-bit encoding a CSV file is in: Windows-1252 (Excel for Windows) or Mac Roman.

Both give a character to nearly every byte, so the file decodes either way;
only the words tell. In Windows-1252 the accented letters are bytes C0-FF and
in Mac Roman 80-9F, and each reading of the other's bytes gives symbols (√, ∆,
…) or letters in the wrong case ("JosŽ", "ConceiÁËo"). A word is plausible
when it is made of letters in one of the usual cases; each reading gets a vote
for every word plausible in it alone. Where the votes do not point one way
(words such as "Božena", which reads "Boûena" on a Mac), the import asks.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

WINDOWS = "cp1252"
MAC = "mac-roman"
# Bytes Windows-1252 leaves undefined; Mac Roman has letters there (Å ç è ê ù).
_NOT_WINDOWS = frozenset(b"\x81\x8d\x8f\x90\x9d")
_WORD = re.compile(r"[^\s;,\t\"'()/\\|:.!?=+*<>\[\]{}0-9-]+")
# Letters that no name is written with, though both encodings have them.
_UNLIKELY = frozenset("ƒı")
# A clear winner needs this many times the other reading's votes.
_MAJORITY = 4


def canonical(name: str) -> str:
    """The codec's own name ("cp1252", "mac-roman", "utf-8"...); ``LookupError`` if unknown."""
    found = codecs.lookup(name.strip().replace("windows-", "cp").replace("macintosh", "mac-roman"))
    return found.name


def _plausible(word: str) -> bool:
    for ch in word:
        if ch in "ºª":  # n.º, 1.ª: Portuguese abbreviations
            continue
        if ch in _UNLIKELY or not ch.isalpha():
            return False
        if not ch.isascii() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return word in (word.lower(), word.upper(), word.capitalize())


@dataclass(frozen=True)
class Verdict:
    encoding: str  # the one to read with
    sure: bool  # False: both readings look like names; ask


def judge(data: bytes) -> Verdict:
    """Windows-1252 or Mac Roman, for bytes that are not UTF-8."""
    if _NOT_WINDOWS & set(data):
        return Verdict(MAC, True)
    windows, mac = data.decode(WINDOWS), data.decode("mac_roman")
    votes = {WINDOWS: 0, MAC: 0}
    undecided = 0
    # One byte is one character in both: a word found in one reading is at the same place
    # in the other.
    for match in _WORD.finditer(windows):
        start, end = match.span()
        if data[start:end].isascii():
            continue
        in_windows, in_mac = _plausible(windows[start:end]), _plausible(mac[start:end])
        if in_windows and not in_mac:
            votes[WINDOWS] += 1
        elif in_mac and not in_windows:
            votes[MAC] += 1
        else:
            undecided += 1
    if votes[MAC] > _MAJORITY * votes[WINDOWS]:
        return Verdict(MAC, True)
    if votes[WINDOWS] > _MAJORITY * votes[MAC]:
        return Verdict(WINDOWS, True)
    # No clear answer (both readings look like names, or neither): Windows, and ask.
    return Verdict(WINDOWS, undecided == 0 and votes[WINDOWS] == votes[MAC] == 0)
