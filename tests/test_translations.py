"""Every string the window and the command line show has its European Portuguese text."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CATALOGUE = REPO / "resources" / "translations" / "hostdesk_pt_PT.ts"


def _unfinished(path: Path) -> list[str]:
    root = ElementTree.parse(path).getroot()
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if kind == "unfinished" or not all(forms):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return missing


def translated_sources() -> list[Path]:
    """What ``make translations`` reads (its LUPDATE_SOURCES): the window, the command
    line, the Qt-free shared texts and the services' command lines."""
    return [
        *REPO.glob("hostdesk/*.py"),
        *(REPO / "hostdesk" / "ui").rglob("*.py"),
        *(REPO / "hostdesk" / "cli").rglob("*.py"),
        *REPO.glob("hostdesk/nair/cli*.py"),
        *REPO.glob("hostdesk/hub/cli*.py"),
    ]


def test_make_translations_reads_the_same_sources() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    for pattern in ("hostdesk/*.py", "hostdesk/ui/*.py", "hostdesk/ui/*/*.py", "hostdesk/cli/*.py",
                    "hostdesk/nair/cli*.py", "hostdesk/hub/cli*.py"):  # fmt: skip
        assert f"$(wildcard {pattern})" in makefile


def test_the_catalogue_is_complete() -> None:
    assert _unfinished(CATALOGUE) == []


def test_no_string_in_the_code_is_missing_from_the_catalogue(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    copy = tmp_path / CATALOGUE.name
    shutil.copy(CATALOGUE, copy)
    sources = sorted(str(p) for p in translated_sources())
    subprocess.run(
        [lupdate, "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        check=True, cwd=REPO, timeout=300,
    )  # fmt: skip
    assert _unfinished(copy) == [], "run `make translations` and translate the new strings"
