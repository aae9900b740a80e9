"""Showing a recovery key once and making sure it was kept: the first-run wizard's page
and the dialog after a coordinator's removal (or "New recovery key…") share this.

The key is shown in large monospace, can be saved as a PDF or printed, and the
flow is complete only when "I have saved it" is ticked and its last four
characters are typed back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hostdesk.storage.durable import write_atomically


class RecoveryKeyPanel(QWidget):
    """The key, Save as PDF / Print, and the two confirmations; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, entity_name: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entity_name = entity_name
        self.recovery_key = ""
        self.key_label = QLabel()
        key_font = QFont("monospace")
        key_font.setStyleHint(QFont.StyleHint.Monospace)
        key_font.setPointSize(13)
        self.key_label.setFont(key_font)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.save_pdf = QPushButton(self.tr("Save as &PDF…"))
        self.save_pdf.clicked.connect(self._save_pdf)
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.clicked.connect(self._print)
        self.kept = QCheckBox(self.tr("I have &saved the recovery key in a safe place"))
        self.check = QLineEdit()
        self.check.setAccessibleName(self.tr("Last four characters of the recovery key"))
        self.check.setMaxLength(4)
        self.check_hint = QLabel(self.tr("To confirm, type the &last four characters of the key:"))
        self.check_hint.setBuddy(self.check)
        self.kept.toggled.connect(self.changed)
        self.check.textChanged.connect(self.changed)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_pdf)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addWidget(self.kept)
        layout.addWidget(self.check_hint)
        layout.addWidget(self.check)

    def set_key(self, recovery_key: str) -> None:
        self.recovery_key = recovery_key
        self.key_label.setText(recovery_key)
        self.changed.emit()

    def is_complete(self) -> bool:
        tail = self.recovery_key.replace("-", "")[-4:]
        return (
            bool(self.recovery_key)
            and self.kept.isChecked()
            and self.check.text().strip().upper() == tail
        )

    def document(self) -> QTextDocument:
        document = QTextDocument()
        document.setHtml(
            "<h2>{title}</h2><p>{entity}</p><p style='font-family: monospace; font-size: 16pt'>"
            "{key}</p><p>{advice}</p>".format(
                title=self.tr("HostDesk recovery key"),
                entity=self._entity_name(),
                key=self.recovery_key,
                advice=self.tr(
                    "Keep this sheet locked away, apart from the computer. Anyone with this "
                    "key and the vault can read it."
                ),
            )
        )
        return document

    def _save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"), "hostdesk-recovery-key.pdf", "PDF (*.pdf)"
        )
        if path:
            write_pdf(self.document(), Path(path))

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            self.document().print_(printer)


def write_pdf(document: QTextDocument, path: Path) -> None:
    """The sheet as a PDF, written whole and private (0600): it opens the vault."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
        )
    )
    writer.setTitle("HostDesk recovery key")
    document.print_(writer)
    del writer  # the PDF is finished when the writer goes
    buffer.close()
    write_atomically(path, bytes(buffer.data().data()))


class NewRecoveryKeyDialog(QDialog):
    """A new recovery key, shown once; the dialog closes only once it was kept."""

    def __init__(
        self, recovery_key: str, entity_name: str, reason: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self.setMinimumWidth(560)
        intro = QLabel(
            reason
            + " "
            + self.tr(
                "The previous recovery key no longer works. This one is shown only now: save "
                "it as a PDF or print it, and keep it locked away."
            )
        )
        intro.setWordWrap(True)
        self.panel = RecoveryKeyPanel(lambda: entity_name, self)
        self.panel.set_key(recovery_key)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("I have kept it"))
        self.buttons.accepted.connect(self.accept)
        self.panel.changed.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(self.panel.is_complete())

    def accept(self) -> None:
        if self.panel.is_complete():
            super().accept()

    def reject(self) -> None:
        # Escape or the close button: leaving before the key is kept would lose it.
        if self.panel.is_complete():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.panel.is_complete():
            event.accept()
        else:
            event.ignore()
