"""Start the desktop application: translations, unlock, main window, crash dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from hostdesk.storage.errors import VaultError
from hostdesk.storage.header import read_header
from hostdesk.storage.vault import Vault
from hostdesk.ui.access.first_run import Choice, FirstRunWizard
from hostdesk.ui.access.unlock_dialog import UnlockDialog
from hostdesk.ui.common import preferences, viewer_copies
from hostdesk.ui.common.error_text import vault_error_sentence
from hostdesk.ui.common.fonts import install_bundled_fonts
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.common.platform_check import startup_problem
from hostdesk.ui.common.translations import install_translations
from hostdesk.ui.help.whats_new import show_after_upgrade
from hostdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

DEMO_PASSPHRASE = "demo-hostdesk"
DEMO_FAMILIES = 300


def _install_translations(app: QApplication, language: str) -> None:
    install_translations(app, language)


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    # Only the type and the place go to the log and the dialog: messages may hold personal data.
    where = traceback.extract_tb(tb)[-1] if tb else None
    place = f"{Path(where.filename).name}:{where.lineno}" if where else "?"
    log.error("unexpected %s at %s", kind.__name__, place)
    QMessageBox.critical(
        None,
        QApplication.translate("Crash", "Something went wrong"),
        QApplication.translate(
            "Crash", "HostDesk met an unexpected problem (%1). Your saved work is safe."
        ).replace("%1", f"{kind.__name__} at {place}"),
    )


def _demo_dir() -> Path:
    from hostdesk.storage.paths import data_home

    return data_home() / "demo-vault"


def _ensure_demo_vault(operations: Operations, path: Path) -> bool:
    """Create the demo vault off the UI thread, with a progress dialog."""
    if (path / "header.json").exists():
        return True
    from hostdesk.storage.demo.writer import create_demo_vault

    progress = QProgressDialog(
        QApplication.translate("Demo", "Creating the demo vault with synthetic families…"),
        "",
        0,
        DEMO_FAMILIES,
    )
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)
    outcome: list[BaseException | None] = []

    def work() -> None:
        # With two social workers beside the coordinator, so that a newcomer sees whose
        # families are whose, and can switch user from the lock screen.
        vault = create_demo_vault(
            path, DEMO_PASSPHRASE, families=DEMO_FAMILIES, seed=1, with_social_workers=True
        )
        vault.close()

    loop = QEventLoop()

    def done(error: BaseException | None) -> None:
        outcome.append(error)
        loop.quit()

    operations.run(work, lambda _result: done(None), done)
    loop.exec()
    progress.close()
    if outcome[0] is not None:
        QMessageBox.critical(None, "HostDesk", str(outcome[0]))
        return False
    return True


def _choose_vault(operations: Operations) -> tuple[Path | None, Vault | None, str]:
    """First run or no remembered vault: the wizard decides. Returns (folder, open vault, hint)."""
    wizard = FirstRunWizard(operations)
    if not wizard.exec():
        if wizard.vault is not None:
            wizard.vault.close()
        return None, None, ""
    if wizard.choice in (Choice.CREATE, Choice.JOIN) and wizard.vault is not None:
        return wizard.vault_dir, wizard.vault, ""
    if wizard.choice is Choice.DEMO:
        return _open_demo(operations)
    chosen = QFileDialog.getExistingDirectory(None, QApplication.translate("Start", "Open a vault"))
    return (Path(chosen) if chosen else None), None, ""


def _open_demo(operations: Operations) -> tuple[Path | None, Vault | None, str]:
    path = _demo_dir()
    if not _ensure_demo_vault(operations, path):
        return None, None, ""
    return path, None, DEMO_PASSPHRASE


def run(vault_dir: Path | None, demo: bool) -> int:
    app = QApplication.instance()
    if app is None:
        problem = startup_problem()  # Qt aborts the process when its plugin cannot load
        if problem is not None:
            print(problem, file=sys.stderr)
            return 1
        app = QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("HostDesk")
    app.setOrganizationName("HostDesk")
    _install_translations(app, preferences.language())
    install_bundled_fonts()
    sys.excepthook = _excepthook
    # Copies of documents a killed run left for an outside viewer go before anything else.
    viewer_copies.clean_at_start()
    operations = Operations(app)
    try:
        return _run(app, operations, vault_dir, demo)
    finally:
        viewer_copies.close()


def _run(app: QApplication, operations: Operations, vault_dir: Path | None, demo: bool) -> int:
    """Choose or unlock a vault, then one user's window after another until the end."""
    vault: Vault | None = None
    hint = ""
    if demo:
        vault_dir, vault, hint = _open_demo(operations)
    elif vault_dir is None:
        remembered = preferences.last_vault()
        if remembered is not None and (remembered / "header.json").exists():
            vault_dir = remembered
        else:
            vault_dir, vault, hint = _choose_vault(operations)
    if vault_dir is None:
        return 0
    while True:
        if vault is None:
            vault, refused = _unlock(vault_dir, operations, hint)
            if vault is None:
                return refused
        if not hint:  # the demo is never remembered as "your" vault
            preferences.set_last_vault(vault_dir)
        code, switching = _session(app, vault, operations)
        vault.close()
        vault, hint = None, ""
        if not switching:
            return code


def _unlock(vault_dir: Path, operations: Operations, hint: str) -> tuple[Vault | None, int]:
    """The unlock dialog: the vault, or None and the exit code (2: unreadable, said)."""
    try:
        header = read_header(vault_dir)
    except VaultError as error:
        QMessageBox.critical(None, "HostDesk", vault_error_sentence(error))
        return None, 2
    dialog = UnlockDialog(vault_dir, header, operations, passphrase_hint=hint)
    log.debug("unlock dialog shown")  # scripts/bundle.py times the start up to here
    if not dialog.exec():
        return None, 0
    return dialog.vault, 0


def show_fitted(window: MainWindow) -> None:
    """Shown within the screen's free area: a laptop's taskbar never hides the status bar."""
    screen = window.screen() or QApplication.primaryScreen()
    free = screen.availableGeometry() if screen is not None else None
    if free is None or free.width() <= 1440 or free.height() <= 900:
        window.showMaximized()  # a laptop screen: all of it, as a desktop app is used there
        return
    window.resize(1366, 768)
    window.move(free.center() - window.rect().center())
    window.show()


def _session(app: QApplication, vault: Vault, operations: Operations) -> tuple[int, bool]:
    """One user's main window until it closes; True when it ended to switch user."""
    window = MainWindow(vault, operations)
    switching: list[bool] = []

    def switch() -> None:
        switching.append(True)
        app.exit(0)

    window.switch_user_requested.connect(switch)
    show_fitted(window)
    show_after_upgrade(window)
    code = app.exec()
    operations.wait_idle()
    if switching:
        # Hidden, not closed: a locked window refuses to close; its forms go with it.
        window.hide()
        window.deleteLater()
        app.processEvents()
    return code, bool(switching)
