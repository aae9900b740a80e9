"""What a form shows when the person typed may already be recorded.

The rule is ``domain.duplicates``: a NIF, NISS, SNS or citizen card number
already recorded is refused; a passport number, or the same name (any script
or spelling) with the same birth date, is a warning the user may save past.
Either way the other case can be opened from here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hostdesk.domain.duplicates import Duplicate, Severity
from hostdesk.domain.vocabulary import IdentifierKind
from hostdesk.storage.duplicates import DuplicateRefused, PossibleDuplicates
from hostdesk.ui.common.labels import label


class DuplicatePanel(QWidget):
    """The duplicates found by the last save, and what can be done about them."""

    save_anyway = Signal()
    open_case = Signal(int)  # the other family's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Possible duplicate"))
        self.save_button = QPushButton(self.tr("Save anyway"))
        self.save_button.clicked.connect(self.save_anyway)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self._family_id: int | None = None
        self.hide()

    def show_found(self, found: Sequence[Duplicate]) -> None:
        first = found[0]
        refused = first.severity is Severity.REFUSED
        lines = [self._sentence(d) for d in (found[:1] if refused else found)]
        if not refused:
            lines.append(
                self.tr(
                    "A birth date known only to its year (or month) counts as the same as "
                    "any date in that year (or month). Save anyway if this is someone else."
                )
            )
        self.text.setText("\n".join(dict.fromkeys(lines)))
        self._family_id = first.family_id
        self.open_button.setText(self.tr("Open case %1").replace("%1", first.case_number))
        self.save_button.setVisible(not refused)
        self.show()

    def _sentence(self, found: Duplicate) -> str:
        case = found.case_number
        if found.identifier_kind is None:
            return self.tr(
                "Someone with the same name (in any script or spelling) and the same birth "
                "date is recorded in case %1."
            ).replace("%1", case)
        kind = label(IdentifierKind, found.identifier_kind)
        if found.severity is Severity.REFUSED:
            sentence = self.tr(
                "This %1 is already recorded, in case %2: one number belongs to one person. "
                "Correct it, or open that case."
            )
            return sentence.replace("%1", kind).replace("%2", case)
        return (
            self.tr("The same %1 is recorded in case %2 (children often travel on a parent's).")
            .replace("%1", kind)
            .replace("%2", case)
        )

    def _open(self) -> None:
        if self._family_id is not None:
            self.open_case.emit(self._family_id)


class DuplicateAnswers:
    """What a form that records people does with the duplicate check's answer.

    Mixed into the new-family and member forms (before ``FormDialog``): a refusal
    or a warning shows in their ``DuplicatePanel``; "save anyway" saves again
    with the warnings seen; "open that case" leaves the form unsaved.
    """

    duplicates: DuplicatePanel
    status: QLabel
    _warnings_seen: bool

    def handle_error(self, error: BaseException) -> bool:
        if isinstance(error, DuplicateRefused):
            self.duplicates.show_found([error.duplicate])
        elif isinstance(error, PossibleDuplicates):
            self.duplicates.show_found(error.duplicates)
        else:
            return False
        self.status.hide()
        return True

    def _save_anyway(self) -> None:
        self._warnings_seen = True
        self.save()  # type: ignore[attr-defined]  # FormDialog's

    def _open_case(self, family_id: int) -> None:
        # The person is recorded there already: this form is not saved.
        self.tracker.mark_clean()  # type: ignore[attr-defined]  # FormDialog's
        self.open_case_requested.emit(family_id)  # type: ignore[attr-defined]  # the form's
        self.reject()  # type: ignore[attr-defined]  # QDialog's
