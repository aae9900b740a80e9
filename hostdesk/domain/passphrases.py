"""How strong a new passphrase is, and how long to wait after failed unlocks.

The strength estimate is deliberately simple and conservative: it counts
character classes and length, and punishes what guessers try first (common
words, repeats, keyboard runs). It guides a person choosing a passphrase; the
real protection is Argon2id.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import IntEnum

MIN_LENGTH = 10

# Words attackers try first; a passphrase made only of these is weak.
_COMMON = frozenset(
    """
    password passw0rd palavra passe senha segredo secret admin qwerty azerty
    123456 1234567 12345678 123456789 abc123 letmein welcome bemvindo portugal
    lisboa porto benfica sporting hostdesk refugiado refugee familia family
    """.split()  # noqa: SIM905 (a word list reads better this way)
)
_RUNS = ("abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm", "0123456789")


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


@dataclass(frozen=True)
class StrengthEstimate:
    strength: Strength
    bits: float

    @property
    def acceptable(self) -> bool:
        return self.strength >= Strength.FAIR


def estimate(passphrase: str) -> StrengthEstimate:
    """A rough strength for a new passphrase (never stored, never logged)."""
    if len(passphrase) < MIN_LENGTH:
        return StrengthEstimate(Strength.TOO_SHORT, 0.0)
    bits = _bits(passphrase)
    if bits < 40:
        strength = Strength.WEAK
    elif bits < 60:
        strength = Strength.FAIR
    elif bits < 80:
        strength = Strength.GOOD
    else:
        strength = Strength.STRONG
    return StrengthEstimate(strength, bits)


def _bits(passphrase: str) -> float:
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 20
    if any(ord(c) > 127 for c in passphrase):
        pool += 40
    # Repeated characters and keyboard runs add almost nothing for a guesser.
    effective = _effective_length(passphrase.lower())
    bits = effective * math.log2(max(pool, 2))
    words = _split_words(passphrase.lower())
    if words and all(w in _COMMON or w.isdigit() for w in words):
        bits = min(bits, 20.0)
    return bits


def _effective_length(text: str) -> float:
    length = 0.0
    for i, c in enumerate(text):
        if i and (c == text[i - 1] or _continues_run(text[i - 1], c)):
            length += 0.25
        else:
            length += 1.0
    return length


def _continues_run(previous: str, current: str) -> bool:
    return any(previous + current in run for run in _RUNS)


def _split_words(text: str) -> list[str]:
    # Letters and digits apart: "password123" is a common word and a number.
    return re.findall(r"[^\W\d_]+|\d+", text)


# -- failed unlocks ------------------------------------------------------------

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 60


def delay_after_failures(failures: int) -> int:
    """Seconds to wait before the next attempt: none for a few slips, then doubling."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_ATTEMPTS + 1))
