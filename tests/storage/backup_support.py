"""Shared by the backup tests: synthetic families with markers to look for on disk."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import ArrivalChannel, IdentifierKind
from hostdesk.storage import families, settings
from hostdesk.storage.vault import Vault

# Synthetic markers, unlikely anywhere else on disk.
NAMES = ("Zubaydaqwx Al-Fictionaly", "زبيدةقوكس", "ተስፋይቅዋክስ", "Олександрквх")
NOTE = "Visita domiciliária: Zubaydaqwx menciona tratamento psicológico confidencial"
NIF = "501964843"


def save_family(vault: Vault, index: int, note: str = NOTE) -> int:
    """One family in one transaction: head with an identifier, a second member, a visit."""
    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
            programme_start=date(2026, 1, 1) + timedelta(days=index % 300),
        )  # fmt: skip
        head = families.add_member(
            session, vault.user, family, name_latin=f"{NAMES[0]} {index}",
            name_original=NAMES[index % len(NAMES)], is_head=True, relationship="head",
            birth=PartialDate(1980 + index % 30, None, None),
        )  # fmt: skip
        families.add_identifier(session, vault.user, head, IdentifierKind.NIF, NIF)
        families.add_member(
            session, vault.user, family, name_latin=f"Child of {index}", relationship="child"
        )
        families.add_activity(
            session, vault.user, family, kind="visit",
            occurred_on=date(2026, 2, 1) + timedelta(days=index % 200), text=f"{note} {index}",
        )  # fmt: skip
        assert family.id is not None
        return family.id


def populate(vault: Vault, count: int) -> list[int]:
    ids = [save_family(vault, i) for i in range(count)]
    with vault.changing() as session:
        settings.put(session, vault.user.username, settings.IDLE_LOCK_MINUTES, 15)
    return ids


def family_ids(vault: Vault) -> set[int]:
    with vault.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT id FROM family")}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))
