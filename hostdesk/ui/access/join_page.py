"""First run, "Join my entity's team": the invitation code, the hub, this laptop's vault.

The laptop's fingerprint is shown while it waits for the coordinator, who adds it once
the fingerprint was read aloud to them; the vault is made for the user the team knows,
with the passphrase chosen here, and receives that user's families.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWizardPage

from hostdesk.storage.paths import data_home
from hostdesk.sync.team.invite import InvitationError, secret_of
from hostdesk.ui.common.passphrase_fields import ERROR_STYLE, NewPassphraseFields


class JoinPage(QWizardPage):
    def __init__(self, next_page: int) -> None:
        super().__init__()
        self._next = next_page
        self.setTitle(self.tr("Join my entity's team"))
        self.setSubTitle(
            self.tr("Your coordinator gives you an invitation code and the team hub's address. "
                    "This laptop will hold the families you follow, encrypted.")
        )  # fmt: skip
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Invitation code"))
        self.code.setPlaceholderText("ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z")
        self.hub = QLineEdit()
        self.hub.setAccessibleName(self.tr("Team hub address"))
        self.hub.setPlaceholderText("https://…")
        self.label = QLineEdit()
        self.label.setAccessibleName(self.tr("A name for this laptop"))
        self.label.setPlaceholderText(self.tr("e.g. Portátil da Ana"))
        self.folder = QLineEdit(str(data_home() / "vault"))
        self.folder.setAccessibleName(self.tr("Vault folder"))
        self.code_error = QLabel()
        self.code_error.setStyleSheet(ERROR_STYLE)
        self.code_error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Invitation &code"), self.code)
        form.addRow("", self.code_error)
        form.addRow(self.tr("Team &hub"), self.hub)
        form.addRow(self.tr("This &laptop's name"), self.label)
        form.addRow(self.tr("Vault &folder"), self.folder)
        self.fields = NewPassphraseFields(form, self)
        for edit in (self.code, self.hub, self.folder, self.label):
            edit.textChanged.connect(self._check)
        self.fields.changed.connect(self.completeChanged)
        self._check()

    def _check(self) -> None:
        message = ""
        if self.code.text().strip():
            try:
                secret_of(self.code.text())
            except InvitationError:
                message = self.tr("This code is incomplete or mistyped: 26 letters and digits.")
        self.code_error.setText(message)
        self.code_error.setVisible(bool(message))
        self.completeChanged.emit()

    def nextId(self) -> int:
        return self._next

    def vault_dir(self) -> Path:
        return Path(self.folder.text().strip())

    def isComplete(self) -> bool:
        folder = self.vault_dir()
        usable = bool(self.folder.text().strip()) and not (
            folder.exists() and any(folder.iterdir())
        )
        return (
            bool(self.code.text().strip()) and not self.code_error.isVisible()
            and self.hub.text().strip().startswith(("http://", "https://"))
            and usable and self.fields.is_acceptable()
        )  # fmt: skip
