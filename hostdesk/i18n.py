"""Translations for everything that is not Qt: the command line and plain-text messages.

The CLI speaks the same European Portuguese as the window, from the same
catalogue (``resources/translations/hostdesk_pt_PT.ts``, kept with Qt Linguist
and ``make translations``). Strings are marked ``translate("Context", "text")``,
the form ``pyside6-lupdate`` collects, so one catalogue serves both. The language
follows ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` as gettext does: Portuguese when
the first one set names ``pt``, English otherwise.
"""

from __future__ import annotations

import logging
import os
import xml.etree.ElementTree as ElementTree
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
