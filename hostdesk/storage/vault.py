"""The vault: a folder with a header and an SQLCipher database, opened as one thing.

Opening order matters for the promise that a wrong passphrase changes
nothing: the header is read and the key unwrapped (pure computation) before
any file is created or opened for writing.
"""

from __future__ import annotations

import errno
import hmac
import logging
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, select

from hostdesk.domain.allowance import DEFAULT_RATES
from hostdesk.domain.vocabulary import Role
from hostdesk.storage import audit, file_lock, keyring, migrate, users
from hostdesk.storage.database import DB_NAME, WRITE_OPTION, create_vault_engine
from hostdesk.storage.errors import (
    PermissionDenied,
    StorageFull,
    StorageIOError,
    UnknownUser,
    VaultAlreadyExists,
    VaultError,
    VaultInUse,
    VaultNotFound,
    VaultReadOnly,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from hostdesk.storage.header import HEADER_NAME, VaultHeader, read_header, write_header
from hostdesk.storage.kdf import KdfParams, calibrate
from hostdesk.storage.models import AllowanceRate, AppUser, HostingEntity

log = logging.getLogger(__name__)

LOCK_NAME = ".lock"
BACKUP_DIR = "backups"


@dataclass(frozen=True)
class CurrentUser:
    """Who is signed in; the actor named in the audit log."""

    id: int | None
    username: str
    role: Role

    @property
    def is_coordinator(self) -> bool:
        return self.role is Role.COORDINATOR


RECOVERY_ACTOR = CurrentUser(None, "recovery-key", Role.COORDINATOR)


def _now() -> datetime:
    return datetime.now(UTC)


def _readonly_error(path: Path) -> VaultReadOnly:
    return VaultReadOnly(
        f"The vault folder {path} cannot be written to; move it to a folder you can write to "
        "or ask your administrator to give you write access."
    )


class _FolderLock:
    """An exclusive lock on the vault folder held while the vault is open."""

    def __init__(self, path: Path) -> None:
        try:
            self._file: IO[str] = open(path / LOCK_NAME, "a")  # noqa: SIM115  (held until close)
        except OSError as error:
            if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise _readonly_error(path) from error
            raise
        if not file_lock.try_lock(self._file):
            self._file.close()
            raise VaultInUse(
                f"The vault {path} is open in another HostDesk window or command; "
                "close it there first."
            )

    def release(self) -> None:
        file_lock.unlock(self._file)
        self._file.close()


class Vault:
    """An open vault: its header, its keyed engine and the signed-in user."""

    def __init__(
        self,
        path: Path,
        header: VaultHeader,
        key: bytes,
        engine: Engine,
        lock: _FolderLock,
        user: CurrentUser,
    ) -> None:
        self.path = path
        self.header = header
        self._key = key
        self.engine = engine
        self._lock = lock
        self.user = user

    # -- opening and creating -------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        entity_name: str,
        username: str,
        passphrase: str,
        display_name: str = "",
        kdf: KdfParams | None = None,
        user_uuid: str | None = None,
        role: Role = Role.COORDINATOR,
    ) -> tuple[Vault, str]:
        """Create a new vault; returns it open, and the recovery key to show once.

        ``user_uuid`` and ``role``: a laptop joining its team, made for a user the team
        already has (docs/team-sync.md §9).
        """
        path = Path(path)
        if (path / HEADER_NAME).exists() or (path / DB_NAME).exists():
            raise VaultAlreadyExists(
                f"There is already a vault in {path}; open it, or choose an empty folder."
            )
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _readonly_error(path) from error
        data_key = keyring.new_data_key()
        header, recovery_text = keyring.create_header(
            data_key, username.strip(), passphrase, kdf or calibrate(), user_id=user_uuid, role=role
        )
        lock = _FolderLock(path)
        try:
            engine = create_vault_engine(path / DB_NAME, data_key)
            migrate.upgrade(engine)
            slot = header.users[0]
            with Session(engine) as session:
                now = _now()
                session.add(HostingEntity(name=entity_name, created_at=now))
                user_row = AppUser(
                    user_uuid=slot.user_id,
                    username=slot.username,
                    display_name=display_name or slot.username,
                    role=role.value,
                    created_at=now,
                )
                session.add(user_row)
                session.add(
                    AllowanceRate(
                        effective_from=DEFAULT_RATES.effective_from,
                        head_cents=DEFAULT_RATES.head_cents,
                        other_adult_cents=DEFAULT_RATES.other_adult_cents,
                        child_cents=DEFAULT_RATES.child_cents,
                    )
                )
                session.flush()
                audit.append(session, slot.username, "vault.create", "vault", header.vault_id)
                session.commit()
                user = CurrentUser(user_row.id, slot.username, role)
            # The header goes last: a vault without one is clearly unfinished.
            write_header(path, header)
        except BaseException:
            lock.release()
            raise
        log.info("vault created")
        return cls(path, header, data_key, engine, lock, user), recovery_text

    @classmethod
    def open(cls, path: Path, username: str | None, passphrase: str) -> Vault:
        """Unlock with a user's passphrase. Nothing on disk changes if it is wrong."""
        path = Path(path)
        header = read_header(path)
        slot_name = username if username else _only_user(header)
        key = keyring.unlock_with_passphrase(header, slot_name, passphrase)
        return cls._open_unlocked(path, header, key, header.user(slot_name).user_id)

    @classmethod
    def open_with_recovery_key(cls, path: Path, recovery_text: str) -> Vault:
        path = Path(path)
        header = read_header(path)
        key = keyring.unlock_with_recovery_key(header, recovery_text)
        return cls._open_unlocked(path, header, key, None)

    @classmethod
    def _open_unlocked(
        cls, path: Path, header: VaultHeader, key: bytes, user_uuid: str | None
    ) -> Vault:
        if not (path / DB_NAME).exists():
            raise VaultNotFound(
                f"The vault {path} has a header but no database file ({DB_NAME}); "
                "restore the vault from a backup."
            )
        lock = _FolderLock(path)
        engine: Engine | None = None
        try:
            engine = create_vault_engine(path / DB_NAME, key)
            _bring_schema_up_to_date(path, engine)
            user = _load_user(engine, user_uuid)
        except BaseException:
            # Closing every connection now lets SQLite remove the -wal and -shm files it
            # made: a refused vault (one from a newer HostDesk) is left byte for byte as
            # it was, not with files that wait for the garbage collector.
            if engine is not None:
                engine.dispose()
            lock.release()
            raise
        return cls(path, header, key, engine, lock, user)

    # -- using ----------------------------------------------------------------

    def session(self) -> Session:
        """A new ORM session on the vault (use as a context manager)."""
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def changing(self) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or not at all.

        A full or failing disk becomes one sentence (``StorageFull`` or
        ``StorageIOError``); what was saved before is untouched.
        """
        with self.session() as session:
            session.connection(execution_options={WRITE_OPTION: True})
            try:
                yield session
                session.commit()
            except OperationalError as error:
                session.rollback()
                storage = _storage_error(error)
                if storage is None:
                    raise
                raise storage from None

    def require_coordinator(self, what: str) -> None:
        if not self.user.is_coordinator:
            raise PermissionDenied(f"Only a coordinator can {what}.")

    def verify_passphrase(self, passphrase: str) -> None:
        """Check the signed-in user's passphrase (to unlock a locked screen).

        Raises ``WrongPassphrase``; the header is only read. After the recovery
        key was used there is no user slot, so only that key is accepted.
        """
        if self.user is RECOVERY_ACTOR:
            raise WrongPassphrase("This session was opened with the recovery key; close it.")
        key = keyring.unlock_with_passphrase(self.header, self.user.username, passphrase)
        if not hmac.compare_digest(key, self._key):
            raise WrongPassphrase(
                f"The passphrase is not right for {self.user.username}; try again."
            )

    def raw_key_hex(self) -> str:
        """The database key in hex: the documented escape hatch for SQLCipher tools."""
        with self.changing() as session:
            audit.append(
                session, self.user.username, "key.export_raw", "vault", self.header.vault_id
            )
        return self._key.hex()

    # -- users and passphrases (rewrap only; the data are never re-encrypted) -------

    def add_user(
        self, username: str, role: Role, passphrase: str, display_name: str = ""
    ) -> CurrentUser:
        """A new user with their own key slot; a removed user of that name comes back."""
        self.require_coordinator("add users")
        header = keyring.add_user(self.header, self._key, username.strip(), role, passphrase)
        slot = header.user(username.strip())
        with self._header_with_transaction(header) as session:
            row = users.inactive_row(session, slot.username)
            if row is None:
                row = AppUser(user_uuid=slot.user_id, username=slot.username, role=role.value,
                              display_name=display_name or slot.username, created_at=_now())
            else:  # same row, so the history before the removal stays theirs
                row.user_uuid, row.username, row.role = slot.user_id, slot.username, role.value
                row.display_name = display_name or row.display_name
                row.active = True
            session.add(row)
            session.flush()
            audit.append(
                session, self.user.username, "user.add", "app_user", row.id, {"role": role.value}
            )
        return CurrentUser(row.id, row.username, role)

    def remove_user(self, username: str) -> None:
        """Delete the user's key slot; their row stays, inactive, for the history."""
        self.require_coordinator("remove users")
        slot = self.header.user(username)
        header = keyring.remove_user(self.header, slot.username)
        with self._header_with_transaction(header) as session:
            row = users.active_row(session, slot.user_id, slot.username)
            users.check_removable(session, row, self.user.username)
            row.active = False
            session.add(row)
            audit.append(
                session, self.user.username, "user.remove", "app_user", row.id, {"role": row.role}
            )
            # A removed user's laptops are revoked with them (docs/team-sync.md §9).
            from hostdesk.storage.team.devices import revoke_devices_of

            revoke_devices_of(session, row.user_uuid, self.user.username)

    def reset_passphrase(self, username: str, new_passphrase: str) -> None:
        """A coordinator gives a user a new passphrase (the old one stops working)."""
        self.require_coordinator("reset passphrases")
        slot = self.header.user(username)
        header = keyring.change_passphrase(self.header, self._key, slot.username, new_passphrase)
        with self._header_with_transaction(header) as session:
            row = users.active_row(session, slot.user_id, slot.username)
            detail = {"with": "recovery_key"} if self.user is RECOVERY_ACTOR else None
            audit.append(
                session, self.user.username, "user.reset_passphrase", "app_user", row.id, detail
            )

    @classmethod
    def reset_forgotten_passphrase(
        cls, path: Path, recovery_text: str, username: str, new_passphrase: str
    ) -> None:
        """Without any passphrase: the recovery key proves the right to rewrap a slot."""
        with cls.open_with_recovery_key(path, recovery_text) as vault:
            vault.reset_passphrase(username, new_passphrase)

    def reset_own_passphrase(self, recovery_text: str, new_passphrase: str) -> None:
        """The signed-in user forgot their passphrase while the vault is open and locked.

        The recovery key proves the right, as for ``reset_forgotten_passphrase``; the
        vault need not be opened a second time (its folder lock is already held).
        """
        if self.user is RECOVERY_ACTOR:
            raise PermissionDenied("This session was opened with the recovery key; close it.")
        key = keyring.unlock_with_recovery_key(self.header, recovery_text)
        if not hmac.compare_digest(key, self._key):
            raise WrongRecoveryKey("This recovery key does not belong to this vault.")
        header = keyring.change_passphrase(
            self.header, self._key, self.user.username, new_passphrase
        )
        with self._header_with_transaction(header) as session:
            audit.append(
                session, self.user.username, "user.reset_passphrase", "app_user", self.user.id,
                {"with": "recovery_key"},
            )  # fmt: skip

    def adopt_team_identity(
        self, passphrase: str, user_uuid: str, username: str, display_name: str, role: Role
    ) -> None:
        """The signed-in user becomes the team's user this laptop joins for: the team's
        global id, name and role, the same passphrase (docs/team-sync.md §9)."""
        header = keyring.rekey_user(self.header, self._key, self.user.username, passphrase,
                                    user_uuid, username, role)  # fmt: skip
        with self._header_with_transaction(header) as session:
            row = session.get(AppUser, self.user.id)
            assert row is not None
            before = {"role": row.role, "renamed": row.username != username}
            row.user_uuid, row.username, row.role = user_uuid, username, role.value
            row.display_name = display_name or row.display_name
            session.add(row)
            audit.append(session, username, "user.team_identity", "app_user", row.id, before)
        self.user = CurrentUser(self.user.id, username, role)

    def list_users(self) -> list[users.UserInfo]:
        with self.session() as session:
            return users.list_users(session)

    def change_passphrase(self, new_passphrase: str) -> None:
        header = keyring.change_passphrase(
            self.header, self._key, self.user.username, new_passphrase
        )
        with self._header_with_transaction(header) as session:
            audit.append(
                session, self.user.username, "user.change_passphrase", "app_user", self.user.id
            )

    @contextmanager
    def _header_with_transaction(self, header: VaultHeader) -> Iterator[Session]:
        """Write ``header`` and commit the session's work: both happen, or neither.

        The header goes first (a slot without its user row is harmless for a
        moment); if the commit then fails, the previous header is put back, so a
        passphrase change that "failed" never silently took effect on disk.
        """
        try:
            with self.changing() as session:
                yield session
                write_header(self.path, header)
        except BaseException:
            with suppress(VaultError, OSError):
                write_header(self.path, self.header)
            raise
        self.header = header

    # -- integrity ------------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        """SQLite's own integrity check; empty when the database is sound."""
        with self.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

    def audit_report(self) -> audit.ChainReport:
        with self.session() as session:
            return audit.verify_chain(session)

    # -- closing --------------------------------------------------------------

    def close(self) -> None:
        if self.engine is None:
            return
        try:
            with self.engine.connect() as conn:
                # Keeps the planner's statistics current (SQLite's advice: on close),
                # reading a bounded sample so that closing stays quick.
                conn.exec_driver_sql("PRAGMA analysis_limit = 400").fetchall()
                conn.exec_driver_sql("PRAGMA optimize").fetchall()
                conn.commit()  # the statistics are written; the checkpoint needs no writer
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except Exception:  # a failed checkpoint loses nothing: the WAL is replayed next time
            log.warning("checkpoint on close failed", exc_info=True)
        self.engine.dispose()
        self.engine = None  # type: ignore[assignment]
        self._key = b""
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


_SQLITE_IOERR = 10
_SQLITE_FULL = 13


def _storage_error(error: OperationalError) -> VaultError | None:
    """The sentence for a disk problem; other database errors pass unchanged."""
    code = (getattr(error.orig, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == _SQLITE_FULL:
        return StorageFull(
            "The disk holding the vault is full; free some space, then save again "
            "(nothing already saved was lost)."
        )
    if code == _SQLITE_IOERR:
        return StorageIOError(
            "The disk holding the vault could not be written; check it, then save again "
            "(nothing already saved was lost)."
        )
    return None


def _only_user(header: VaultHeader) -> str:
    if len(header.users) == 1:
        return header.users[0].username
    names = ", ".join(slot.username for slot in header.users)
    raise UnknownUser(f"This vault has several users ({names}); say which one you are.")


def _load_user(engine: Engine, user_uuid: str | None) -> CurrentUser:
    if user_uuid is None:
        return RECOVERY_ACTOR
    with Session(engine) as session:
        row = session.exec(select(AppUser).where(AppUser.user_uuid == user_uuid)).first()
    if row is None or not row.active:
        raise UnknownUser("This user is no longer active in the vault; ask your coordinator.")
    return CurrentUser(row.id, row.username, Role(row.role))


def _bring_schema_up_to_date(path: Path, engine: Engine) -> None:
    """Upgrade an older vault in place, after an encrypted backup copy of it."""
    current = migrate.current_revision(engine)
    head = migrate.head_revision()
    if current == head:
        return
    if current is not None and current not in migrate.known_revisions():
        raise VaultTooNew(
            f"The vault {path} was made by a newer version of HostDesk; update HostDesk to open it."
        )
    backup = _backup_before_migration(path, engine, current or "empty")
    log.info("upgrading vault schema from %s to %s (backup %s)", current, head, backup.name)
    migrate.upgrade(engine)


def _backup_before_migration(path: Path, engine: Engine, revision: str) -> Path:
    """Copy the (encrypted) database file aside; the WAL is folded in first."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    backups = path / BACKUP_DIR
    backups.mkdir(exist_ok=True)
    stamp = _now().strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"vault-{revision}-{stamp}-{uuid.uuid4().hex[:6]}.db"
    try:
        shutil.copyfile(path / DB_NAME, target)
        with open(target, "rb") as handle:
            os.fsync(handle.fileno())
    except OSError as error:
        raise VaultError(
            f"Could not copy the vault aside before upgrading it ({error.strerror}); "
            "free some disk space and try again."
        ) from error
    return target

