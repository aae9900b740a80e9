"""The main window: navigation between the screens, the status bar and locking."""

from __future__ import annotations

import logging
from datetime import date

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain.vocabulary import Role
from hostdesk.storage import dashboard, settings
from hostdesk.storage.vault import Vault
from hostdesk.ui.access.lock_screen import IdleWatcher, LockScreen
from hostdesk.ui.caseload.caseload_view import CaseloadView
from hostdesk.ui.common.about import show_about
from hostdesk.ui.common.labels import label
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.dashboard.dashboard_view import DashboardView
from hostdesk.ui.help.guide_window import GuideWindow
from hostdesk.ui.help.whats_new import WhatsNewDialog
from hostdesk.ui.importing.import_wizard import open_import_wizard
from hostdesk.ui.reports.family_report_action import FamilyReportAction
from hostdesk.ui.reports.reports_view import ReportsView
from hostdesk.ui.settings.audit_view import AuditView
from hostdesk.ui.settings.backup_dialog import BackupDialog
from hostdesk.ui.settings.backup_reminder import BackupReminder
from hostdesk.ui.settings.settings_view import SettingsView
from hostdesk.ui.sync.sync_model import status_text
from hostdesk.ui.sync.sync_sender import BackgroundSender
from hostdesk.ui.sync.sync_view import SyncView
from hostdesk.ui.today.today_view import TodayView
from hostdesk.ui.workspace.family_form import FamilyForm
from hostdesk.ui.workspace.family_workspace import FamilyWorkspace

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    # From the lock screen: someone else signs in; the application closes this vault.
    switch_user_requested = Signal()

    def __init__(
        self,
        vault: Vault,
        operations: Operations | None = None,
        sync_sender: BackgroundSender | None = None,
    ) -> None:
        super().__init__()
        self._vault = vault
        self._operations = operations or Operations(self)
        self._hidden_while_locked: list[QWidget] = []
        self._actions: list[QAction] = []
        self.workspace: FamilyWorkspace | None = None
        self.guide: GuideWindow | None = None
        self.setWindowTitle(self.tr("HostDesk"))
        self.setMinimumSize(QSize(960, 600))

        self.caseload = CaseloadView(vault, self._operations)
        self.caseload.familyActivated.connect(self.open_family)
        self.caseload.newFamilyRequested.connect(self.new_family)
        self.today = TodayView(vault, self._operations)
        self.today.familyRequested.connect(self.open_family)
        self.dashboard = DashboardView(vault, self._operations)
        self.dashboard.familiesRequested.connect(self.show_families_behind)
        self.reports = ReportsView(vault, self._operations)
        self.sync_sender = sync_sender or BackgroundSender(vault, self._operations, parent=self)
        self.sync = SyncView(vault, self._operations, self.sync_sender)
        self.reports.revisionSubmitted.connect(self.sync_sender.enqueue)
        # A revision's state moves with the outbox (sent, refused, delivered): show it.
        self.sync_sender.changed.connect(self.reports.outbox_changed)
        self.reports.setupRequested.connect(self.show_sync)
        self.family_report = FamilyReportAction(vault, self._operations, self)
        self.family_report.printed.connect(self._say)
        self.settings_view = SettingsView(vault, self._operations)
        self.settings_view.backupRequested.connect(self.back_up)
        self.family_page = QWidget()
        self._family_layout = QVBoxLayout(self.family_page)
        self._family_layout.setContentsMargins(0, 0, 0, 0)
        back = QPushButton(self.tr("← Back to the caseload"))
        back.setAccessibleName(self.tr("Back to the caseload"))
        back.clicked.connect(self.show_caseload)
        back_row = QHBoxLayout()
        back_row.addWidget(back)
        back_row.addStretch(1)
        self._family_layout.addLayout(back_row)

        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Screens"))
        self.navigation.setFixedWidth(180)
        self._screens: list[tuple[str, QWidget, str]] = [
            (self.tr("Caseload"), self.caseload, "Ctrl+1"),
            (self.tr("Today"), self.today, "Ctrl+2"),
            (self.tr("Dashboard"), self.dashboard, "Ctrl+3"),
            (self.tr("Reports"), self.reports, "Ctrl+4"),
            (self.tr("Sync"), self.sync, "Ctrl+5"),
            (self.tr("Settings"), self.settings_view, "Ctrl+,"),
        ]
        for title, page, _shortcut in self._screens:
            self.navigation.addItem(title)
            self.pages.addWidget(page)
        self.pages.addWidget(self.family_page)
        self.navigation.currentRowChanged.connect(self._navigated)

        content = QWidget()
        row = QHBoxLayout(content)
        row.addWidget(self.navigation)
        row.addWidget(self.pages, 1)

        self.lock_screen = LockScreen(vault, self._operations)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.switch_user_requested.connect(self._switch_user)
        self.screens = QStackedWidget()
        self.screens.addWidget(content)
        self.screens.addWidget(self.lock_screen)
        self.setCentralWidget(self.screens)

        self._build_status_bar()
        self._build_menus()

        with vault.session() as session:
            minutes = settings.get(session, settings.IDLE_LOCK_MINUTES)
        self.idle = IdleWatcher(minutes, self)
        self.idle.idle.connect(self.lock)
        self.settings_view.idleMinutesChanged.connect(self.idle.set_minutes)
        self.navigation.setCurrentRow(0)
        self.caseload.search_field.setFocus()
        self.sync_sender.changed.connect(self._show_sync_state)
        self.sync_sender.start()  # what a crash or an earlier session left is sent now

    # -- building ---------------------------------------------------------------

    def _build_status_bar(self) -> None:
        user = self._vault.user
        who = QLabel(
            self.tr("%1 · %2").replace("%1", user.username).replace("%2", label(Role, user.role))
        )
        who.setAccessibleName(self.tr("Signed-in user"))
        self.sync_state = QLabel(self.tr("Sync: not set up"))
        self.sync_state.setAccessibleName(self.tr("Sync state"))
        lock = QToolButton()
        lock.setText(self.tr("Lock"))
        lock.setToolTip(self.tr("Lock HostDesk (Ctrl+L)"))
        lock.setAccessibleName(self.tr("Lock"))
        lock.clicked.connect(self.lock)
        self.backup_reminder = BackupReminder(self._vault, self._operations)
        self.backup_reminder.backupRequested.connect(self.back_up)
        self.settings_view.settingsSaved.connect(self.backup_reminder.check)
        self.backup_reminder.check()
        bar = self.statusBar()
        bar.addWidget(who)
        bar.addWidget(self.backup_reminder)
        bar.addPermanentWidget(self.sync_state)
        bar.addPermanentWidget(lock)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New family…"), "Ctrl+N", self.new_family)
        self._action(file_menu, self.tr("New &visit…"), "Ctrl+Shift+V", self._new_visit)
        self._action(file_menu, self.tr("&Import from spreadsheet…"), None, self._import)
        self._action(
            file_menu, self.tr("&Progress report of this family…"), "Ctrl+P", self._family_report
        )
        self._action(
            file_menu, self.tr("P&rint the progress report of this family…"), "Ctrl+Shift+P",
            self._print_family_report,
        )  # fmt: skip
        file_menu.addSeparator()
        # The coordinator's tools; hidden (so never re-enabled by unlocking) for others.
        for text, slot in (
            (self.tr("&Back up now…"), self.back_up),
            (self.tr("&Audit log…"), self.show_audit_log),
        ):
            self._action(file_menu, text, None, slot).setVisible(self._vault.user.is_coordinator)
        file_menu.addSeparator()
        self.lock_action = self._action(file_menu, self.tr("&Lock"), "Ctrl+L", self.lock)
        self._action(file_menu, self.tr("&Quit"), "Ctrl+Q", self.close)

        view = self.menuBar().addMenu(self.tr("&View"))
        for title, page, shortcut in self._screens:
            self._action(view, title, shortcut, lambda _=False, p=page: self.show_page(p))
        view.addSeparator()
        self._action(view, self.tr("&Find a family"), "Ctrl+F", self._focus_search)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Guide (this screen)"), "F1", self.show_guide)
        self._action(help_menu, self.tr("&Keyboard shortcuts"), None, self.show_shortcuts)
        self._action(help_menu, self.tr("&What's new"), None, self._whats_new)
        self._action(help_menu, self.tr("&About HostDesk"), None, self._about)

    def _action(self, menu: object, text: str, shortcut: str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self._actions.append(action)
        menu.addAction(action)  # type: ignore[attr-defined]
        self.addAction(action)  # shortcuts work even with the menu bar hidden by the lock
        return action

    def _say(self, sentence: str) -> None:
        self.statusBar().showMessage(sentence, 15_000)

    def _show_sync_state(self, snapshot: object) -> None:
        summary = getattr(snapshot, "summary", None)
        if summary is not None:
            self.sync_state.setText(status_text(summary))

    # -- navigation -------------------------------------------------------------

    def show_page(self, page: QWidget) -> None:
        if page is self.family_page:
            # No screen is current, so that clicking any of them (Caseload too) leaves the family.
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(-1)
            self.navigation.blockSignals(False)
            self.pages.setCurrentWidget(page)
            return
        for row, (_title, candidate, _shortcut) in enumerate(self._screens):
            if candidate is page:
                self.navigation.setCurrentRow(row)
        self.pages.setCurrentWidget(page)
        if page is self.caseload:
            self.caseload.table.setFocus()

    def show_caseload(self) -> None:
        self.show_page(self.caseload)

    def show_sync(self) -> None:
        self.show_page(self.sync)

    def _navigated(self, row: int) -> None:
        if 0 <= row < len(self._screens):
            page = self._screens[row][1]
            self.pages.setCurrentWidget(page)
            if page is self.caseload:
                self.caseload.table.setFocus()
            elif page is self.today:
                self.today.refresh()
            elif page is self.dashboard:
                self.dashboard.refresh()

    def show_families_behind(self, selection: dashboard.Selection, words: str) -> None:
        """A dashboard figure's families, listed in the caseload (read off the UI thread)."""
        vault, today = self._vault, date.today()

        def work() -> list[int]:
            with vault.session() as session:
                months = settings.get(session, settings.ALERT_THRESHOLDS).transition_months
                return dashboard.families_behind(session, today, selection, months)

        def done(family_ids: list[int]) -> None:
            self.caseload.show_families(family_ids, words)
            self.show_page(self.caseload)

        self._operations.run(work, done, lambda error: log.error(
            "listing a figure's families failed: %s", type(error).__name__))  # fmt: skip

    def _focus_search(self) -> None:
        self.show_page(self.caseload)
        self.caseload.search_field.setFocus()
        self.caseload.search_field.selectAll()

    def open_family(self, family_id: int, tab: str = "members") -> None:
        """Show one family's workspace, at ``tab``."""
        if self.workspace is not None:
            if self.workspace.has_unsaved_changes() and not self._confirm_discard():
                self.show_page(self.family_page)
                return
            self._family_layout.removeWidget(self.workspace)
            self.workspace.hide()  # gone from sight now, deleted when the loop comes round
            self.workspace.deleteLater()
        self.workspace = FamilyWorkspace(self._vault, self._operations, family_id)
        self.workspace.changed.connect(self._family_changed)
        self.workspace.case_requested.connect(self.open_family)
        self.workspace.deleted.connect(self._family_deleted)
        self._family_layout.addWidget(self.workspace, 1)
        self.workspace.show_tab(tab)
        self.show_page(self.family_page)
        self.caseload.select_family(family_id)

    def _family_changed(self) -> None:
        self.caseload.refresh()

    def _family_deleted(self) -> None:
        """A case deleted from its workspace: back to the caseload, which no longer has it."""
        if self.workspace is not None:
            self._family_layout.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.caseload.refresh()
        self.show_page(self.caseload)

    def new_family(self) -> None:
        # open(), not exec(): locking hides the form, and hiding a dialog inside
        # exec() would end it as if cancelled, with the typing still in it.
        form = FamilyForm(self._vault, self._operations, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.accepted.connect(self._family_created)
        form.open_case_requested.connect(self.open_family)
        form.open()

    def _family_created(self) -> None:
        form = self.sender()
        family_id = getattr(form, "family_id", None)
        if family_id is not None:
            self.caseload.refresh()
            self.open_family(family_id)

    def _import(self) -> None:
        wizard = open_import_wizard(self._vault, self._operations, self)
        wizard.imported.connect(self.caseload.refresh)

    def _new_visit(self) -> None:
        if self.workspace is None or self.pages.currentWidget() is not self.family_page:
            QMessageBox.information(
                self, self.tr("New visit"), self.tr("Open a family first, then record the visit.")
            )
            return
        self.workspace.new_visit()

    def _family_report(self) -> None:
        workspace = self._family_shown(self.tr("Open a family first, then make its report."))
        if workspace is not None:
            # Made in the background into the reports folder: the worker stays on the family.
            self.family_report.run(workspace.family_id, workspace.context.file.family.case_number)

    def _print_family_report(self) -> None:
        workspace = self._family_shown(self.tr("Open a family first, then print its report."))
        if workspace is not None:
            self.family_report.print_report(
                workspace.family_id, workspace.context.file.family.case_number
            )

    def _family_shown(self, otherwise: str) -> FamilyWorkspace | None:
        if self.workspace is None or self.pages.currentWidget() is not self.family_page:
            QMessageBox.information(self, self.tr("Progress report"), otherwise)
            return None
        return self.workspace

    def back_up(self) -> None:
        dialog = BackupDialog(self._vault, self._operations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.backedUp.connect(self.backup_reminder.check)
        dialog.open()

    def show_audit_log(self) -> None:
        viewer = AuditView(self._vault, self._operations, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()

    # -- locking ----------------------------------------------------------------

    def lock(self) -> None:
        if self.is_locked():
            return
        # Dialogs are hidden, not closed: whatever was typed in them stays.
        self._hidden_while_locked = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self and w.isVisible() and self._owns(w)
        ]
        for widget in self._hidden_while_locked:
            widget.hide()
        self.menuBar().setEnabled(False)
        for action in self._actions:  # no shortcut may reach the hidden screens
            action.setEnabled(False)
        self.statusBar().hide()
        self.screens.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset()
        self.idle.pause()
        log.info("locked")

    def _switch_user(self) -> None:
        """Leave the locked session for another user's, after a word on open forms."""
        open_forms = any(shiboken6.isValid(w) for w in self._hidden_while_locked)
        unsaved = self.workspace is not None and self.workspace.has_unsaved_changes()
        if open_forms or unsaved:
            answer = QMessageBox.question(
                self,
                self.tr("Switch user"),
                self.tr(
                    "%1 left forms open. Switching user closes them, and what was typed "
                    "in them and not saved is lost. Switch user?"
                ).replace("%1", self._vault.user.username),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        log.info("switching user")
        self.sync_sender.shutdown()
        self.switch_user_requested.emit()

    def _owns(self, widget: QWidget) -> bool:
        # Another main window (or a parentless box) is not this window's to hide.
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def is_locked(self) -> bool:
        return self.screens.currentWidget() is self.lock_screen

    def unlock(self) -> None:
        self.screens.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        for action in self._actions:
            action.setEnabled(True)
        self.statusBar().show()
        self.idle.resume()
        for widget in self._hidden_while_locked:
            # A message box that was waiting for an answer is gone once hidden.
            if shiboken6.isValid(widget):
                widget.show()
                widget.raise_()
                widget.activateWindow()
        self._hidden_while_locked = []
        log.info("unlocked")

    # -- help -------------------------------------------------------------------

    def _help_topic(self) -> str:
        """The guide's page for the screen in use."""
        page = self.pages.currentWidget()
        topics = {
            self.caseload: "processos", self.today: "hoje", self.dashboard: "painel",
            self.reports: "relatorios", self.sync: "sincronizacao",
            self.settings_view: "definicoes", self.family_page: "familia",
        }  # fmt: skip
        return topics.get(page, "inicio")

    def show_guide(self) -> GuideWindow:
        """The guide at the page of the screen in use, with the shortcuts below (F1)."""
        if self.guide is None:
            self.guide = GuideWindow(self._shortcut_rows(), self)
        self.guide.show_topic(self._help_topic())
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def _whats_new(self) -> None:
        WhatsNewDialog(self).open()

    def _shortcut_rows(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Find a family"), "Ctrl+F"),
            (self.tr("New family"), "Ctrl+N"),
            (self.tr("New visit (in a family)"), "Ctrl+Shift+V"),
            (self.tr("Progress report (in a family)"), "Ctrl+P"),
            (self.tr("Print the progress report (in a family)"), "Ctrl+Shift+P"),
            (self.tr("Save a form"), "Ctrl+S"),
            (self.tr("Lock HostDesk"), "Ctrl+L"),
            (self.tr("Screens"), "Ctrl+1 … Ctrl+5, Ctrl+,"),
            (self.tr("Open the selected family"), self.tr("Enter")),
            (self.tr("This screen's page of the guide"), "F1"),
        ]

    def show_shortcuts(self) -> None:
        rows = self._shortcut_rows()
        html = (
            "<table cellpadding='4'>"
            + "".join(f"<tr><td>{what}</td><td><b>{keys}</b></td></tr>" for what, keys in rows)
            + "</table>"
        )
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(html)
        box.open()

    def _about(self) -> None:
        show_about(self)

    # -- closing ------------------------------------------------------------

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The family you are editing has unsaved changes. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_locked():
            event.ignore()  # a locked window does not close without the passphrase
            return
        unsaved = self.workspace is not None and self.workspace.has_unsaved_changes()
        if unsaved and not self._confirm_discard():
            event.ignore()
            return
        self.sync_sender.shutdown()
        event.accept()
