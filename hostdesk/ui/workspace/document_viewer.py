"""A document read inside HostDesk: a photo to zoom into, a PDF page by page.

The bytes come from the vault on the database thread (the opening is
audited and the hash checked); images are decoded and PDF pages rendered on
the thread for work without the database, one page at a time, so a long
scan never freezes the window and never fills the memory. Nothing is
written to disk. "Open in another program…" is the only way out, after a
warning, through a private copy removed when this window closes.
"""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain.vocabulary import AttachmentKind
from hostdesk.storage import attachments
from hostdesk.storage.errors import VaultError
from hostdesk.storage.vault import Vault
from hostdesk.ui.common import pdf_pages, viewer_copies
from hostdesk.ui.common.error_text import vault_error_sentence
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.labels import label
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.sync.document_fetch import DocumentFetcher
from hostdesk.ui.workspace import document_images

log = logging.getLogger(__name__)

PDF_DPI = 150  # sharp enough to read a scanned form at 150 %, small enough in memory
_ZOOM_STEP = 1.25


class _ZoomingView(QGraphicsView):
    """Ctrl + wheel zooms, the wheel alone scrolls."""

    def __init__(self, viewer: DocumentViewer) -> None:
        super().__init__()
        self._viewer = viewer

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._viewer.zoom(_ZOOM_STEP if event.angleDelta().y() > 0 else 1 / _ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)


class DocumentViewer(QDialog):
    def __init__(
        self,
        vault: Vault,
        operations: Operations,
        document: attachments.AttachmentInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._operations = operations
        self.document = document
        self.content: bytes | None = None
        self._fetcher: DocumentFetcher | None = None  # in a team, bytes may follow the row
        self.page = 0
        self.pages = 0
        self.outside_copy: Path | None = None
        self._fit = True
        self._scale = 1.0
        self._closed = False
        kind = label(AttachmentKind, document.kind)
        self.setWindowTitle(f"{kind} — {document.title}" if document.title else kind)

        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.view = _ZoomingView(self)
        self.view.setScene(self.scene)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setAccessibleName(self.tr("The document"))
        self.view.setBackgroundBrush(Qt.GlobalColor.darkGray)

        self.status = QLabel(self.tr("Opening the document…"))
        self.status.setWordWrap(True)
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_out_button.setToolTip(QKeySequence(QKeySequence.StandardKey.ZoomOut).toString(
            QKeySequence.SequenceFormat.NativeText))  # fmt: skip
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.zoom_in_button.setToolTip(QKeySequence(QKeySequence.StandardKey.ZoomIn).toString(
            QKeySequence.SequenceFormat.NativeText))  # fmt: skip
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button = QPushButton(self.tr("&Fit to window"))
        self.fit_button.clicked.connect(self.fit)
        self.previous_button = QPushButton(self.tr("&Previous page"))
        self.previous_button.setToolTip("PgUp")
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button = QPushButton(self.tr("&Next page"))
        self.next_button.setToolTip("PgDown")
        self.next_button.clicked.connect(self.next_page)
        self.page_label = QLabel()
        self.outside_button = QPushButton(self.tr("Open in &another program…"))
        self.outside_button.clicked.connect(self.open_outside)
        tools = QHBoxLayout()
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        for widget in (self.previous_button, self.page_label, self.next_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.outside_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        facts = QLabel(self._facts())
        facts.setWordWrap(True)
        facts.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        # Bound methods, not lambdas holding ``self`` (see family_workspace._shortcut_tab).
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in), ("Ctrl+=", self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out), ("Ctrl+0", self.fit),
            (QKeySequence.StandardKey.MoveToPreviousPage, self.previous_page),
            (QKeySequence.StandardKey.MoveToNextPage, self.next_page),
        ):  # fmt: skip
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self._set_controls()
        self.finished.connect(self._remove_outside_copy)
        self.resize(980, 660)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # arrows scroll; no button fires
        self._operations.run(self._read, self._loaded, self._failed)

    def _facts(self) -> str:
        d = self.document
        parts = [t for t in (d.title, label(AttachmentKind, d.kind)) if t]
        if d.document_date is not None:
            parts.append(format_date(d.document_date))
        parts.append(self.tr("added by %1 on %2").replace("%1", d.added_by).replace(
            "%2", format_date(d.added_at.date())))  # fmt: skip
        return " · ".join(parts)

    # -- reading --------------------------------------------------------------------

    def _read(self) -> bytes:
        return attachments.open_in_vault(self._vault, self.document.id)[1]

    def _alive(self) -> bool:
        """Still open (hidden while the app is locked counts: it comes back at unlock)."""
        return shiboken6.isValid(self) and not self._closed

    def _loaded(self, content: bytes) -> None:
        if not self._alive():
            return
        self.content = content
        if self.document.is_image:
            self._operations.run_aside(
                lambda: document_images.decode(content), self._show_image, self._failed
            )
        else:
            self._operations.run_aside(
                lambda: pdf_pages.page_count(content), self._counted, self._failed
            )

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(error, attachments.DocumentNotHereYet) and self._fetcher is None:
            self.status.setText(self.tr("This document is on its way from the team hub…"))
            self._fetcher = DocumentFetcher(self._vault, self._operations, self)
            self._fetcher.finished.connect(self._fetched)
            self._fetcher.fetch([self.document.id])
            return
        if isinstance(error, VaultError):
            self.status.setText(vault_error_sentence(error))
        else:
            log.error("a document could not be shown: %s", type(error).__name__)
            self.status.setText(self.tr(
                "This document could not be shown here; it may be damaged. You can still "
                "save a copy or open it in another program."))  # fmt: skip
        self._set_controls()

    def _show_image(self, image: QImage) -> None:
        if not self._alive():
            return
        if image.isNull():
            self._failed(ValueError("undecodable image"))
            return
        self._put(image)
        self.status.setText(self.tr("%1 × %2 pixels").replace("%1", str(image.width())).replace(
            "%2", str(image.height())))  # fmt: skip

    def _counted(self, pages: int) -> None:
        if not self._alive():
            return
        self.pages = pages
        self.show_page(0)

    def show_page(self, index: int) -> None:
        """Render page ``index`` (from 0) off the GUI thread, then show it."""
        if self.content is None or not 0 <= index < self.pages:
            return
        self.page = index
        self._set_controls()
        content = self.content
        self._operations.run_aside(
            lambda: (index, pdf_pages.render_page(content, index, PDF_DPI)),
            self._rendered,
            self._failed,
        )

    def _rendered(self, result: tuple[int, QImage]) -> None:
        index, image = result
        if not self._alive() or index != self.page:
            return  # the user has turned the page again meanwhile
        self._put(image)
        self.status.setText("")

    def _put(self, image: QImage) -> None:
        self.item.setPixmap(QPixmap.fromImage(image))
        self.scene.setSceneRect(self.item.boundingRect())
        if self._fit:
            self.fit()
        self._set_controls()

    # -- looking --------------------------------------------------------------------

    def fit(self) -> None:
        self._fit = True
        if not self.item.pixmap().isNull():
            self.view.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
            self._scale = self.view.transform().m11()

    def zoom_in(self) -> None:
        self.zoom(_ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom(1 / _ZOOM_STEP)

    def previous_page(self) -> None:
        self.show_page(self.page - 1)

    def next_page(self) -> None:
        self.show_page(self.page + 1)

    def zoom(self, factor: float) -> None:
        if self.item.pixmap().isNull():
            return
        self._fit = False
        self._scale = min(8.0, max(0.05, self._scale * factor))
        self.view.resetTransform()
        self.view.scale(self._scale, self._scale)

    @property
    def scale(self) -> float:
        return self._scale

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    def _fetched(self, arrived: int, _asked: int) -> None:
        if not self._alive():
            return
        if arrived:
            self.status.clear()
            self._operations.run(self._read, self._loaded, self._failed)
        else:
            self.status.setText(self.tr(
                "This document has not reached the team hub yet, or the hub cannot be "
                "reached: the laptop that added it sends it at its next sync. Try again "
                "later."))  # fmt: skip

    def _set_controls(self) -> None:
        shown = not self.item.pixmap().isNull()
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(shown)
        paged = self.pages > 1
        for widget in (self.previous_button, self.next_button, self.page_label):
            widget.setVisible(paged)
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < self.pages - 1)
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(self.page + 1))
                                .replace("%2", str(self.pages)))  # fmt: skip
        self.outside_button.setEnabled(self.content is not None and self.outside_copy is None)

    # -- outside --------------------------------------------------------------------

    def open_outside(self) -> None:
        """After the warning: a private copy, opened by the desktop's program for its type."""
        if self.outside_copy is not None or not viewer_copies.confirm(self):
            return
        vault, attachment_id, mime = self._vault, self.document.id, self.document.mime_type
        copies = viewer_copies.copies()  # made here, on the GUI thread, once per run

        def work() -> Path:
            _found, content = attachments.open_in_vault(vault, attachment_id, "external")
            return copies.write(attachment_id, mime, content)

        self.outside_button.setEnabled(False)
        self._operations.run(work, self._copied, self._failed)

    def _copied(self, path: Path) -> None:
        if not self._alive():
            viewer_copies.copies().remove(path)  # closed meanwhile: the copy goes at once
            return
        self.outside_copy = path
        # However this window goes (closed, or with the case file), the copy goes with it.
        self.destroyed.connect(lambda: viewer_copies.copies().remove(path))
        self._set_controls()
        if viewer_copies.open_outside(path):
            text = self.tr("A copy is open in another program. It is at %1 and will be removed "
                           "when you close this window.")  # fmt: skip
        else:
            text = self.tr("No program on this computer opens this kind of file. The copy at "
                           "%1 will be removed when you close this window.")  # fmt: skip
        self.status.setText(text.replace("%1", str(path)))

    def _remove_outside_copy(self) -> None:
        self._closed = True
        if self.outside_copy is not None:
            viewer_copies.copies().remove(self.outside_copy)
            self.outside_copy = None


def document_title(document: attachments.AttachmentInfo) -> str:
    """The document as lists name it: its title, or its kind when it has none."""
    return document.title or label(AttachmentKind, document.kind)
