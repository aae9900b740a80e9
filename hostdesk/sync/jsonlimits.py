"""JSON from others, parsed only once its size and shape are known to be sane.

``json.loads`` of untrusted bytes can fail two ways the callers never meant
to handle: deep nesting ends in a ``RecursionError`` (a traceback where a
sentence was due), and a few megabytes of ``[{},{},…]`` become hundreds of
megabytes of Python objects. ``loads`` first measures the text at C speed,
in little memory: escaped backslashes and quotes are dropped, every byte but
quotes, brackets and commas is dropped, the strings that remain are blanked by
one regular expression, then brackets and commas are counted and the nesting
peeled a level per pass. What is too large, too deep or has too many values
is refused with ``JsonRefused``, a ``ValueError`` whose message is one
sentence for a person.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

# Once escaped backslashes and quotes are gone, a string literal is this; blanked so that
# brackets and commas inside strings do not count.
_STRING = re.compile(rb'"[^"]*"')
_NOT_STRUCTURE = bytes(sorted(set(range(256)) - set(b'"[]{},')))
_NOT_BRACKET = bytes(sorted(set(range(256)) - set(b"[]{}")))


class JsonRefused(ValueError):
    """The JSON is too large, too deep or too big in values to be parsed; not parsed."""


@dataclass(frozen=True)
class JsonLimits:
    max_bytes: int
    max_depth: int = 32
    max_containers: int = 10_000  # objects and arrays
    max_values: int = 100_000  # roughly: the commas, one per value beyond the first


# Small files and answers: receipts, key files, error answers, bundle headers and manifests.
SMALL = JsonLimits(max_bytes=64 * 1024, max_depth=16, max_containers=1_000, max_values=10_000)


def check_shape(data: bytes, limits: JsonLimits, what: str = "JSON") -> None:
    """Raise ``JsonRefused`` unless ``data`` is within ``limits`` (it may still be invalid)."""
    if len(data) > limits.max_bytes:
        raise JsonRefused(f"The {what} is larger than the {limits.max_bytes} bytes accepted.")
    structure = data.replace(b"\\\\", b"").replace(b'\\"', b"").translate(None, _NOT_STRUCTURE)
    bare = _STRING.sub(b"", structure)
    if bare.count(b"[") + bare.count(b"{") > limits.max_containers:
        raise JsonRefused(f"The {what} has more nested lists and objects than accepted.")
    if bare.count(b",") > limits.max_values:
        raise JsonRefused(f"The {what} has more values than accepted.")
    brackets = bare.translate(None, _NOT_BRACKET)
    for _level in range(limits.max_depth):
        peeled = brackets.replace(b"[]", b"").replace(b"{}", b"")
        if peeled == brackets:
            return  # nothing left to peel (or unbalanced: the parser will say so)
        brackets = peeled
    if brackets.replace(b"[]", b"").replace(b"{}", b"") != brackets:
        raise JsonRefused(f"The {what} is nested deeper than {limits.max_depth} levels.")


def loads(data: bytes, limits: JsonLimits = SMALL, what: str = "JSON") -> Any:
    """The parsed value; ``JsonRefused`` (a ValueError) if too large or deep, ValueError if invalid.

    Invalid UTF-8 is a ``ValueError`` too (``UnicodeDecodeError`` is one).
    """
    check_shape(data, limits, what)
    try:
        return json.loads(data.decode("utf-8"))
    except RecursionError:  # cannot happen within the limits; never a traceback regardless
        raise JsonRefused(f"The {what} is nested too deeply.") from None
