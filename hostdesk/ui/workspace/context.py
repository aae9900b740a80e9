"""One open case file, shared by the workspace's header and tabs.

The first opening is synchronous and audited (``families.load_family``, a few
milliseconds); every save runs on the database thread, then the file is read
again there (quietly, without a second "opened" entry) and ``loaded`` tells
every tab to redraw from it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlmodel import Session

from hostdesk.storage import casework, families
from hostdesk.storage.errors import VaultError
from hostdesk.storage.families import FamilyFile
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.forms import error_sentence


class CaseContext(QObject):
    loaded = Signal()
    changed = Signal()

    def __init__(
        self, vault: Vault, operations: Operations, family_id: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.operations = operations
        self.family_id = family_id
        with vault.session() as session:
            file = families.load_family(session, vault.user, family_id)
            if file is None:
                raise VaultError("This family is no longer in the vault.")
            extras = casework.extras(session, family_id)
        self.file: FamilyFile = file
        self.extras: casework.CaseExtras = extras

    @property
    def read_only(self) -> bool:
        """An anonymised file can no longer change (the vault refuses it too)."""
        return self.file.family.anonymised_on is not None

    def member_name(self, member_id: int | None) -> str:
        for mf in self.file.members:
            if mf.member.id == member_id:
                return mf.member.name_latin
        return ""

    def save(
        self,
        write: Callable[[Session], Any],
        on_failure: Callable[[str], None],
        on_success: Callable[[Any], None] | None = None,
    ) -> None:
        """Run ``write`` in one transaction off the UI thread, then reload and redraw."""
        vault, family_id = self.vault, self.family_id

        def work() -> tuple[Any, FamilyFile | None, casework.CaseExtras]:
            with vault.changing() as session:
                result = write(session)
            with vault.session() as session:
                return (
                    result,
                    casework.read_family(session, family_id),
                    casework.extras(session, family_id),
                )

        def done(outcome: tuple[Any, FamilyFile | None, casework.CaseExtras]) -> None:
            result, file, extras = outcome
            self._apply(file, extras)
            if on_success is not None:
                on_success(result)
            self.changed.emit()

        self.operations.run(work, done, lambda error: on_failure(error_sentence(error)))

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the file again after a dialog saved something, then redraw."""
        self.save(lambda _session: None, lambda _message: None, lambda _r: then and then())

    def _apply(self, file: FamilyFile | None, extras: casework.CaseExtras) -> None:
        if file is not None:
            self.file = file
            self.extras = extras
            self.loaded.emit()
