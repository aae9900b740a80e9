"""Nothing readable lands on disk: not the database, the WAL, nor temporary files."""

from __future__ import annotations

import os
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
    # os.walk skips folders that vanish while it walks: other programs (and other test
    # runs) create and remove their own temporary folders under /tmp meanwhile.
    found = []
    for root, _folders, names in os.walk(folder):
        for name in names:
            path = Path(root, name)
            try:
                if not path.is_symlink() and path.is_file() and path.stat().st_mtime >= since:
                    found.append(path)
            except OSError:
                continue  # gone between the listing and the look
    return found


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
    # Every file of the vault's folder, however old (with the vault open its writes may
    # all be in the WAL, the database file untouched since the fixture made it), and
    # every file written anywhere under the temporary folder since the test began.
    files = _every_file(vault.path, 0) + _every_file(Path(tempfile.gettempdir()), started)
    assert any(p.name == "vault.db" for p in files)
    for path in files:
        try:
            content = path.read_bytes()
        except OSError:
            continue
        for needle in _needles():
            assert needle not in content, f"plaintext found in {path.name}"
