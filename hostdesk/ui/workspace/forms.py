"""What every form dialog does the same way: save, refuse to lose typing, say what went wrong.

A form dialog builds a *write* (a function of a session) from its fields; the
write runs on the database thread inside one transaction; the dialog closes
only once it is committed. Closing with unsaved changes asks Save, Discard or
Cancel. A failure is one sentence under the fields, and every field keeps
what was typed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from sqlmodel import Session

from hostdesk.storage.vault import Vault
from hostdesk.ui.common.error_text import error_text
from hostdesk.ui.common.field_validation import ERROR_COLOUR, ChangeTracker, Validation
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.common.screen_fit import keep_on_screen

log = logging.getLogger(__name__)

Write = Callable[[Session], Any]


def error_sentence(error: BaseException) -> str:
    """The one sentence shown for a failed save; the log gets only the error's type."""
    return error_text(
        error,
        QCoreApplication.translate(
            "FormDialog", "The change could not be saved; nothing you typed was lost. Try again."
        ),
        "save",
        log,
    )


def run_write(
    vault: Vault,
    operations: Operations,
    write: Write,
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
    on_error: Callable[[BaseException], bool] | None = None,
) -> None:
    """``write`` in one transaction on the database thread; callbacks on the GUI thread.

    ``on_error`` sees a failure first and returns True when it dealt with it.
    """

    def work() -> Any:
        with vault.changing() as session:
            return write(session)

    def failed(error: BaseException) -> None:
        if on_error is None or not on_error(error):
            on_failure(error_sentence(error))

    operations.run(work, on_success, failed)


def add_save_shortcuts(widget: QWidget, slot: Callable[[], None]) -> None:
    """Ctrl+S, Ctrl+Enter and Ctrl+Return save, wherever the focus is in ``widget``."""
    for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)


def show_window_modal(
    dialog: QDialog, accepted: Callable[[], None] | None, gone: Callable[[], None]
) -> None:
    """Show ``dialog`` modal but without blocking (``exec`` would); deleted once closed.

    ``gone`` runs when it is destroyed: the owner forgets its reference then.
    """
    if accepted is not None:
        dialog.accepted.connect(accepted)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(True)
    dialog.destroyed.connect(gone)
    dialog.show()


class FormDialog(QDialog):
    """Base of the form dialogs; subclasses fill the layout and implement ``build_write``."""

    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.operations = operations
        self.validation = Validation(self)
        self.tracker = ChangeTracker(self)
        self.result_value: Any = None
        self._saving = False
        self._close_after_save = True

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.status.setAccessibleName(QCoreApplication.translate("FormDialog", "Form status"))
        self.status.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.save_button
        save.setText(QCoreApplication.translate("FormDialog", "&Save"))
        save.setToolTip(QCoreApplication.translate("FormDialog", "Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("FormDialog", "Cancel")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        add_save_shortcuts(self, self.save)
        keep_on_screen(self)  # taller than the screen: the fields scroll, Save stays

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    # -- for subclasses -------------------------------------------------------------

    def build_write(self) -> Write | None:
        """The write to run, or None when the form only collects values for its caller."""
        raise NotImplementedError

    def extra_problem(self) -> str:
        """A problem no single field shows (e.g. a family without a head); "" if none."""
        return ""

    def handle_error(self, error: BaseException) -> bool:
        """A failed save a subclass explains itself (True), or the usual sentence (False)."""
        return False

    def _error(self, error: BaseException) -> bool:
        if not self.handle_error(error):
            return False
        self._set_saving(False)
        return True

    # -- saving ---------------------------------------------------------------------

    def save(self) -> None:
        if self._saving:
            return
        invalid = self.validation.first_invalid()
        problem = self.extra_problem()
        if invalid is not None or problem:
            self.show_problem(
                problem
                or QCoreApplication.translate(
                    "FormDialog", "Correct the fields marked in red; nothing you typed was lost."
                )
            )
            if invalid is not None:
                invalid.setFocus()
            return
        write = self.build_write()
        if write is None:
            self._saved(None)
            return
        self._set_saving(True)
        run_write(self.vault, self.operations, write, self._saved, self._failed, self._error)

    def show_problem(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.buttons.setEnabled(not saving)

    def _saved(self, result: Any) -> None:
        self._set_saving(False)
        self.result_value = result
        self.tracker.mark_clean()
        self.status.hide()
        self.saved(result)
        super().accept()

    def saved(self, result: Any) -> None:
        """Called on the GUI thread once the write is committed, before the dialog closes."""

    def _failed(self, message: str) -> None:
        self._set_saving(False)
        self.show_problem(message)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a one-line field goes to the next field, as in paper-form data entry;
        # Ctrl+Enter or Ctrl+S saves. A half-filled form is never saved by a stray Enter.
        plain_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        )
        if plain_enter and isinstance(self.focusWidget(), QLineEdit | QAbstractButton):
            self.focus_next_field()
            return
        super().keyPressEvent(event)

    def focus_next_field(self) -> None:
        """The next field that takes a value, past tick boxes and buttons.

        Enter after "Nacionalidade" landed on the "unaccompanied minor" box, where
        the next thing typed went nowhere: it looked as if the Enter was swallowed.
        """
        start = self.focusWidget()
        widget = start.nextInFocusChain() if start is not None else None
        while widget is not None and widget is not start:
            takes_typing = not isinstance(widget, QAbstractButton)
            tabbable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            usable = widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
            if takes_typing and tabbable and usable and self.isAncestorOf(widget):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()
        self.focusNextChild()

    # -- closing --------------------------------------------------------------------

    def accept(self) -> None:
        # Enter in a single-line field must not close the form unsaved: it saves.
        self.save()

    def reject(self) -> None:
        if self._saving:
            return
        if not self.tracker.dirty:
            super().reject()
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("FormDialog", "Unsaved changes"),
            QCoreApplication.translate(
                "FormDialog", "This form has changes that are not saved. Save them before closing?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save()
        elif answer == QMessageBox.StandardButton.Discard:
            super().reject()
