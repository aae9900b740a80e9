"""Backups: consistent while the vault is in use, encrypted, verified before any restore."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import threading
import time
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from hostdesk.cli.main import main
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import ArrivalChannel, IdentifierKind
from hostdesk.storage import backup, families, settings
from hostdesk.storage.errors import (
    BackupCancelled,
    BackupCorrupt,
    BackupError,
    RestoreTargetNotEmpty,
    VaultTooNew,
    WrongPassphrase,
)
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.models import Family
from hostdesk.storage.vault import RECOVERY_ACTOR, Vault
from tests.conftest import COORDINATOR, PASSPHRASE

# Synthetic markers, unlikely anywhere else on disk.
NAMES = ("Zubaydaqwx Al-Fictionaly", "زبيدةقوكس", "ተስፋይቅዋክስ", "Олександрквх")
NOTE = "Visita domiciliária: Zubaydaqwx menciona tratamento psicológico confidencial"
NIF = "501964843"


@pytest.fixture
def vault_and_recovery(tmp_path: Path) -> Iterator[tuple[Vault, str]]:
    opened, recovery = Vault.create(
        tmp_path / "vault", entity_name="Associação de Teste", username=COORDINATOR,
        passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS,
    )  # fmt: skip
    yield opened, recovery
    opened.close()


def _save_family(vault: Vault, index: int, note: str = NOTE) -> int:
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


def _populate(vault: Vault, count: int) -> list[int]:
    ids = [_save_family(vault, i) for i in range(count)]
    with vault.changing() as session:
        settings.put(session, vault.user.username, settings.IDLE_LOCK_MINUTES, 15)
    return ids


def _tables(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (FTS shadow tables included), in a stable order."""
    with vault.engine.connect() as conn:
        names = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            name: sorted(
                (tuple(row) for row in conn.exec_driver_sql(f'SELECT * FROM "{name}"')), key=repr
            )
            for name in names
        }


def _audit_rows(vault: Vault) -> list[tuple[Any, ...]]:
    with vault.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.exec_driver_sql("SELECT seq, action, hash FROM audit_log ORDER BY seq")
        ]


def _family_ids(vault: Vault) -> set[int]:
    with vault.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT id FROM family")}


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# -- round trip -------------------------------------------------------------------------


def test_round_trip_restores_every_table_row_by_row(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _ = vault_and_recovery
    _populate(vault, 25)
    before = _tables(vault)
    seen: list[tuple[int, int]] = []

    written = backup.create_backup(vault, tmp_path / "b.hdbackup", lambda d, t: seen.append((d, t)))

    assert seen and seen[-1] == (backup.PROGRESS_TOTAL, backup.PROGRESS_TOTAL)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    restore_seen: list[int] = []
    restored = backup.restore_backup(
        written, tmp_path / "restored", passphrase=PASSPHRASE,
        progress=lambda d, t: restore_seen.append(d),
    )  # fmt: skip
    assert restore_seen == sorted(restore_seen) and restore_seen[-1] == backup.PROGRESS_TOTAL
    try:
        after = _tables(restored)
        assert restored.user.username == COORDINATOR
        assert restored.integrity_problems() == []
        assert restored.audit_report().ok
    finally:
        restored.close()

    assert set(after) == set(before)
    assert len(before["family"]) == 25 and len(before["member"]) == 50
    for name in before:
        if name == "audit_log":
            # The restore adds one entry of its own.
            added = [row for row in after[name] if row[3] == "vault.restore"]
            assert len(added) == 1
            assert [row for row in after[name] if row not in added] == before[name]
        else:
            assert after[name] == before[name], name


def test_backup_is_audited_and_the_archive_holds_what_the_manifest_says(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _ = vault_and_recovery
    _populate(vault, 3)
    written = backup.create_backup(vault, tmp_path / "b.hdbackup")

    assert _audit_rows(vault)[-1][1] == "vault.backup"
    with zipfile.ZipFile(written) as archive:
        assert sorted(archive.namelist()) == ["header.json", "manifest.json", "vault.db"]
        manifest = json.loads(archive.read("manifest.json"))
        for name in ("header.json", "vault.db"):
            data = archive.read(name)
            assert manifest["members"][name]["sha256"] == hashlib.sha256(data).hexdigest()
        assert archive.read("header.json") == (vault.path / "header.json").read_bytes()
        assert not archive.read("vault.db").startswith(b"SQLite format 3")
    assert manifest["vault_id"] == vault.header.vault_id
    assert manifest["format_version"] == backup.BACKUP_FORMAT_VERSION
    info = backup.verify_backup(written)
    assert info.vault_id == vault.header.vault_id and info.schema_revision
    assert _leftovers(vault.path) == [".lock"], "no temporary export may stay in the vault"
    assert _leftovers(tmp_path) == []


def test_a_folder_as_target_gets_a_dated_file_and_an_existing_file_is_not_replaced(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _ = vault_and_recovery
    stick = tmp_path / "usb"
    stick.mkdir()
    written = backup.create_backup(vault, stick)
    assert written.parent == stick and written.name.endswith(backup.BACKUP_SUFFIX)

    with pytest.raises(BackupError, match="already exists"):
        backup.create_backup(vault, written)
    again = backup.create_backup(vault, written, overwrite=True)
    assert again == written


# -- consistency while in use ------------------------------------------------------------


def test_backup_while_another_connection_keeps_saving_is_one_consistent_snapshot(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _ = vault_and_recovery
    _populate(vault, 60)
    acked: list[int] = []
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        index = 1000
        try:
            while not stop.is_set():
                acked.append(_save_family(vault, index))
                index += 1
        except BaseException as error:  # reported by the test thread
            errors.append(error)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    during_export: list[int] = []

    def progress(done: int, total: int) -> None:
        if done >= 700:
            # The export is done. Stop the writer before the backup records itself:
            # two connections that both read, then write, with deferred transactions
            # can fail with "database is locked" (see the note in docs/backup.md).
            stop.set()
            thread.join(30)
            return
        if during_export:
            return
        # Called from inside the export's read transaction: hold it open until the
        # writer has committed three more saves, which the snapshot must not see.
        start = len(acked)
        deadline = time.monotonic() + 20
        while len(acked) < start + 3 and time.monotonic() < deadline and not errors:
            time.sleep(0.005)
        during_export.extend(acked[start:])

    try:
        while len(acked) < 3 and not errors:
            time.sleep(0.005)
        acked_before = list(acked)
        written = backup.create_backup(vault, tmp_path / "b.hdbackup", progress)
    finally:
        stop.set()
        thread.join(30)
    assert not errors, errors
    assert len(during_export) >= 3, "the writer must have saved while the export ran"

    restored = backup.restore_backup(written, tmp_path / "restored", passphrase=PASSPHRASE)
    try:
        ids = _family_ids(restored)
        assert restored.integrity_problems() == []
        assert restored.audit_report().ok
        with restored.engine.connect() as conn:
            incomplete = conn.exec_driver_sql(
                "SELECT count(*) FROM family f WHERE"
                " (SELECT count(*) FROM member m WHERE m.family_id = f.id) != 2"
                " OR NOT EXISTS (SELECT 1 FROM activity a WHERE a.family_id = f.id)"
            ).scalar_one()
    finally:
        restored.close()
    assert incomplete == 0, "a save is in the backup whole or not at all"
    assert set(acked_before) <= ids
    assert not set(during_export) & ids, "saves committed after the snapshot began are absent"
    # A snapshot: the writer's saves in the backup are exactly a prefix of its saves.
    written_by_writer = sorted(ids & set(acked))
    assert written_by_writer == acked[: len(written_by_writer)]


# -- refusing bad backups ------------------------------------------------------------------


def _rewrite(source: Path, target: Path, change: dict[str, bytes], fix_manifest: bool) -> None:
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members.update(change)
    if fix_manifest:
        manifest = json.loads(members["manifest.json"])
        for name in ("header.json", "vault.db"):
            manifest["members"][name] = {
                "sha256": hashlib.sha256(members[name]).hexdigest(),
                "size": len(members[name]),
            }
        members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _db_member(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("vault.db")


def _flip(data: bytes, offset: int) -> bytes:
    return data[:offset] + bytes([data[offset] ^ 0x01]) + data[offset + 1 :]


@pytest.fixture
def good_backup(vault_and_recovery: tuple[Vault, str], tmp_path: Path) -> Path:
    vault, _ = vault_and_recovery
    _populate(vault, 5)
    return backup.create_backup(vault, tmp_path / "good.hdbackup")


def _tampered(kind: str, good: Path, tmp_path: Path) -> Path:
    bad = tmp_path / f"{kind}.hdbackup"
    raw = good.read_bytes()
    db = _db_member(good)
    if kind == "flipped-byte-in-file":
        # Stored, not compressed: the database's bytes sit in the file as they are.
        offset = raw.index(db[8192:8256]) + 20
        bad.write_bytes(_flip(raw, offset))
    elif kind == "truncated":
        bad.write_bytes(raw[: len(raw) // 2])
    elif kind == "altered-page-with-matching-manifest":
        _rewrite(good, bad, {"vault.db": _flip(db, 3 * 4096 + 100)}, fix_manifest=True)
    elif kind == "shortened-database-with-matching-manifest":
        _rewrite(good, bad, {"vault.db": db[: len(db) - 4096]}, fix_manifest=True)
    elif kind == "altered-header":
        header = json.loads(zipfile.ZipFile(good).read("header.json"))
        header["kdf"]["iterations"] = 2
        _rewrite(good, bad, {"header.json": json.dumps(header).encode()}, fix_manifest=False)
    elif kind == "extra-member":
        _rewrite(good, bad, {"../../evil": b"x"}, fix_manifest=False)
    elif kind == "not-a-zip":
        bad.write_bytes(b"hello, this is not a backup\n" * 100)
    else:
        raise AssertionError(kind)
    return bad


@pytest.mark.parametrize(
    "kind",
    [
        "flipped-byte-in-file",
        "truncated",
        "altered-page-with-matching-manifest",
        "shortened-database-with-matching-manifest",
        "altered-header",
        "extra-member",
        "not-a-zip",
    ],
)
def test_a_damaged_or_altered_backup_is_refused_and_nothing_is_left(
    kind: str, good_backup: Path, tmp_path: Path
) -> None:
    bad = _tampered(kind, good_backup, tmp_path)
    restore_parent = tmp_path / "restores"
    restore_parent.mkdir()
    target = restore_parent / "restored"

    with pytest.raises(BackupCorrupt) as refused:
        backup.restore_backup(bad, target, passphrase=PASSPHRASE)

    message = str(refused.value)
    assert message.count(". ") == 0 and message.endswith("."), "one sentence"
    assert str(bad) in message
    assert list(restore_parent.iterdir()) == [], "nothing half-restored"


def test_verify_backup_checks_checksums_without_a_key(good_backup: Path, tmp_path: Path) -> None:
    assert backup.verify_backup(good_backup).size == good_backup.stat().st_size
    with pytest.raises(BackupCorrupt):
        backup.verify_backup(_tampered("flipped-byte-in-file", good_backup, tmp_path))


def test_a_backup_from_a_newer_hostdesk_asks_for_an_update(
    good_backup: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(good_backup) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    manifest["format_version"] = backup.BACKUP_FORMAT_VERSION + 1
    newer = tmp_path / "newer.hdbackup"
    _rewrite(good_backup, newer, {"manifest.json": json.dumps(manifest).encode()}, False)
    with pytest.raises(VaultTooNew, match="update HostDesk"):
        backup.restore_backup(newer, tmp_path / "r", passphrase=PASSPHRASE)


@pytest.mark.parametrize("at_call", [1, 2, 3])
def test_cancelling_a_restore_leaves_nothing(
    good_backup: Path, tmp_path: Path, at_call: int
) -> None:
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) >= at_call

    with pytest.raises(BackupCancelled):
        backup.restore_backup(
            good_backup, tmp_path / "r", passphrase=PASSPHRASE, cancelled=cancelled
        )
    assert not (tmp_path / "r").exists()
    assert _leftovers(tmp_path) == []


def test_a_wrong_passphrase_restores_nothing(good_backup: Path, tmp_path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        backup.restore_backup(good_backup, tmp_path / "r", passphrase="not the passphrase")
    assert not (tmp_path / "r").exists()
    assert _leftovers(tmp_path) == []


def test_a_non_empty_target_is_refused_and_an_empty_one_is_used(
    good_backup: Path, tmp_path: Path
) -> None:
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notes.txt").write_text("someone's file", encoding="utf-8")
    with pytest.raises(RestoreTargetNotEmpty, match="is not empty"):
        backup.restore_backup(good_backup, occupied, passphrase=PASSPHRASE)
    assert [p.name for p in occupied.iterdir()] == ["notes.txt"]

    empty = tmp_path / "empty"
    empty.mkdir()
    with backup.restore_backup(good_backup, empty, passphrase=PASSPHRASE) as restored:
        assert len(_family_ids(restored)) == 5


# -- keys -------------------------------------------------------------------------------------


def test_restore_with_the_recovery_key(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, recovery = vault_and_recovery
    ids = _populate(vault, 4)
    written = backup.create_backup(vault, tmp_path / "b.hdbackup")

    with backup.restore_backup(written, tmp_path / "r", recovery_key=recovery.lower()) as restored:
        assert restored.user == RECOVERY_ACTOR
        assert _family_ids(restored) == set(ids)
        assert _audit_rows(restored)[-1][1] == "vault.restore"
    # The users' passphrases are those of the backup.
    with Vault.open(tmp_path / "r", COORDINATOR, PASSPHRASE) as reopened:
        assert _family_ids(reopened) == set(ids)


# -- nothing readable ------------------------------------------------------------------------


def _needles() -> list[bytes]:
    needles = []
    for text in (*NAMES, NOTE, NIF, "Child of"):
        needles += [text.encode("utf-8"), text.encode("utf-16-le")]
    return needles


def test_the_backup_file_holds_none_of_the_names_notes_or_identifiers(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _ = vault_and_recovery
    _populate(vault, 30)
    written = backup.create_backup(vault, tmp_path / "b.hdbackup")
    content = written.read_bytes()
    for needle in _needles():
        assert needle not in content
    # And nothing readable was left beside the vault or the backup either.
    for folder in (vault.path, tmp_path):
        for path in folder.iterdir():
            if path.is_file() and path.name != "passphrase.txt":
                data = path.read_bytes()
                assert not any(n in data for n in _needles()), path.name


# -- reminders ---------------------------------------------------------------------------------


def test_the_reminder_is_due_when_never_backed_up_and_after_the_set_number_of_days(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _ = vault_and_recovery
    today = date.today()
    assert backup.last_backup_at(vault) is None
    assert backup.backup_is_due(vault, today)

    backup.create_backup(vault, tmp_path / "b.hdbackup")
    last = backup.last_backup_at(vault)
    assert last is not None
    day = last.date()
    assert not backup.backup_is_due(vault, day)
    assert not backup.backup_is_due(vault, day + timedelta(days=7))
    assert backup.backup_is_due(vault, day + timedelta(days=8))

    with vault.changing() as session:
        settings.put(session, vault.user.username, settings.BACKUP_REMINDER_DAYS, 30)
    assert not backup.backup_is_due(vault, day + timedelta(days=8))
    assert backup.backup_is_due(vault, day + timedelta(days=31))


# -- failures while writing ------------------------------------------------------------------


class _FullDisk(io.FileIO):
    """A file that takes 64 KiB and then reports a full disk, as a USB stick would."""

    limit = 64 * 1024

    def write(self, data: Any) -> int:
        if self.tell() + len(data) > self.limit:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return super().write(data)


def test_a_full_disk_while_writing_gives_one_sentence_and_leaves_nothing(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = vault_and_recovery
    ids = _populate(vault, 20)
    stick = tmp_path / "usb"
    stick.mkdir()
    real_fdopen = os.fdopen

    def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if mode == "wb":
            return _FullDisk(fd, "wb", closefd=True)
        return real_fdopen(fd, mode, *args, **kwargs)

    monkeypatch.setattr(backup.os, "fdopen", fdopen)
    with pytest.raises(BackupError) as refused:
        backup.create_backup(vault, stick / "b.hdbackup")
    monkeypatch.undo()

    assert "the disk is full" in str(refused.value)
    assert list(stick.iterdir()) == []
    assert _leftovers(vault.path) == [".lock"]
    assert backup.last_backup_at(vault) is None, "a failed backup is not recorded as done"
    assert _family_ids(vault) == set(ids)
    assert backup.create_backup(vault, stick / "b.hdbackup").exists()


def test_a_read_only_target_folder_gives_one_sentence(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = vault_and_recovery
    locked = tmp_path / "locked"
    locked.mkdir()
    real_open = os.open

    def refusing_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        # chmod does not stop root, who runs some CI machines: refuse the way EROFS would.
        if str(path).startswith(str(locked)) and flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(backup.os, "open", refusing_open)
    with pytest.raises(BackupError, match="read-only or you may not write there"):
        backup.create_backup(vault, locked / "b.hdbackup")
    monkeypatch.undo()
    assert list(locked.iterdir()) == []


def test_cancelling_leaves_nothing_and_the_vault_keeps_working(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _ = vault_and_recovery
    _populate(vault, 40)
    with pytest.raises(BackupCancelled):
        backup.create_backup(vault, tmp_path / "b.hdbackup", cancelled=lambda: True)
    assert not (tmp_path / "b.hdbackup").exists()
    assert _leftovers(vault.path) == [".lock"] and _leftovers(tmp_path) == []
    assert backup.last_backup_at(vault) is None
    # The pooled connection used for the export went back clean (or was dropped).
    for _ in range(4):
        backup.create_backup(vault, tmp_path, overwrite=True)
        _save_family(vault, 99)


# -- command line ------------------------------------------------------------------------------


def test_cli_backup_then_restore_round_trip(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, recovery = Vault.create(
        tmp_path / "v", entity_name="Câmara de Teste", username=COORDINATOR,
        passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS,
    )  # fmt: skip
    with vault:
        ids = _populate(vault, 6)
    out = tmp_path / "b.hdbackup"
    common = ["--passphrase-file", str(passphrase_file)]

    assert main(["backup", "--vault", str(tmp_path / "v"), "--out", str(out), *common]) == 0
    assert "Backup written" in capsys.readouterr().out
    assert main(["restore", "--from", str(out), "--to", str(tmp_path / "r"), *common]) == 0
    assert "restored" in capsys.readouterr().out
    with Vault.open(tmp_path / "r", None, PASSPHRASE) as restored, restored.session() as s:
        assert {f.id for f in s.exec(select(Family))} == set(ids)

    key_file = tmp_path / "recovery.txt"
    key_file.write_text(recovery + "\n", encoding="utf-8")
    assert main(["restore", "--from", str(out), "--to", str(tmp_path / "r2"),
                 "--recovery-key-file", str(key_file)]) == 0  # fmt: skip
    capsys.readouterr()

    # Refusals are one sentence on stderr and exit code 2.
    assert main(["restore", "--from", str(out), "--to", str(tmp_path / "r"), *common]) == 2
    assert "is not empty" in capsys.readouterr().err
    (tmp_path / "cut.hdbackup").write_bytes(out.read_bytes()[:5000])
    assert main(["restore", "--from", str(tmp_path / "cut.hdbackup"),
                 "--to", str(tmp_path / "r3"), *common]) == 2  # fmt: skip
    err = capsys.readouterr().err
    assert err.startswith("hostdesk: ") and "damaged or incomplete" in err
    assert not (tmp_path / "r3").exists()
