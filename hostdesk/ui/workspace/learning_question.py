"""The young-adult question of the member form: is this person in education or training?

Protection measures for someone who came as an unaccompanied minor may
continue to 21, or to 25 in education or training (``domain.minors``). The
question is asked only where it changes something: for a person who came
alone and may be 17 or over and is not yet past 25. By default the person's
education and training records decide; the worker's answer overrides them
(a course the entity never recorded, an enrolment left open). A note says
what follows, with the date protection may continue to.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from hostdesk.domain.minors import (
    ADULT_AGE,
    YOUNG_ADULT_UNTIL,
    birthday,
    comes_of_age_on,
    minor_status,
    young_adult_until,
)
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import MinorStatus
from hostdesk.ui.common.formatting import format_date


def question_matters(birth: PartialDate | None, came_alone: bool, today: date) -> bool:
    """Came alone, possibly 17 already (the year before coming of age), not surely past 25."""
    if not came_alone or birth is None:
        return False
    near = birthday(birth.earliest(), ADULT_AGE - 1)
    last = young_adult_until(birth, True)
    return last is not None and near <= today <= last


class LearningQuestion(QWidget):
    """A choice (as the records show / yes / no) and a note of what follows from it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("In education or training"))
        self.choice.setToolTip(
            self.tr(
                "For a young adult who came as an unaccompanied minor, protection measures may "
                "continue to 21, or to 25 in education or training."
            )
        )
        self.choice.addItem("", None)
        self.choice.addItem(self.tr("Yes"), True)
        self.choice.addItem(self.tr("No"), False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("What follows for protection"))
        self.note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.choice)
        layout.addWidget(self.note)
        self.setFocusProxy(self.choice)
        self._records = False
        self.set_records(False)

    def set_records(self, learning: bool) -> None:
        """What the records show today: the default choice says it."""
        self._records = learning
        self.choice.setItemText(
            0,
            self.tr("As the records show: yes") if learning else self.tr("As the records show: no"),
        )

    def answer(self) -> bool | None:
        return self.choice.currentData()

    def set_answer(self, answer: bool | None) -> None:
        self.choice.setCurrentIndex(max(self.choice.findData(answer), 0))

    def learning(self) -> bool:
        """In education or training, as the choice or (by default) the records say."""
        answer = self.answer()
        return answer if answer is not None else self._records

    def show_outcome(self, birth: PartialDate | None, today: date) -> None:
        """The note for a person who came alone, born ``birth``, on ``today``."""
        learning = self.learning()
        status = minor_status(birth, True, today, in_education_or_training=learning)
        until = format_date(young_adult_until(birth, learning))
        if status is MinorStatus.MINOR:
            text = self.tr("Comes of age on %1; protection may then continue until %2.")
            text = text.replace("%1", format_date(comes_of_age_on(birth))).replace("%2", until)
        elif status is MinorStatus.YOUNG_ADULT:
            text = self.tr("A young adult: protection may continue until %1.").replace("%1", until)
        else:
            assert birth is not None  # an adult: the birth date is known
            text = self.tr(
                "An adult since %1: protection continues to 25 only in education or training."
            )
            text = text.replace("%1", format_date(birthday(birth.latest(), YOUNG_ADULT_UNTIL)))
        self.note.setText(text)
