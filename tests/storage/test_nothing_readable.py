"""Nothing readable lands on disk: not the database, the WAL, nor temporary files."""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

import pytest

from hostdesk.domain.vocabulary import ArrivalChannel, IdentifierKind
from hostdesk.storage import families
from hostdesk.storage.vault import Vault

# Synthetic markers, unlikely anywhere else on disk.
NAMES = ("Zubaydaqwx Al-Fictionaly", "زبيدةقوكس", "ተስፋይቅዋክስ", "Олександрквх")
NOTE = "Visita domiciliária: Zubaydaqwx menciona tratamento psicológico confidencial"
NIF = "501964843"


def _every_file(folder: Path, since: float) -> list[Path]:
    return [
        p
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink() and p.stat().st_mtime >= since
    ]


def _needles() -> list[bytes]:
    needles = []
    for text in (*NAMES, NOTE, NIF):
        needles += [text.encode("utf-8"), text.encode("utf-16-le")]
    return needles


@pytest.mark.parametrize("close_before_scan", [True, False])
def test_names_notes_and_identifiers_never_appear_in_any_file(
    vault: Vault, close_before_scan: bool
) -> None:
    started = time.time() - 1
    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
            programme_start=date(2026, 3, 1),
        )  # fmt: skip
        for i, name in enumerate(NAMES):
            member = families.add_member(
                session, vault.user, family, name_latin=f"{NAMES[0]} {i}", name_original=name,
                is_head=i == 0,
            )  # fmt: skip
            families.add_identifier(session, vault.user, member, IdentifierKind.NIF, NIF)
        for _ in range(50):  # enough to spill into the WAL
            families.add_activity(
                session, vault.user, family, kind="visit", occurred_on=date(2026, 4, 1), text=NOTE
            )
    if close_before_scan:
        vault.close()
    files = _every_file(vault.path, started) + _every_file(Path(tempfile.gettempdir()), started)
    assert any(p.name == "vault.db" for p in files)
    for path in files:
        try:
            content = path.read_bytes()
        except OSError:
            continue
        for needle in _needles():
            assert needle not in content, f"plaintext found in {path.name}"
