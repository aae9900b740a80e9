"""Compile a Qt Linguist catalogue (.ts) to the binary form QTranslator reads (.qm).

The window's translations are compiled from the .ts in memory when the app
starts, so no generated file can be missing from a wheel or a bundle, or be
older than its source: what a clone, an installed wheel and a frozen bundle
show is always the .ts that ships with them. The output is byte for byte what
``lrelease`` writes with its defaults (a test compares the two), so Qt reads
it exactly as it reads lrelease's files. The .qm layout (a magic number, then
tagged blocks: language, a sorted table of message hashes and offsets, the
messages, the plural rules) is the one Qt Linguist's ``qm.cpp`` writes in its
default "save everything" mode.
"""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

_LANGUAGE, _HASHES, _MESSAGES, _NUMERUS_RULES = 0xA7, 0x42, 0x69, 0x88
_TAG_END, _TAG_TRANSLATION, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 1, 3, 6, 7, 8

# Qt's plural rules (numerus.cpp) for the languages HostDesk ships: European
# Portuguese, like English, is singular only for exactly one (Q_EQ 1); Brazilian
# Portuguese and French also for zero.
_NUMERUS_RULES_BY_LANGUAGE = {"pt_PT": b"\x01\x01", "en": b"\x01\x01"}


class CatalogueError(ValueError):
    """The .ts cannot be compiled (not a catalogue, or a language without known plural rules)."""


@dataclass(frozen=True)
class _Message:
    context: bytes
    source: bytes
    comment: bytes
    translations: tuple[str, ...]


def _elf_hash(data: bytes) -> int:
    """The hash QTranslator looks messages up by (the ELF symbol hash, never 0)."""
    h = 0
    for byte in data:
        if byte == 0:
            break
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _qbytearray(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def _qstring(text: str) -> bytes:
    encoded = text.encode("utf-16-be")
    return struct.pack(">I", len(encoded)) + encoded


def _messages(root: ElementTree.Element) -> list[_Message]:
    """The messages lrelease keeps, keyed and ordered as lrelease keys and orders them.

    Finished messages, and unfinished ones that have a text. A disambiguation
    comment is dropped, as lrelease drops it, when the context has no message
    with the same source and no comment (the lookup then needs no comment).
    """
    every = [
        (context, message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]
    plain = {
        (_text(context, "name"), _text(message, "source"))
        for context, message in every
        if not _text(message, "comment")
    }
    found: dict[tuple[bytes, bytes, bytes], _Message] = {}
    for context, message in every:
        element = message.find("translation")
        if element is None or element.get("type") in {"obsolete", "vanished"}:
            continue
        forms = [form.text or "" for form in element.iter("numerusform")]
        translations = tuple(forms) if message.get("numerus") == "yes" else (element.text or "",)
        if element.get("type") == "unfinished" and not any(translations):
            continue
        name, source, comment = (
            _text(context, "name"),
            _text(message, "source"),
            _text(message, "comment"),
        )
        if comment and name and (name, source) not in plain and (name, source, b"") not in found:
            comment = b""
        # The first of two identical keys wins, as in lrelease's map.
        found.setdefault((name, source, comment), _Message(name, source, comment, translations))
    return [found[key] for key in sorted(found)]


def _text(element: ElementTree.Element, child: str) -> bytes:
    return (element.findtext(child) or "").encode("utf-8")


def _message_bytes(message: _Message) -> bytes:
    out = bytearray()
    for text in message.translations:
        out += bytes([_TAG_TRANSLATION]) + _qstring(text)
    out += bytes([_TAG_COMMENT]) + _qbytearray(message.comment)
    out += bytes([_TAG_SOURCE]) + _qbytearray(message.source)
    out += bytes([_TAG_CONTEXT]) + _qbytearray(message.context)
    out += bytes([_TAG_END])
    return bytes(out)


def _block(tag: int, data: bytes) -> bytes:
    return bytes([tag]) + struct.pack(">I", len(data)) + data if data else b""


def compile_ts(ts: bytes) -> bytes:
    """The .qm bytes of the .ts document ``ts``."""
    try:
        root = ElementTree.fromstring(ts)
    except ElementTree.ParseError as error:
        raise CatalogueError(f"not a Qt Linguist catalogue: {error}") from None
    if root.tag != "TS":
        raise CatalogueError("not a Qt Linguist catalogue: no <TS> root")
    language = root.get("language", "")
    rules = _NUMERUS_RULES_BY_LANGUAGE.get(language)
    if rules is None:
        raise CatalogueError(f"no plural rules known for language {language!r}")
    messages = bytearray()
    offsets: list[tuple[int, int]] = []
    for message in _messages(root):
        offsets.append((_elf_hash(message.source + message.comment), len(messages)))
        messages += _message_bytes(message)
    hashes = b"".join(struct.pack(">II", h, o) for h, o in sorted(offsets))
    return (
        MAGIC
        + _block(_LANGUAGE, language.encode("utf-8"))
        + _block(_HASHES, hashes)
        + _block(_MESSAGES, bytes(messages))
        + _block(_NUMERUS_RULES, rules)
    )
