"""The file a family document's text is kept in: read, checked and filled in.

A text is a small Markdown file with a header, so that a translator or an
entity's staff can read and correct it in any editor::

    ---
    document: consent
    language: ar
    version: 1
    reviewed: false
    reviewed_by:
    reviewed_on:
    based_on: pt 1
    label.page: الصفحة {page} من {pages}
    ---
    # Title of the document
    A paragraph; lines that follow one another join into one paragraph.

    ## A heading
    - an item of a list
    - [ ] an item with a box to tick
    {{signatures}}

``{name}`` is filled from the vault (``family_texts.PLACEHOLDERS``); a line
whose placeholders are all empty is left out (no "Telephone:" with nothing
after it). ``{{slot}}`` alone on a line is where the layout puts the members,
the goals or the signature lines, with the text's ``label.*`` words.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from hostdesk.domain.family_texts import (
    BY_CODE,
    PLACEHOLDERS,
    RULES,
    FamilyDocument,
)
from hostdesk.domain.names import script_of
from hostdesk.domain.vocabulary import Script

MAX_TEXT_CHARS = 40_000  # a few pages; a larger "text" is a file chosen by mistake
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_SLOT = re.compile(r"^\{\{([a-z_]+)\}\}$")
_HEADER_KEY = re.compile(r"^[a-z_][a-z_.]*$")
_HEADER_FIELDS = ("document", "language", "version", "reviewed", "reviewed_by", "reviewed_on",
                  "based_on")  # fmt: skip
# A text in a non-Latin script may quote Latin names (RGPD, AIMA, the entity's name), but
# most of its letters must be in the script of its language.
_MIN_SCRIPT_SHARE = 0.6


class BlockKind(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"
    CHOICE = "choice"  # an item with a box to tick ("- [ ] ")
    SLOT = "slot"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str  # for a slot, the slot's name


class TextFormatError(ValueError):
    """A text file that cannot be used; ``code`` and ``values`` let the window translate it."""

    def __init__(self, code: str, message: str, *values: object) -> None:
        super().__init__(message)
        self.code = code
        self.values = tuple(str(v) for v in values)


@dataclass(frozen=True)
class FamilyText:
    """One document in one language, as read from its file."""

    document: FamilyDocument
    language: str
    version: int
    reviewed: bool  # as shipped: checked by the project
    reviewed_by: str
    reviewed_on: str
    based_on: str
    labels: Mapping[str, str]
    blocks: tuple[Block, ...]
    source: str = field(repr=False)

    @property
    def sha256(self) -> str:
        """Of the file's content, what a coordinator's review is bound to."""
        return text_sha256(self.source)

    @property
    def title(self) -> str:
        return next((b.text for b in self.blocks if b.kind is BlockKind.TITLE), "")


def text_sha256(source: str) -> str:
    return hashlib.sha256(_normal(source).encode("utf-8")).hexdigest()


def _normal(source: str) -> str:
    """Line ends and Unicode form as stored, so that a copy saved on Windows is the same text."""
    text = unicodedata.normalize("NFC", source.replace("\r\n", "\n").replace("\r", "\n"))
    return text.lstrip("\ufeff")


def parse(source: str) -> FamilyText:
    """The text in ``source``; ``TextFormatError`` says what is wrong and on which line."""
    if len(source) > MAX_TEXT_CHARS:
        raise TextFormatError(
            "too_long", f"A text has at most {MAX_TEXT_CHARS} characters.", MAX_TEXT_CHARS
        )
    lines = _normal(source).split("\n")
    header, body_start = _header(lines)
    document = _document(header.get("document", ""))
    code = header.get("language", "")
    if code not in BY_CODE:
        raise TextFormatError("language", f'The header names no known language ("{code}").', code)
    version_text = header.get("version", "")
    if not version_text.isdigit() or int(version_text) < 1:
        raise TextFormatError("version", "The header's version must be a whole number from 1.")
    reviewed = header.get("reviewed", "false").lower()
    if reviewed not in ("true", "false"):
        raise TextFormatError("reviewed", 'The header\'s "reviewed" must be true or false.')
    labels = {k[len("label."):]: v for k, v in header.items() if k.startswith("label.")}
    blocks = _blocks(lines[body_start:], body_start)
    return FamilyText(
        document=document,
        language=code,
        version=int(version_text),
        reviewed=reviewed == "true",
        reviewed_by=header.get("reviewed_by", ""),
        reviewed_on=header.get("reviewed_on", ""),
        based_on=header.get("based_on", ""),
        labels=labels,
        blocks=tuple(blocks),
        source=_normal(source),
    )


def _document(value: str) -> FamilyDocument:
    try:
        return FamilyDocument(value)
    except ValueError:
        raise TextFormatError(
            "document", f'The header names no known document ("{value}").', value
        ) from None


def _header(lines: list[str]) -> tuple[dict[str, str], int]:
    if not lines or lines[0].strip() != "---":
        raise TextFormatError("no_header", 'A text starts with a header between two "---" lines.')
    header: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            return header, number
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, colon, value = line.partition(":")
        key = key.strip()
        if not colon or not _HEADER_KEY.match(key):
            raise TextFormatError(
                "header_line", f'Line {number} of the header is not "name: value".', number
            )
        if key not in _HEADER_FIELDS and not key.startswith("label."):
            raise TextFormatError(
                "header_key", f'Line {number}: the header has no field "{key}".', number, key
            )
        header[key] = value.strip()
    raise TextFormatError("no_header", 'A text starts with a header between two "---" lines.')


def _blocks(lines: list[str], offset: int) -> list[Block]:
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block(BlockKind.PARAGRAPH, " ".join(paragraph)))
            paragraph.clear()

    for number, raw in enumerate(lines, start=offset + 1):
        line = raw.strip()
        slot = _SLOT.match(line)
        if not line:
            flush()
        elif line.startswith("## "):
            flush()
            blocks.append(Block(BlockKind.HEADING, line[3:].strip()))
        elif line.startswith("# "):
            flush()
            blocks.append(Block(BlockKind.TITLE, line[2:].strip()))
        elif line.startswith("- [ ] "):
            flush()
            blocks.append(Block(BlockKind.CHOICE, line[6:].strip()))
        elif line.startswith("- "):
            flush()
            blocks.append(Block(BlockKind.ITEM, line[2:].strip()))
        elif slot:
            flush()
            blocks.append(Block(BlockKind.SLOT, slot.group(1)))
        elif line.startswith("#"):
            raise TextFormatError(
                "heading", f'Line {number}: a heading is "# " or "## " then its words.', number
            )
        else:
            paragraph.append(line)
    flush()
    return blocks


def check(text: FamilyText, document: FamilyDocument | None = None, language: str = "") -> None:
    """Everything the layout needs is there and nothing it cannot fill; raises otherwise.

    ``document`` and ``language`` are what the text is meant to be: a correction
    saved as Arabic must say it is Arabic, and be written in Arabic script.
    """
    if document is not None and text.document is not document:
        raise TextFormatError(
            "wrong_document", f'This text is of the document "{text.document}", not '
            f'"{document}".', text.document, document,
        )  # fmt: skip
    if language and text.language != language:
        raise TextFormatError(
            "wrong_language", f'This text says it is in "{text.language}", not "{language}".',
            text.language, language,
        )  # fmt: skip
    rules = RULES[text.document]
    titles = [b for b in text.blocks if b.kind is BlockKind.TITLE]
    if len(titles) != 1 or text.blocks[0].kind is not BlockKind.TITLE:
        raise TextFormatError("title", 'A text starts with one title line ("# ").')
    slots = [b.text for b in text.blocks if b.kind is BlockKind.SLOT]
    for slot in slots:
        if slot not in rules.slots:
            raise TextFormatError("slot", f"This document has no place {{{{{slot}}}}}.", slot)
    for slot in sorted(rules.required_slots - set(slots)):
        raise TextFormatError("slot_missing", f"The text lacks {{{{{slot}}}}}.", slot)
    for label in rules.labels:
        if not text.labels.get(label, "").strip():
            raise TextFormatError("label_missing", f'The header lacks "label.{label}".', label)
    for value in [b.text for b in text.blocks if b.kind is not BlockKind.SLOT]:
        for name in _PLACEHOLDER.findall(value):
            if name not in PLACEHOLDERS:
                raise TextFormatError(
                    "placeholder", f"The text uses {{{name}}}, which HostDesk cannot fill.", name
                )
    _check_script(text)


def _check_script(text: FamilyText) -> None:
    """A text filed as Tigrinya is written in Ge'ez, one filed as Arabic in Arabic script.

    This is what stops a Portuguese or English text being printed under another
    language's name. Latin-script languages cannot be told apart this way; the
    storage layer refuses a correction that repeats another language's text.
    """
    expected = BY_CODE[text.language].script
    words = " ".join(_PLACEHOLDER.sub(" ", b.text) for b in text.blocks
                     if b.kind is not BlockKind.SLOT)  # fmt: skip
    letters = [ch for ch in words if unicodedata.category(ch).startswith("L")]
    if not letters:
        raise TextFormatError("empty", "The text has no words.")
    if expected is Script.LATIN:
        foreign = [ch for ch in letters if script_of(ch) is not Script.LATIN]
        if len(foreign) > len(letters) * (1 - _MIN_SCRIPT_SHARE):
            raise TextFormatError("script", "The text is not written in its language's script.")
        return
    share = sum(1 for ch in letters if script_of(ch) is expected) / len(letters)
    if share < _MIN_SCRIPT_SHARE:
        raise TextFormatError("script", "The text is not written in its language's script.")


def fill(text: str, values: Mapping[str, str]) -> str | None:
    """``text`` with its placeholders filled; None when all of them are empty (line left out)."""
    names = _PLACEHOLDER.findall(text)
    if names and not any(values.get(name, "").strip() for name in names):
        return None
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), text)


def resolved(text: FamilyText, values: Mapping[str, str]) -> list[Block]:
    """The blocks to lay out, placeholders filled, empty lines left out."""
    out: list[Block] = []
    for block in text.blocks:
        if block.kind is BlockKind.SLOT:
            out.append(block)
            continue
        filled = fill(block.text, values)
        if filled is not None and filled.strip():
            out.append(Block(block.kind, filled))
    return out


def label(text: FamilyText, key: str, **values: object) -> str:
    """A label with its {page}-style values filled ({page}, {pages}, {date})."""
    words = text.labels.get(key, "")
    for name, value in values.items():
        words = words.replace("{" + name + "}", str(value))
    return words
