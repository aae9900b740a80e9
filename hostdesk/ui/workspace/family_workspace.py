"""One family's case file: the header and a tab for each part of the work.

The workspace is a thin assembly: ``workspace.context.CaseContext`` holds the
open file and runs saves; the header and each tab draw from it and redraw
when it is reloaded. ``changed`` tells the caseload after any save.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hostdesk.storage import assignment, case_merge
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace import record_specs
from hostdesk.ui.workspace.allowance_tab import AllowanceTab
from hostdesk.ui.workspace.assignment_dialog import AssignmentDialog
from hostdesk.ui.workspace.context import CaseContext
from hostdesk.ui.workspace.delete_case_dialog import DeleteCaseDialog
from hostdesk.ui.workspace.documents_tab import DocumentsTab
from hostdesk.ui.workspace.exit_dialog import ExitDialog
from hostdesk.ui.workspace.family_documents_dialog import open_family_documents
from hostdesk.ui.workspace.forms import show_window_modal
from hostdesk.ui.workspace.header import FamilyHeader
from hostdesk.ui.workspace.iss_dialog import IssDialog
from hostdesk.ui.workspace.members_tab import MembersTab
from hostdesk.ui.workspace.merge_dialog import MergeDialog
from hostdesk.ui.workspace.record_panel import RecordPanel
from hostdesk.ui.workspace.timeline_tab import TimelineTab

TAB_NAMES = (
    "members", "housing", "health", "education", "language",
    "employment", "plan", "timeline", "allowance", "documents",
)  # fmt: skip
_TITLES = {
    "members": QT_TRANSLATE_NOOP("FamilyWorkspace", "Members"),
    "housing": QT_TRANSLATE_NOOP("FamilyWorkspace", "Housing"),
    "health": QT_TRANSLATE_NOOP("FamilyWorkspace", "Health"),
    "education": QT_TRANSLATE_NOOP("FamilyWorkspace", "Education"),
    "language": QT_TRANSLATE_NOOP("FamilyWorkspace", "Language"),
    "employment": QT_TRANSLATE_NOOP("FamilyWorkspace", "Employment"),
    "plan": QT_TRANSLATE_NOOP("FamilyWorkspace", "Plan"),
    "timeline": QT_TRANSLATE_NOOP("FamilyWorkspace", "Timeline"),
    "allowance": QT_TRANSLATE_NOOP("FamilyWorkspace", "Allowance"),
    "documents": QT_TRANSLATE_NOOP("FamilyWorkspace", "Documents"),
}
_PANELS = {
    "housing": record_specs.HOUSING,
    "health": record_specs.HEALTH,
    "education": record_specs.EDUCATION,
    "language": record_specs.LANGUAGE,
    "employment": record_specs.EMPLOYMENT,
    "plan": record_specs.PLAN,
}


class FamilyWorkspace(QWidget):
    """The case file of ``family_id``; opening it is recorded in the audit log."""

    changed = Signal()
    case_requested = Signal(int)  # another family to open
    deleted = Signal()  # the case is gone: close the workspace

    def __init__(
        self,
        vault: Vault,
        operations: Operations,
        family_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.family_id = family_id
        self.context = CaseContext(vault, operations, family_id, self)
        self.context.changed.connect(self.changed)
        self.header = FamilyHeader(self.context)
        self.header.tab_requested.connect(self.show_tab)
        self.header.exit_requested.connect(self.record_exit)
        self.header.iss_requested.connect(self.record_iss)
        self.header.assignment_requested.connect(self.change_assignment)
        self.exit_dialog: ExitDialog | None = None
        self.iss_dialog: IssDialog | None = None
        self.header.delete_requested.connect(self.delete_case)
        self.header.merge_requested.connect(self.merge_case)
        self.header.assignment_requested.connect(self.change_assignment)
        self.exit_dialog: ExitDialog | None = None
        self.delete_dialog: DeleteCaseDialog | None = None
        self.merge_dialog: MergeDialog | None = None
        self.assignment_dialog: AssignmentDialog | None = None
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.read_only_banner = QLabel()
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "background: #fff4d6; color: #5c3d00; border: 1px solid #e0c27a; padding: 6px;"
        )
        self.context.loaded.connect(self._show_read_only)
        self._show_read_only()

        self.members = MembersTab(self.context)
        self.members.case_requested.connect(self.case_requested)
        self.panels = {name: RecordPanel(self.context, spec) for name, spec in _PANELS.items()}
        self.timeline = TimelineTab(self.context)
        self.allowance = AllowanceTab(self.context)
        self.documents = DocumentsTab(self.context)
        self.pages: dict[str, QWidget] = {
            "members": self.members, **self.panels,
            "timeline": self.timeline, "allowance": self.allowance, "documents": self.documents,
        }  # fmt: skip
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Case file sections"))
        for number, name in enumerate(TAB_NAMES, start=1):
            title = QCoreApplication.translate("FamilyWorkspace", _TITLES[name])
            index = self.tabs.addTab(self.pages[name], title)
            # Alt+1…Alt+9, Alt+0 go to a tab; Alt+letter stays free for the buttons inside it.
            keys = QKeySequence(f"Alt+{number % 10}")
            self.tabs.setTabToolTip(index, keys.toString(QKeySequence.SequenceFormat.NativeText))
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setObjectName(name)
            shortcut.activated.connect(self._shortcut_tab)
        # Beside the tabs, from any of them: papers for the family, in its language.
        self.documents_button = QPushButton(self.tr("Documents for the famil&y…"))
        self.documents_button.clicked.connect(lambda: open_family_documents(self.context, self))
        self.tabs.setCornerWidget(self.documents_button, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(line)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.tabs, 1)

    def _show_read_only(self) -> None:
        # The tabs disable their own editing; this says why, above all of them.
        anonymised_on = self.context.file.family.anonymised_on
        if anonymised_on is not None:
            self.read_only_banner.setText(
                self.tr("This file was anonymised on %1; it can no longer be changed.").replace(
                    "%1", format_date(anonymised_on)
                )
            )
        self.read_only_banner.setVisible(anonymised_on is not None)

    def _shortcut_tab(self) -> None:
        # A bound method, not a lambda: a lambda holding ``self`` on a child's signal
        # outlives the view under PySide6 and crashes when the view is collected.
        sender = self.sender()
        if sender is not None:
            self.show_tab(sender.objectName())

    def show_tab(self, name: str) -> None:
        """Bring a tab forward: one of ``TAB_NAMES`` (an unknown name is ignored)."""
        page = self.pages.get(name)
        if page is not None:
            self.tabs.setCurrentWidget(page)

    def new_visit(self) -> None:
        """Open the "new visit" dialog from the Timeline (menu: File ▸ New visit)."""
        self.show_tab("timeline")
        self.timeline.open_visit()

    def record_exit(self) -> None:
        """The exit form (from the header): reason and date of the family's exit."""
        c = self.context
        self.exit_dialog = ExitDialog(c.vault, c.operations, c.file.family, self)
        show_window_modal(self.exit_dialog, self._refresh_after_dialog, self._exit_dialog_gone)

    def record_iss(self) -> None:
        """The ISS meeting form (from the header): date, outcome and ISS contact."""
        c = self.context
        self.iss_dialog = IssDialog(c.vault, c.operations, c.family_id, c.file.iss_transition, self)
        show_window_modal(self.iss_dialog, self._refresh_after_dialog, self._iss_dialog_gone)

    def _iss_dialog_gone(self) -> None:
        self.iss_dialog = None
    def delete_case(self) -> None:
        """The coordinator deletes a case created by mistake (from the header)."""
        c = self.context
        self.delete_dialog = DeleteCaseDialog(c.vault, c.operations, c.file.family, self)
        show_window_modal(self.delete_dialog, self.deleted.emit, self._delete_dialog_gone)

    def _delete_dialog_gone(self) -> None:
        self.delete_dialog = None

    def merge_case(self) -> None:
        """The coordinator merges this case with the family's other case (from the header)."""
        c = self.context
        self.merge_dialog = MergeDialog(c.vault, c.operations, c.file.family, self)
        show_window_modal(self.merge_dialog, self._merged, self._merge_gone)

    def _merged(self) -> None:
        assert self.merge_dialog is not None
        result: case_merge.MergeResult = self.merge_dialog.result_value
        if result.months_to_correct:
            QMessageBox.information(
                self,
                self.tr("Cases merged"),
                self.tr(
                    "Monthly reports already sent to the NAIR named case %1. Build the "
                    "report of %2 again in Reports and submit it: it goes as a correction."
                )
                .replace("%1", result.merged_case_number)
                .replace("%2", ", ".join(result.months_to_correct)),
            )
        if result.family_id == self.context.family_id:
            self.context.refresh()
        else:
            self.case_requested.emit(result.family_id)

    def _merge_gone(self) -> None:
        self.merge_dialog = None

    def _refresh_after_dialog(self) -> None:
        self.context.refresh()  # redraws the header; the caseload hears of it (changed)

    def _exit_dialog_gone(self) -> None:
        self.exit_dialog = None

    def change_assignment(self) -> None:
        """Who follows the family (from the header; coordinators only)."""
        c = self.context
        with c.vault.session() as session:  # a handful of users: no need for the worker thread
            workers = assignment.active_workers(session)
        self.assignment_dialog = AssignmentDialog(
            c.vault, c.operations, self.family_id, c.extras.assignment, workers, self
        )
        show_window_modal(self.assignment_dialog, self._refresh_after_dialog, self._assignment_gone)

    def _assignment_gone(self) -> None:
        self.assignment_dialog = None

    def current_tab(self) -> str:
        current = self.tabs.currentWidget()
        return next(name for name, page in self.pages.items() if page is current)

    def has_unsaved_changes(self) -> bool:
        """True while any tab holds typing that is not saved yet."""
        editors = [*self.panels.values(), self.allowance]
        dialogs = [self.timeline.open_dialog, self.members.open_form, self.exit_dialog,
                   self.assignment_dialog, self.members.consents.open_dialog,
                   self.iss_dialog, self.documents.open_dialog]  # fmt: skip
        return any(editor.tracker.dirty for editor in editors) or any(
            dialog is not None and dialog.isVisible() and dialog.tracker.dirty for dialog in dialogs
        )
