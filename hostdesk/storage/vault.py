"""The vault: a folder with a header and an SQLCipher database, opened as one thing.

Opening order matters for the promise that a wrong passphrase changes
nothing: the header is read and the key unwrapped (pure computation) before
any file is created or opened for writing.
"""

from __future__ import annotations

import hmac
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, select

from hostdesk.domain.allowance import DEFAULT_RATES
from hostdesk.domain.vocabulary import Role
from hostdesk.storage import (
    audit,
    audit_keys,
    audit_verify,
    key_rotation,
    keyring,
    migrate,
    rekey,
    restore_marker,
    search,
    user_removal,
    users,
)
from hostdesk.storage.database import (
    DB_NAME,
    WRITE_OPTION,
    create_vault_engine,
    engine_contexts,
    storage_error,
)
from hostdesk.storage.durable import (
    PRIVATE_FOLDER,
    create_private_file,
    make_private,
    make_private_folder,
)
from hostdesk.storage.errors import (
    PermissionDenied,
    UnknownUser,
    VaultAlreadyExists,
    VaultError,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from hostdesk.storage.header import HEADER_NAME, VaultHeader, read_header, write_header
from hostdesk.storage.kdf import KdfParams, calibrate
from hostdesk.storage.models import AllowanceRate, AppUser, HostingEntity
from hostdesk.storage.vault_folder import (
    FolderLock,
    bring_schema_up_to_date,
    make_vault_folder_private,
    readonly_error,
)

log = logging.getLogger(__name__)


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


class _KeyHolder:
    """The data key the engine's new connections use; it changes when the key is rotated."""

    def __init__(self, key: bytes) -> None:
        self.key = key

    def __call__(self) -> bytes:
        return self.key


class Vault:
    """An open vault: its header, its keyed engine and the signed-in user."""

    def __init__(
        self,
        path: Path,
        header: VaultHeader,
        key: _KeyHolder,
        engine: Engine,
        lock: FolderLock,
        user: CurrentUser,
    ) -> None:
        self.path = path
        self.header = header
        self._key_holder = key
        self.engine = engine
        self._lock = lock
        self.user = user

    @property
    def _key(self) -> bytes:
        return self._key_holder.key

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
        kdf = kdf or calibrate()
        kdf.check()  # never a header that would be refused when read back
        if (path / HEADER_NAME).exists() or (path / DB_NAME).exists():
            raise VaultAlreadyExists(
                f"There is already a vault in {path}; open it, or choose an empty folder."
            )
        try:
            make_private_folder(path)
            make_private(path, PRIVATE_FOLDER)  # an empty folder the user chose
        except OSError as error:
            raise readonly_error(path) from error
        data_key = keyring.new_data_key()
        header, recovery_text = keyring.create_header(
            data_key, username.strip(), passphrase, kdf, user_id=user_uuid, role=role
        )
        lock = FolderLock(path)
        holder = _KeyHolder(data_key)
        try:
            # SQLite would create the file (and give its -wal and -shm) the umask's mode.
            os.close(create_private_file(path / DB_NAME))
            engine = create_vault_engine(path / DB_NAME, holder)
            migrate.upgrade(engine)
            with engine.begin() as conn:
                audit_keys.start_new_vault(conn, data_key)
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
            engine_contexts[engine].actor = user.username
            # The header goes last: a vault without one is clearly unfinished.
            write_header(path, header)
        except BaseException:
            lock.release()
            raise
        log.info("vault created")
        return cls(path, header, holder, engine, lock, user), recovery_text

    @classmethod
    def open(cls, path: Path, username: str | None, passphrase: str) -> Vault:
        """Unlock with a user's passphrase. Nothing on disk changes if it is wrong."""
        path = Path(path)
        header = read_header(path)
        slot_name = username if username else _only_user(header)
        user_id = header.user(slot_name).user_id

        def unlock(current: VaultHeader) -> keyring.Unlocked:
            return keyring.unlock_user(current, current.user(slot_name).username, passphrase)

        return cls._open_unlocked(path, header, unlock, user_id)

    @classmethod
    def open_with_recovery_key(cls, path: Path, recovery_text: str) -> Vault:
        path = Path(path)
        header = read_header(path)
        return cls._open_unlocked(
            path, header, lambda current: keyring.unlock_recovery(current, recovery_text), None
        )

    @classmethod
    def _open_unlocked(
        cls,
        path: Path,
        header: VaultHeader,
        unlock: Callable[[VaultHeader], keyring.Unlocked],
        user_uuid: str | None,
    ) -> Vault:
        unlocked = unlock(header)  # before any file is touched: a wrong passphrase writes nothing
        if not (path / DB_NAME).exists():
            raise VaultNotFound(
                f"The vault {path} has a header but no database file ({DB_NAME}); "
                "restore the vault from a backup."
            )
        lock = FolderLock(path)
        engine: Engine | None = None
        try:
            make_vault_folder_private(path)
            # Another process may have changed the header (a user removed, the key
            # changed) between our reading it and taking the lock.
            current = read_header(path)
            if current != header:
                header, unlocked = current, unlock(current)
            holder = _KeyHolder(key_rotation.database_key(path / DB_NAME, header, unlocked))
            engine = create_vault_engine(path / DB_NAME, holder)
            bring_schema_up_to_date(path, engine)
            if (reindexed := search.bring_keys_up_to_date(engine)) is not None:
                log.info("indexed %d people again with the current name keys", reindexed)
            user = _load_user(engine, user_uuid)
        except BaseException:
            # Closing every connection now lets SQLite remove the -wal and -shm files it
            # made: a refused vault (one from a newer HostDesk) is left byte for byte as
            # it was, not with files that wait for the garbage collector.
            if engine is not None:
                engine.dispose()
            lock.release()
            raise
        engine_contexts[engine].actor = user.username
        vault = cls(path, header, holder, engine, lock, user)
        try:
            key_rotation.finish_on_open(vault, unlocked)
            with vault.engine.begin() as conn:  # an older vault: its rows covered once
                audit.seal_unsealed(conn, vault._key, user.username)
            restore_marker.record_if_pending(vault)
        except BaseException:
            vault.close()
            raise
        return vault

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
                storage = storage_error(error)
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

    def raw_key_hex(self, passphrase: str) -> str:
        """The database key in hex: the documented escape hatch for SQLCipher tools.

        Coordinators only, after their passphrase once more, and audited. This
        is a rule of the app, not a boundary: whoever has a key slot and its
        passphrase can compute the key from ``header.json`` without HostDesk.
        """
        self.require_coordinator("export the raw database key")
        if self.user is RECOVERY_ACTOR:
            raise PermissionDenied(
                "Open the vault with a coordinator's passphrase to export the raw key."
            )
        self.verify_passphrase(passphrase)
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

    def remove_user(
        self,
        username: str,
        *,
        progress: Callable[[int, int], None] | None = None,
        hooks: Sequence[user_removal.UserRemovedHook] = (),
        register: user_removal.RemovalRegister | None = None,
    ) -> user_removal.RemovalResult:
        """Remove a user and change the data key, so that nothing they kept opens the vault.

        Their row stays, inactive, for the history. Long (the whole database is
        re-encrypted): run it off the UI thread. See ``storage/user_removal.py``.
        """
        return self.remove_users([username], progress=progress, hooks=hooks, register=register)

    def remove_users(
        self,
        usernames: Sequence[str],
        *,
        progress: Callable[[int, int], None] | None = None,
        hooks: Sequence[user_removal.UserRemovedHook] = (),
        register: user_removal.RemovalRegister | None = None,
    ) -> user_removal.RemovalResult:
        """Several users at once, with one change of the data key for them all."""
        return user_removal.remove_users(
            self, usernames, progress=progress, hooks=hooks, register=register
        )

    def new_recovery_key(self) -> str:
        """Replace the recovery key (coordinators); returns the new one, to show once."""
        self.require_coordinator("make a new recovery key")
        header, text = keyring.new_recovery_key(self.header, self._key)
        with self._header_with_transaction(header) as session:
            audit.append(
                session, self.user.username, "key.new_recovery", "vault", self.header.vault_id
            )
        return text

    def _replace_header(self, header: VaultHeader) -> None:
        """Write ``header`` (atomically) and use it from now on."""
        write_header(self.path, header)
        self.header = header

    def _reencrypt(self, new_key: bytes, progress: Callable[[int, int], None] | None) -> None:
        """Put the database under ``new_key``; every connection must be back in the pool."""
        if self.engine.pool.checkedout():  # type: ignore[attr-defined]
            raise VaultError("The vault is busy; try again when the current work has finished.")
        self.engine.dispose()  # no connection may keep writing to the old file
        rekey.reencrypt(self.path / DB_NAME, self._key, new_key, progress)
        self._key_holder.key = new_key

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

    def audit_report(self, *, rows: bool = True) -> audit.ChainReport:
        """The chain, then (``rows``) every covered row against it (``audit_verify``).

        The rows take long on a large vault (minutes at 25,000 families): every
        covered row is read and hashed.
        """
        with self.session() as session:
            chain = audit.verify_chain(session)
            if not rows:
                return chain
            found = audit_verify.verify_rows(session.connection(), self._key)
        return replace(
            chain,
            row_problems=tuple(found.problems),
            row_problem_count=found.count,
            rows_checked=found.rows_checked,
            rows_verified=True,
        )

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
        self._key_holder.key = b""
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
