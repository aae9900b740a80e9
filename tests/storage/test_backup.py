"""Backups: consistent while the vault is in use, encrypted, verified before any restore."""

from __future__ import annotations

import hashlib
import json
import threading
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from hostdesk.storage import backup
from hostdesk.storage.errors import (
    BackupCancelled,
    BackupCorrupt,
    BackupError,
    RestoreTargetNotEmpty,
    VaultTooNew,
    WrongPassphrase,
)
from hostdesk.storage.vault import RECOVERY_ACTOR, Vault
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.storage.backup_support import (
    NAMES,
    NIF,
    NOTE,
    family_ids,
    leftovers,
    populate,
    save_family,
)


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


# -- round trip -------------------------------------------------------------------------


def test_round_trip_restores_every_table_row_by_row(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _ = vault_and_recovery
    populate(vault, 25)
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
    populate(vault, 3)
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
    assert leftovers(vault.path) == [".lock"], "no temporary export may stay in the vault"
    assert leftovers(tmp_path) == []


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
    populate(vault, 60)
    acked: list[int] = []
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        index = 1000
        try:
            while not stop.is_set():
                acked.append(save_family(vault, index))
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
        ids = family_ids(restored)
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
    populate(vault, 5)
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
    assert leftovers(tmp_path) == []


def test_a_wrong_passphrase_restores_nothing(good_backup: Path, tmp_path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        backup.restore_backup(good_backup, tmp_path / "r", passphrase="not the passphrase")
    assert not (tmp_path / "r").exists()
    assert leftovers(tmp_path) == []


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
        assert len(family_ids(restored)) == 5


# -- keys -------------------------------------------------------------------------------------


def test_restore_with_the_recovery_key(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, recovery = vault_and_recovery
    ids = populate(vault, 4)
    written = backup.create_backup(vault, tmp_path / "b.hdbackup")

    with backup.restore_backup(written, tmp_path / "r", recovery_key=recovery.lower()) as restored:
        assert restored.user == RECOVERY_ACTOR
        assert family_ids(restored) == set(ids)
        assert _audit_rows(restored)[-1][1] == "vault.restore"
    # The users' passphrases are those of the backup.
    with Vault.open(tmp_path / "r", COORDINATOR, PASSPHRASE) as reopened:
        assert family_ids(reopened) == set(ids)


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
    populate(vault, 30)
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


# -- a restore killed after its rename -----------------------------------------------------


def test_a_restore_killed_after_its_rename_is_recorded_at_the_next_opening(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hostdesk.storage import restore, restore_marker

    vault, _ = vault_and_recovery
    populate(vault, 2)
    written = backup.create_backup(vault, tmp_path / "b.hdbackup")

    class Killed(BaseException):
        pass

    def killed(*_args: object) -> Vault:
        raise Killed  # the process dies right after the rename, before any opening

    monkeypatch.setattr(restore.Vault, "open", killed)
    with pytest.raises(Killed):
        backup.restore_backup(written, tmp_path / "r", passphrase=PASSPHRASE)
    monkeypatch.undo()
    assert (tmp_path / "r" / restore_marker.MARKER_NAME).exists()

    for _ in range(2):  # recorded once, however often it is opened
        with Vault.open(tmp_path / "r", COORDINATOR, PASSPHRASE) as reopened:
            restores = [r for r in _audit_rows(reopened) if r[1] == "vault.restore"]
            assert len(restores) == 1
            assert reopened.audit_report().ok
    assert not (tmp_path / "r" / restore_marker.MARKER_NAME).exists()
