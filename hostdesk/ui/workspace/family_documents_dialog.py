"""Documents for the family: the information sheet, the consent text or the plan, in a language.

The language starts as the family head's (``Member.languages``); each language
says whether its text can be printed. The PDF is made on the database thread
and shown as pages inside the dialog (PDFium, no outside viewer, no file); it
can then be saved or printed, both audited. A text that is missing or not yet
reviewed by a coordinator shows why instead of a preview, and nothing prints.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain.family_texts import LANGUAGES, FamilyDocument, TextState
from hostdesk.reports.family_documents import (
    Rendered,
    record_output,
    render,
    suggested_languages,
)
from hostdesk.storage import family_texts
from hostdesk.storage.durable import write_atomically
from hostdesk.storage.family_texts import TextNotPrintable
from hostdesk.storage.vault import Vault
from hostdesk.ui.common import pdf_pages, printing
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.common.screen_fit import keep_on_screen
from hostdesk.ui.workspace.context import CaseContext

log = logging.getLogger(__name__)

PREVIEW_DPI = 56  # an A4 page about 460 px wide: readable, and the dialog fits 768 px

# The languages' names for lupdate; the catalogue holds their Portuguese names.
_LANGUAGE_NAMES = (
    QT_TRANSLATE_NOOP("FamilyDocuments", "Portuguese"),
    QT_TRANSLATE_NOOP("FamilyDocuments", "Arabic"),
    QT_TRANSLATE_NOOP("FamilyDocuments", "Dari"),
    QT_TRANSLATE_NOOP("FamilyDocuments", "Farsi (Persian)"),
    QT_TRANSLATE_NOOP("FamilyDocuments", "Pashto"),
    QT_TRANSLATE_NOOP("FamilyDocuments", "Tigrinya"),
    QT_TRANSLATE_NOOP("FamilyDocuments", "Ukrainian"),
    QT_TRANSLATE_NOOP("FamilyDocuments", "English"),
    QT_TRANSLATE_NOOP("FamilyDocuments", "French"),
)


def document_name(document: FamilyDocument) -> str:
    names = {
        FamilyDocument.INFO: QCoreApplication.translate(
            "FamilyDocuments", "Programme information sheet"),
        FamilyDocument.CONSENT: QCoreApplication.translate("FamilyDocuments", "Consent text"),
        FamilyDocument.PLAN: QCoreApplication.translate("FamilyDocuments", "Integration plan"),
    }  # fmt: skip
    return names[document]


def language_name(code: str) -> str:
    """The language in the interface's language, then in itself ("árabe — العربية")."""
    language = next(lang for lang in LANGUAGES if lang.code == code)
    interface = QCoreApplication.translate("FamilyDocuments", language.name_en)
    return interface if language.endonym.lower() == interface.lower() else (
        f"{interface} — {language.endonym}"
    )


def state_words(state: TextState) -> str:
    if state is TextState.MISSING:
        return QCoreApplication.translate("FamilyDocuments", "no text yet")
    if state is TextState.UNREVIEWED:
        return QCoreApplication.translate("FamilyDocuments", "not reviewed")
    return QCoreApplication.translate("FamilyDocuments", "reviewed")


class FamilyDocumentsDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        operations: Operations,
        family_id: int,
        suggested: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never taller than the screen (screen_fit)
        self.setWindowTitle(self.tr("Documents for the family"))
        self._vault, self._operations, self._family_id = vault, operations, family_id
        self._suggested = suggested
        self.rendered: Rendered | None = None
        self._request = 0

        self.document = QComboBox()
        for document in FamilyDocument:
            self.document.addItem(document_name(document), document.value)
        self.document.setAccessibleName(self.tr("Document"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the document"))
        self.with_portuguese = QCheckBox(self.tr("Add the &Portuguese version after it"))
        self.with_portuguese.setChecked(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Whether the document can be printed"))
        self.pages = QLabel()
        self.pages.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages.setAccessibleName(self.tr("Preview of the document"))
        self.preview = QScrollArea()
        self.preview.setWidget(self.pages)
        self.preview.setWidgetResizable(True)
        self.preview.setMinimumSize(520, 400)
        self.preview.setStyleSheet("QScrollArea { background: #8a8f98; }")
        note = QLabel(self.tr(
            "A saved PDF is not encrypted: keep it as safe as the vault and delete it once it is "
            "handed over. Printing leaves a copy in the computer's print queue for a while."))
        note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Document"), self.document)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.with_portuguese)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addWidget(self.preview, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

        self.document.currentIndexChanged.connect(self._fill_languages)
        self.language.currentIndexChanged.connect(self.refresh)
        self.with_portuguese.toggled.connect(self.refresh)
        self._fill_languages()
        self.resize(640, 680)

    def current_document(self) -> FamilyDocument:
        return FamilyDocument(self.document.currentData())

    def current_language(self) -> str:
        return str(self.language.currentData())

    def _fill_languages(self) -> None:
        """Every language, the family's first, each saying whether it can be printed."""
        document = self.current_document()
        with self._vault.session() as session:  # nine settings rows: quick enough here
            states = {lang.code: family_texts.entry(session, document, lang.code).state
                      for lang in LANGUAGES}  # fmt: skip
        order = [*self._suggested, *[lang.code for lang in LANGUAGES if
                                     lang.code not in self._suggested]]  # fmt: skip
        previous = self.current_language() if self.language.count() else ""
        self.language.blockSignals(True)
        self.language.clear()
        for code in order:
            self.language.addItem(f"{language_name(code)} ({state_words(states[code])})", code)
            self.language.setItemData(self.language.count() - 1, states[code].value,
                                      Qt.ItemDataRole.UserRole + 1)  # fmt: skip
        index = self.language.findData(previous) if previous else 0
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Make the PDF for the current choice off the UI thread, then show its pages."""
        self.rendered = None
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.with_portuguese.setEnabled(self.current_language() != "pt")
        self._request += 1
        request = self._request
        vault, family_id = self._vault, self._family_id
        document, language = self.current_document(), self.current_language()
        portuguese = self.with_portuguese.isChecked() and language != "pt"
        self.state.setText(self.tr("Preparing the document…"))
        self.pages.clear()

        def work() -> Rendered:
            return render(vault, family_id, document, language, with_portuguese=portuguese)

        def done(rendered: Rendered) -> None:
            if request == self._request:
                self._show(rendered)

        def failed(error: BaseException) -> None:
            if request == self._request:
                self._refused(error)

        self._operations.run(work, done, failed)

    def _show(self, rendered: Rendered) -> None:
        self.rendered = rendered
        images = list(pdf_pages.pages(rendered.pdf, PREVIEW_DPI))
        if images:
            gap = 12
            width = max(i.width() for i in images)
            sheet = QPixmap(width + 2 * gap, sum(i.height() + gap for i in images) + gap)
            sheet.fill(Qt.GlobalColor.transparent)
            painter = QPainter(sheet)
            y = gap
            for image in images:
                painter.drawImage(gap, y, image)
                y += image.height() + gap
            painter.end()
            self.pages.setPixmap(sheet)
        count = len(images)
        self.state.setText(self.tr("%n page(s), ready to save or print.", "", count))
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, TextNotPrintable):
            language = language_name(error.language)
            if error.state is TextState.MISSING:
                text = self.tr(
                    "There is no text of this document in %1 yet, so it cannot be printed in "
                    "that language. A coordinator can add one in Settings › Family documents."
                )
            else:
                text = self.tr(
                    "The text of this document in %1 has not been reviewed yet. It prints only "
                    "after a coordinator has had it checked by someone who reads the language "
                    "and marked it reviewed (Settings › Family documents)."
                )
            self.state.setText(text.replace("%1", language))
            return
        log.error("family document failed: %s", type(error).__name__)
        self.state.setText(self.tr("The document could not be made; see the log for the kind "
                                   "of error."))  # fmt: skip

    def _file_name(self) -> str:
        assert self.rendered is not None
        return f"{self.rendered.document.value}-{self.rendered.language}.pdf"

    def save_pdf(self) -> None:
        if self.rendered is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the document (not encrypted)"),
            str(Path.home() / self._file_name()), self.tr("PDF documents (*.pdf)"),
        )  # fmt: skip
        if not path:
            return
        try:
            write_atomically(Path(path), self.rendered.pdf)
        except OSError:
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("The file could not be written there; choose another "
                                        "folder."))  # fmt: skip
            return
        self._record(self.rendered, "pdf")
        self.state.setText(self.tr("Saved as %1. The file is not encrypted.").replace(
            "%1", Path(path).name))

    def print_document(self) -> None:
        rendered = self.rendered
        if rendered is None:
            return
        title = document_name(rendered.document)
        if printing.print_pdf(self, self._operations, title, rendered.pdf, self.state.setText):
            self._record(rendered, "print")

    def _record(self, rendered: Rendered, target: str) -> None:
        vault, family_id = self._vault, self._family_id

        def failed(error: BaseException) -> None:
            log.error("family document output not audited: %s", type(error).__name__)

        self._operations.run(lambda: record_output(vault, family_id, rendered, target),
                             lambda _result: None, failed)  # fmt: skip


def open_family_documents(context: CaseContext, parent: QWidget) -> FamilyDocumentsDialog:
    """The dialog for the open family, its languages first (from the workspace)."""
    with context.vault.session() as session:  # one family's members: quick
        suggested = suggested_languages(session, context.family_id)
    dialog = FamilyDocumentsDialog(context.vault, context.operations, context.family_id,
                                   suggested, parent)  # fmt: skip
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(True)
    dialog.show()
    return dialog
