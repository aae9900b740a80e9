"""Adding a scanned or photographed document: choose the file, say what it is, save.

The file is picked with Qt's own file dialog (the same on every desktop), or
dropped on the Documents tab; it is read off the GUI thread and checked (a
JPEG, PNG or PDF of at most 20 MB) before the form opens. A large photo can
be downscaled on request: the form says how much smaller it gets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain import attachments as rule
from hostdesk.domain import vocabulary as v
from hostdesk.storage import attachments
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.field_validation import DateField, chain_tab_order
from hostdesk.ui.common.formatting import format_size
from hostdesk.ui.common.labels import choices
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace import document_images
from hostdesk.ui.workspace.context import CaseContext
from hostdesk.ui.workspace.forms import FormDialog, Write, show_window_modal
from hostdesk.ui.workspace.member_form import fill_combo
from hostdesk.ui.workspace.referral_dialog import not_in_future

log = logging.getLogger(__name__)

WHOLE_FAMILY = -1  # the person combo's value for a family-wide document


def limits_text() -> str:
    return QCoreApplication.translate(
        "Documents",
        "JPEG or PNG photos and PDF scans, up to %1 each. They are kept encrypted inside the "
        "vault, never as loose files, so every backup and every copy made before an upgrade "
        "holds them too.",
    ).replace("%1", format_size(rule.MAX_BYTES))


def ask_for_file(parent: QWidget) -> Path | None:
    """Qt's own file dialog (not the desktop's: it keeps no list of recent files)."""
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("Documents", "Choose a scanned document or a photo"),
        "",
        QCoreApplication.translate("Documents", "Scans and photos (*.pdf *.jpg *.jpeg *.png)"),
    )
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def _problem_text(problem: rule.Problem) -> str:
    texts = {
        rule.Problem.EMPTY: QCoreApplication.translate("Documents", "This file is empty."),
        rule.Problem.TOO_BIG: QCoreApplication.translate(
            "Documents",
            "This file is larger than %1. Scan it again at 200 or 300 dpi, or save the "
            "photo at a smaller size, and add it then.",
        ).replace("%1", format_size(rule.MAX_BYTES)),
        rule.Problem.UNKNOWN_TYPE: QCoreApplication.translate(
            "Documents",
            "Only JPEG and PNG photos and PDF documents can be added. Save the scan as PDF, "
            "or the photo as JPEG, and add it then.",
        ),
    }
    return texts[problem]


def _read(path: Path) -> bytes | rule.Problem:
    if path.stat().st_size > rule.MAX_BYTES:
        return rule.Problem.TOO_BIG  # not even read: it could be a video of gigabytes
    content = path.read_bytes()
    return rule.problem(content) or content


def start_add(
    parent: QWidget,
    context: CaseContext,
    path: Path,
    *,
    member_id: int | None = None,
    kind: str = v.AttachmentKind.OTHER,
    opened: Callable[[AddDocumentDialog], None] = lambda _dialog: None,
    added: Callable[[attachments.AttachmentInfo], None] = lambda _info: None,
) -> None:
    """Read ``path`` off the GUI thread, check it, then open the form (window-modal)."""

    def read_done(result: bytes | rule.Problem) -> None:
        if not shiboken6.isValid(parent):
            return
        if isinstance(result, rule.Problem):
            _refuse(parent, _problem_text(result))
            return
        dialog = AddDocumentDialog(
            context.vault, context.operations, context.family_id, _members(context),
            path.name, result, parent, member_id=member_id, kind=kind,
        )  # fmt: skip

        def accepted() -> None:
            info = dialog.result_value
            context.refresh()
            if info is not None:
                added(info)

        show_window_modal(dialog, accepted, lambda: None)
        opened(dialog)

    def read_failed(error: BaseException) -> None:
        log.warning("a document file could not be read: %s", type(error).__name__)
        if shiboken6.isValid(parent):
            message = QCoreApplication.translate(
                "Documents", "This file could not be read; check that it is still there."
            )
            _refuse(parent, message)

    context.operations.run_aside(lambda: _read(path), read_done, read_failed)


def _refuse(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Documents", "Add a document"), text)


def _members(context: CaseContext) -> list[tuple[int, str]]:
    return [(mf.member.id, mf.member.name_latin) for mf in context.file.members
            if mf.member.id is not None]  # fmt: skip


class AddDocumentDialog(FormDialog):
    """What the chosen file is, whose, and of when; a large photo may be made smaller."""

    def __init__(
        self,
        vault: Vault,
        operations: Operations,
        family_id: int,
        members: list[tuple[int, str]],
        file_name: str,
        content: bytes,
        parent: QWidget | None = None,
        *,
        member_id: int | None = None,
        kind: str = v.AttachmentKind.OTHER,
    ) -> None:
        super().__init__(vault, operations, parent)
        self._family_id = family_id
        self._content = content
        self._mime = rule.sniff(content) or ""
        self.smaller: document_images.Downscaled | None = None
        self.setWindowTitle(self.tr("Add a document"))
        about = QLabel(self.tr("%1 · %2").replace("%1", file_name).replace(
            "%2", format_size(len(content))))  # fmt: skip
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of document"))
        fill_combo(self.kind, choices(v.AttachmentKind), kind)
        self.title_field = QLineEdit()
        self.title_field.setAccessibleName(self.tr("Title"))
        self.title_field.setMaxLength(rule.MAX_TITLE_CHARS)
        self.title_field.setPlaceholderText(self.tr("e.g. ARP card, front and back"))
        self.document_date = DateField(None)
        self.document_date.setAccessibleName(self.tr("Date of the document"))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Whose document"))
        self.person.addItem(self.tr("The whole family"), WHOLE_FAMILY)
        for mid, name in members:
            self.person.addItem(name, mid)
        if member_id is not None:
            self.person.setCurrentIndex(max(self.person.findData(member_id), 0))
        self.downscale = QCheckBox(
            self.tr("Make the photo smaller: %1 px on the long side, JPEG quality %2").replace(
                "%1", str(rule.DOWNSCALE_LONG_SIDE)).replace("%2", str(rule.DOWNSCALE_QUALITY))
        )  # fmt: skip
        self.downscale.setEnabled(False)
        self.saving = QLabel()
        self.saving.setWordWrap(True)
        limits = QLabel(limits_text())
        limits.setWordWrap(True)
        limits.setStyleSheet("color: palette(mid);")

        form = QFormLayout()
        form.addRow(self.tr("File"), about)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Title"), self.title_field)
        form.addRow(
            self.tr("&Date"),
            self.validation.add(
                self.document_date,
                lambda: not_in_future(
                    self.document_date, self.tr("A document cannot be dated in the future.")),
            ),
        )  # fmt: skip
        form.addRow(self.tr("&Whose"), self.person)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if rule.is_image(self._mime):
            layout.addWidget(self.downscale)
            layout.addWidget(self.saving)
            self._work_out_saving()
        layout.addWidget(limits)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.tracker.watch(self.kind, self.title_field, self.document_date, self.person,
                           self.downscale)  # fmt: skip
        optional: list[QWidget] = [self.downscale] if rule.is_image(self._mime) else []
        chain_tab_order([self.kind, self.title_field, self.document_date, self.person,
                         *optional, self.save_button])  # fmt: skip
        self.resize(560, self.sizeHint().height())
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def _work_out_saving(self) -> None:
        size = document_images.image_size(self._content)
        if size.isValid() and rule.downscaled_size(size.width(), size.height()) is None:
            self.saving.setText(self.tr("The photo is small enough already."))
            return
        self.saving.setText(self.tr("Working out how much smaller it would be…"))
        content = self._content
        self.operations.run_aside(
            lambda: document_images.downscale(content), self._worked_out, self._not_worked_out
        )

    def _worked_out(self, smaller: document_images.Downscaled | None) -> None:
        if not shiboken6.isValid(self):
            return
        if smaller is None or len(smaller.content) >= len(self._content):
            self.saving.setText(self.tr("Making it smaller would not save space."))
            return
        self.smaller = smaller
        self.downscale.setEnabled(True)
        text = self.tr("Saves %1: %2 instead of %3 (%4 × %5 pixels).")
        for mark, value in (
            ("%1", format_size(len(self._content) - len(smaller.content))),
            ("%2", format_size(len(smaller.content))), ("%3", format_size(len(self._content))),
            ("%4", str(smaller.width)), ("%5", str(smaller.height)),
        ):  # fmt: skip
            text = text.replace(mark, value)
        self.saving.setText(text)

    def _not_worked_out(self, error: BaseException) -> None:
        log.warning("a photo could not be downscaled: %s", type(error).__name__)
        if shiboken6.isValid(self):
            self.saving.setText(self.tr("This photo cannot be made smaller here."))

    def content_to_save(self) -> bytes:
        if self.downscale.isChecked() and self.smaller is not None:
            return self.smaller.content
        return self._content

    def build_write(self) -> Write:
        person = self.person.currentData()
        draft = attachments.AttachmentDraft(
            kind=self.kind.currentData(),
            title=self.title_field.text().strip(),
            content=self.content_to_save(),
            member_id=None if person == WHOLE_FAMILY else person,
            document_date=self.document_date.value(),
        )
        actor, family_id = self.vault.user, self._family_id

        def write(session: Any) -> attachments.AttachmentInfo:
            return attachments.add(session, actor, family_id, draft)

        return write
