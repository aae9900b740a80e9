"""Translations for everything that is not Qt: the command line and plain-text messages.

The CLI speaks the same European Portuguese as the window, from the same
catalogue (``resources/translations/hostdesk_pt_PT.ts``, kept with Qt Linguist
and ``make translations``). Strings are marked ``translate("Context", "text")``,
the form ``pyside6-lupdate`` collects, so one catalogue serves both. The language
follows ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` as gettext does: Portuguese when
the first one set names ``pt``, English otherwise.

Also here, for the same front ends: ``fill`` (Qt's %1 and printf's %(name)s
slots), ``match_template``/``translate_message`` (an English message made
elsewhere, matched back to its template and translated with its details kept),
and numbers, sizes, dates and the system's reasons in the user's language.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from datetime import date, datetime
from functools import cache

from hostdesk import resources

log = logging.getLogger(__name__)

CATALOGUE = ("translations", "hostdesk_pt_PT.ts")


def language(environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """``"pt"`` or ``"en"``, from the locale variables in gettext's order."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "pt" if value.lower().startswith("pt") else "en"
    return "en"


@cache
def _portuguese() -> dict[tuple[str, str], str]:
    try:
        tree = ElementTree.fromstring(resources.read_bytes(*CATALOGUE))
    except resources.MissingResource:
        # A packaging fault: English rather than a traceback (the CLI says what is missing).
        log.warning("translation %s not found", "/".join(CATALOGUE))
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in tree.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            element = message.find("translation")
            if element is None or element.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            forms = [f.text or "" for f in element.iter("numerusform")]
            text = forms[0] if forms else (element.text or "")
            if text:
                table[(name, source)] = text
    return table


def translate(context: str, text: str, lang: str | None = None) -> str:
    """``text`` in the user's language; the English source when no translation exists."""
    if (lang or language()) != "pt":
        return text
    return _portuguese().get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for ``make translations``; it is translated later (in tables).

    Qt's own name for this, so that lupdate collects the text without Qt imported.
    """
    del context
    return text


# Qt's %1 … %9 (the window's style, which Qt Linguist checks) and printf's %s, %r,
# %(name)s (argparse's own messages).
_SLOT = re.compile(r"%\((\w+)\)[rs]|%[rs]|%([1-9])")


def _slot_keys(template: str) -> list[tuple[re.Match[str], str]]:
    keys, order = [], 0
    for slot in _SLOT.finditer(template):
        if slot.group(1) or slot.group(2):
            key = slot.group(1) or slot.group(2)
        else:
            order += 1
            key = str(order)
        keys.append((slot, key))
    return keys


def fill(template: str, *values: object, **named: object) -> str:
    """The template's slots replaced in one pass: %1 by the first value, %(name)s by name.

    One pass, so a value that itself holds "%2" is never replaced again.
    """
    given = {str(number): value for number, value in enumerate(values, start=1)} | named
    out, at = [], 0
    for slot, key in _slot_keys(template):
        out.append(template[at : slot.start()])
        out.append(str(given[key]) if key in given else slot.group(0))
        at = slot.end()
    return "".join(out) + template[at:]


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts, seen, at = [], set(), 0
    for slot, key in _slot_keys(template):
        parts.append(re.escape(template[at : slot.start()]))
        name = f"s_{key}"
        parts.append(f"(?P={name})" if key in seen else f"(?P<{name}>.*?)")
        seen.add(key)
        at = slot.end()
    parts.append(re.escape(template[at:]))
    return re.compile("".join(parts), re.DOTALL)


def match_template(message: str, template: str) -> dict[str, str] | None:
    """The values that, filled into ``template``, give ``message``; None if it is not one.

    Messages made in English elsewhere (argparse's, the storage layer's) are translated
    at the edge this way: the English template names the message, its slots carry over.
    """
    found = _pattern(template).fullmatch(message)
    if found is None:
        return None
    return {name[2:]: value for name, value in found.groupdict().items()}


def translate_message(context: str, message: str, templates: Iterable[str]) -> str | None:
    """``message`` in the user's language if it is one of ``templates``; None otherwise."""
    for template in templates:
        values = match_template(message, template)
        if values is not None:
            return fill(translate(context, template), **values)
    return None


# -- numbers and dates -------------------------------------------------------------
# As the window and the reports write them: pt groups thousands with a no-break space
# and writes a decimal comma ("12 345", "9,5 MB"); en writes "12,345" and "9.5 MB".
# Dates are day first in both languages, as the window shows them ("05/12/2026").

NBSP = "\u00a0"


def format_number(value: float, decimals: int = 0, lang: str | None = None) -> str:
    """``value`` with thousands grouped and ``decimals`` places, in the user's language."""
    text = f"{value:,.{decimals}f}"
    if (lang or language()) == "pt":
        return text.replace(",", NBSP).replace(".", ",")
    return text


def format_size(size: int, lang: str | None = None) -> str:
    """A file size in decimal units, as file managers show it: "9,5 MB"; "20 MB" when round."""
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= factor:
            decimals = 0 if size % factor == 0 else 1
            return f"{format_number(size / factor, decimals, lang)} {unit}"
    return f"{format_number(size, 0, lang)} bytes"


def format_date(day: date, lang: str | None = None) -> str:
    """05/12/2026, day first, as the window and the case file write dates."""
    del lang  # the same in both languages; the parameter keeps the family of calls alike
    return day.strftime("%d/%m/%Y")


def format_moment(moment: datetime, lang: str | None = None) -> str:
    """A moment in this computer's time zone: 05/12/2026 14:30."""
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{format_date(local.date(), lang)} {local:%H:%M}"


# The operating system's reasons a file cannot be read or written. Python leaves them in
# the C library's English (it never sets LC_MESSAGES), so the usual ones are given here.
_OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("cli", "no such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("cli", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("cli", "operation not permitted"),
    errno.EISDIR: QT_TRANSLATE_NOOP("cli", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("cli", "not a folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP("cli", "it exists already"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("cli", "no space left on the disk"),
    errno.EROFS: QT_TRANSLATE_NOOP("cli", "the disk is read-only"),
    errno.EIO: QT_TRANSLATE_NOOP("cli", "the disk failed to read or write"),
}


def os_error_text(error: OSError) -> str:
    """Why the system refused, in the user's language ("no such file or folder")."""
    reason = _OS_REASONS.get(error.errno or 0)
    if reason is None:
        return error.strerror or type(error).__name__
    return translate("cli", reason) if language() == "pt" else (error.strerror or reason)
