"""First run: create a vault (entity, coordinator, recovery key), open one, or try the demo."""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from hostdesk.storage.errors import VaultError
from hostdesk.storage.paths import data_home
from hostdesk.storage.vault import Vault
from hostdesk.sync.team.invite import new_pending_join
from hostdesk.sync.team.joining import join_by_code
from hostdesk.ui.access.join_page import JoinPage
from hostdesk.ui.access.recovery_key_panel import RecoveryKeyPanel
from hostdesk.ui.common.error_text import vault_error_sentence
from hostdesk.ui.common.numbers import format_number
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.common.passphrase_fields import ERROR_STYLE, NewPassphraseFields
from hostdesk.ui.common.screen_fit import keep_on_screen
from hostdesk.ui.sync.join_progress import JoinProgressRelay
from hostdesk.ui.sync.team_errors import team_error_text

log = logging.getLogger(__name__)


class Choice(StrEnum):
    CREATE = "create"
    JOIN = "join"
    OPEN = "open"
    DEMO = "demo"


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to HostDesk"))
        self.setSubTitle(
            self.tr("HostDesk keeps your entity's case files on this computer, encrypted.")
        )
        self.create = QRadioButton(self.tr("&Create a new vault for my entity"))
        self.join = QRadioButton(self.tr("&Join my entity's team"))
        self.open = QRadioButton(self.tr("&Open an existing vault"))
        self.demo = QRadioButton(self.tr("&Explore the demo (synthetic families, no real data)"))
        self.create.setChecked(True)
        layout = QVBoxLayout(self)
        for button in (self.create, self.join, self.open, self.demo):
            layout.addWidget(button)
        layout.addStretch(1)

    def choice(self) -> Choice:
        if self.open.isChecked():
            return Choice.OPEN
        if self.join.isChecked():
            return Choice.JOIN
        return Choice.DEMO if self.demo.isChecked() else Choice.CREATE

    def nextId(self) -> int:
        return {Choice.CREATE: FirstRunWizard.ENTITY, Choice.JOIN: FirstRunWizard.JOIN}.get(
            self.choice(), -1
        )

    def isFinalPage(self) -> bool:
        return self.choice() not in (Choice.CREATE, Choice.JOIN)


class EntityPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your hosting entity"))
        self.setSubTitle(self.tr("Where the vault will live and whose it is."))
        self.entity = QLineEdit()
        self.entity.setAccessibleName(self.tr("Entity name"))
        self.entity.setPlaceholderText(self.tr("e.g. Associação de Acolhimento de Viseu"))
        self.folder = QLineEdit(str(data_home() / "vault"))
        self.folder.setAccessibleName(self.tr("Vault folder"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self._browse)
        self.folder_error = QLabel()
        self.folder_error.setStyleSheet(ERROR_STYLE)
        self.folder_error.setWordWrap(True)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&Entity name"), self.entity)
        form.addRow(self.tr("Vault &folder"), folder_row)
        form.addRow("", self.folder_error)
        self.entity.textChanged.connect(self.completeChanged)
        self.folder.textChanged.connect(self._check_folder)
        self._check_folder()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the vault's folder"))
        if chosen:
            self.folder.setText(str(Path(chosen) / "hostdesk-vault"))

    def _check_folder(self) -> None:
        folder = Path(self.folder.text().strip()) if self.folder.text().strip() else None
        message = ""
        if folder is None:
            message = self.tr("Choose a folder for the vault.")
        elif folder.exists() and any(folder.iterdir()):
            message = self.tr("This folder is not empty; choose a new or empty folder.")
        self.folder_error.setText(message)
        self.folder_error.setVisible(bool(message))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.entity.text().strip()) and not self.folder_error.isVisible()


class CoordinatorPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The coordinator"))
        self.setSubTitle(
            self.tr(
                "The coordinator manages users and submits the monthly reports. Choose a "
                "passphrase of a few unrelated words: long is better than complicated."
            )
        )
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.username.setPlaceholderText(self.tr("e.g. ana.silva"))
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(self.tr("Full name"))
        form = QFormLayout(self)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Full name"), self.display_name)
        self.fields = NewPassphraseFields(form, self)
        # The fields' widgets, by the names the page always had.
        self.passphrase, self.confirm = self.fields.passphrase, self.fields.confirm
        self.strength_label, self.match_error = self.fields.strength_label, self.fields.match_error
        self.username.textChanged.connect(self.completeChanged)
        self.fields.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.username.text().strip()) and self.fields.is_acceptable()


class RecoveryPage(QWizardPage):
    """Creates the vault, then shows the recovery key once and checks it was kept."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr(
                "If every passphrase is forgotten, this key is the only way into the vault. "
                "It is shown only now: save it as a PDF or print it, and keep it locked away."
            )
        )
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.status = QLabel(self.tr("Creating the vault…"))
        self.status.setWordWrap(True)
        self.panel = RecoveryKeyPanel(lambda: self._wizard.entity_page.entity.text().strip())
        self.panel.changed.connect(self.completeChanged)
        # The panel's parts, by the names the page always had.
        self.key_label = self.panel.key_label
        self.kept = self.panel.kept
        self.check = self.panel.check
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        self.panel.hide()

    def nextId(self) -> int:
        return -1  # the last page, whichever way the wizard came

    @property
    def recovery_key(self) -> str:
        return self.panel.recovery_key

    def initializePage(self) -> None:
        if self._wizard.vault is not None:
            return
        self._wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.busy.show()
        if self._wizard.choice is Choice.JOIN:
            fingerprint = self._wizard.join_team(self._created, self._failed, self._receiving)
            self.status.setText(
                self.tr("Read this fingerprint aloud to your coordinator, who adds this laptop "
                        "to the team; it waits here meanwhile:\n%1").replace("%1", fingerprint)
            )  # fmt: skip
            return
        self.status.setText(
            self.tr("Creating the vault… (choosing the key strength takes a moment)")
        )
        self._wizard.create_vault(self._created, self._failed)

    def _receiving(self, merged: int, parts: int) -> None:
        """The coordinator added this laptop; its families arrive in parts."""
        self.busy.setRange(0, parts)
        self.busy.setValue(merged)
        self.status.setText(
            self.tr("Added to the team: receiving your families (part %1 of %2)…")
            .replace("%1", format_number(merged)).replace("%2", format_number(parts))
        )  # fmt: skip

    def _created(self, recovery_key: str) -> None:
        self.busy.hide()
        self.status.setText(self.tr("The vault is ready. Here is its recovery key:"))
        self.panel.set_key(recovery_key)
        self.panel.show()

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self.status.setText(message)
        self.status.setStyleSheet(ERROR_STYLE)
        self._wizard.button(QWizard.WizardButton.BackButton).setEnabled(True)

    def isComplete(self) -> bool:
        return self.panel.is_complete()


class FirstRunWizard(QWizard):
    """After ``exec()``: ``choice``, and for a created vault ``vault`` (open)."""

    WELCOME, ENTITY, COORDINATOR, RECOVERY, JOIN = range(5)

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never taller than the screen (screen_fit)
        self._operations = operations
        self.vault: Vault | None = None
        self.setWindowTitle(self.tr("HostDesk — first run"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.welcome = WelcomePage()
        self.entity_page = EntityPage()
        self.coordinator_page = CoordinatorPage()
        self.recovery_page = RecoveryPage(self)
        self.join_page = JoinPage(self.RECOVERY)
        self.setPage(self.WELCOME, self.welcome)
        self.setPage(self.JOIN, self.join_page)
        self.setPage(self.ENTITY, self.entity_page)
        self.setPage(self.COORDINATOR, self.coordinator_page)
        self.setPage(self.RECOVERY, self.recovery_page)
        self.resize(720, 520)

    @property
    def choice(self) -> Choice:
        return self.welcome.choice()

    @property
    def vault_dir(self) -> Path:
        if self.choice is Choice.JOIN:
            return self.join_page.vault_dir()
        return Path(self.entity_page.folder.text().strip())

    def join_team(self, on_created: object, on_failed: object, on_receiving: object) -> str:
        """Ask the hub to join with the code; returns this laptop's fingerprint at once, and
        makes the vault once the coordinator added the laptop (or reports why not);
        ``on_receiving(merged, parts)`` as the welcome's parts are merged."""
        page = self.join_page
        pending = new_pending_join(page.code.text(), page.label.text().strip())
        hub, folder, passphrase = (
            page.hub.text().strip(),
            page.vault_dir(),
            page.fields.passphrase.text(),
        )

        relay = JoinProgressRelay(self)
        relay.parts.connect(on_receiving)

        def work() -> tuple[Vault, str]:
            return join_by_code(pending, hub, folder, passphrase, progress=relay.parts.emit)

        def done(result: tuple[Vault, str]) -> None:
            self.vault, recovery = result
            on_created(recovery)  # type: ignore[operator]

        def failed(error: BaseException) -> None:
            on_failed(team_error_text(error, log, "joining the team"))  # type: ignore[operator]

        self._operations.run_aside(work, done, failed)
        return pending.fingerprint()

    def create_vault(self, on_created: object, on_failed: object) -> None:
        folder = self.vault_dir
        entity = self.entity_page.entity.text().strip()
        coordinator = self.coordinator_page
        username = coordinator.username.text().strip()
        display_name = coordinator.display_name.text().strip()
        passphrase = coordinator.passphrase.text()

        def work() -> tuple[Vault, str]:
            return Vault.create(
                folder,
                entity_name=entity,
                username=username,
                passphrase=passphrase,
                display_name=display_name,
            )

        def done(result: tuple[Vault, str]) -> None:
            self.vault, recovery = result
            on_created(recovery)  # type: ignore[operator]

        def failed(error: BaseException) -> None:
            if isinstance(error, VaultError):
                on_failed(vault_error_sentence(error))  # type: ignore[operator]
            else:
                log.error("vault creation failed: %s", type(error).__name__)
                on_failed(self.tr("The vault could not be created; see the log."))  # type: ignore[operator]

        self._operations.run(work, done, failed)

    def reject(self) -> None:
        # Once the vault exists, leaving before the key is confirmed would lose it.
        if self.vault is not None and not self.recovery_page.isComplete():
            return
        super().reject()
