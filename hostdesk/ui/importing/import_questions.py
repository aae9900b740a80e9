"""The preview's questions: what HostDesk will not guess, and what it would leave out.

Above the rows: an unsure encoding (both readings of the names it affects, and
a choice), a question per ambiguous value (a lone "M", "Guineense", a value
that is no channel) with a choice of answers, the rule for two-digit years
when one was used, and the columns with data that are not imported, with
their counts and a box to confirm leaving them out. The panel only shows and
reports choices; the wizard checks the rows again with the answers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain import vocabulary as v
from hostdesk.domain.importing.questions import Question, Topic
from hostdesk.domain.importing.rows import ImportPlan
from hostdesk.domain.importing.table import SheetTable
from hostdesk.domain.importing.values import TWO_DIGIT_RULE
from hostdesk.storage.importing import EncodingDoubt
from hostdesk.storage.importing.encodings import MAC, WINDOWS
from hostdesk.storage.importing.nationality_words import country_name
from hostdesk.ui.common.field_validation import translate_domain_message
from hostdesk.ui.common.labels import label

MAX_PANEL_HEIGHT = 190
SHOWN_ROWS = 6


def _rows(rows: tuple[int, ...]) -> str:
    shown = ", ".join(str(r) for r in rows[:SHOWN_ROWS])
    if len(rows) > SHOWN_ROWS:
        shown += QCoreApplication.translate("ImportQuestions", " and %1 more").replace(
            "%1", str(len(rows) - SHOWN_ROWS)
        )
    return shown


def _wrapped(text: str) -> QLabel:
    found = QLabel(text)
    found.setWordWrap(True)
    found.setTextFormat(Qt.TextFormat.PlainText)
    return found


def question_text(table: SheetTable, question: Question) -> str:
    where = table.label(question.column) if question.column is not None else ""
    if question.topic is Topic.SEX_M:
        text = QCoreApplication.translate(
            "ImportQuestions",
            'Column %1: does "M" mean Masculino (male) or Mulher (female)? Rows %2.',
        )
    elif question.topic is Topic.NATIONALITY:
        text = QCoreApplication.translate(
            "ImportQuestions",
            'Column %1: "%3" names more than one country. Which one is it? Rows %2.',
        )
    else:
        text = QCoreApplication.translate(
            "ImportQuestions",
            'Column %1: "%3" is not an arrival channel (people of every channel may have it), '
            "and the channel decides the programme's rules. Which channel? Rows %2.",
        )
    return (
        text.replace("%1", where).replace("%2", _rows(question.rows)).replace("%3", question.value)
    )


def choice_text(question: Question, choice: str) -> str:
    if question.topic is Topic.SEX_M:
        return (
            QCoreApplication.translate("ImportQuestions", "Male (M is Masculino)")
            if choice == "M"
            else QCoreApplication.translate("ImportQuestions", "Female (M is Mulher)")
        )
    if question.topic is Topic.NATIONALITY:
        language = "pt" if QLocale().name().startswith("pt") else "en"
        return f"{country_name(choice, language)} ({choice})"
    return label(v.ArrivalChannel, choice)


class QuestionsPanel(QScrollArea):
    """Emits ``answered`` (topic, key, value), ``encoding_chosen`` and ``left_out``."""

    answered = Signal(str, str, object)
    encoding_chosen = Signal(str)
    left_out = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMaximumHeight(MAX_PANEL_HEIGHT)
        self.setAccessibleName(
            QCoreApplication.translate("ImportQuestions", "Questions about the file")
        )
        self.combos: dict[tuple[Topic, str], QComboBox] = {}
        self.confirm = QCheckBox(
            QCoreApplication.translate(
                "ImportQuestions", "Leave these columns out: their data are not imported"
            )
        )
        self.confirm.toggled.connect(self.left_out.emit)
        self.encoding_buttons: dict[str, QPushButton] = {}
        self.hide()

    def show_questions(
        self,
        table: SheetTable,
        plan: ImportPlan,
        doubt: EncodingDoubt | None,
        confirmed: bool,
    ) -> None:
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(4, 4, 4, 4)
        self.combos, self.encoding_buttons = {}, {}
        if doubt is not None:
            self._doubt(layout, doubt)
        for question in plan.questions:
            self._question(layout, table, question)
        if plan.two_digit_years:
            layout.addWidget(_wrapped(translate_domain_message(TWO_DIGIT_RULE)))
        if plan.left_out:
            names = "; ".join(
                QCoreApplication.translate("ImportQuestions", "%1: %2 rows")
                .replace("%1", table.label(c.column))
                .replace("%2", str(c.values))
                for c in plan.left_out
            )
            layout.addWidget(
                _wrapped(
                    QCoreApplication.translate(
                        "ImportQuestions", "Columns with data that are not imported: %1."
                    ).replace("%1", names)
                )
            )
            self.confirm = QCheckBox(
                QCoreApplication.translate(
                    "ImportQuestions", "Leave these columns out: their data are not imported"
                )
            )
            self.confirm.setChecked(confirmed)
            self.confirm.toggled.connect(self.left_out.emit)
            layout.addWidget(self.confirm)
        layout.addStretch(1)
        self.setWidget(host)
        self.setVisible(bool(doubt or plan.questions or plan.two_digit_years or plan.left_out))

    def _doubt(self, layout: QVBoxLayout, doubt: EncodingDoubt) -> None:
        layout.addWidget(_wrapped(QCoreApplication.translate("ImportQuestions",
            "The letters of this file read as names in two ways. Which reading is right? "
            "Rows %1."
        ).replace("%1", _rows(doubt.rows))))  # fmt: skip
        grid = QGridLayout()
        names = {
            WINDOWS: QCoreApplication.translate("ImportQuestions", "Windows (Excel for Windows)"),
            MAC: QCoreApplication.translate("ImportQuestions", "Mac (Excel for Mac)"),
        }
        for column, encoding in enumerate((doubt.chosen, doubt.other)):
            button = QPushButton(
                QCoreApplication.translate("ImportQuestions", "Read as %1").replace(
                    "%1", names.get(encoding, encoding)
                )
            )
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, e=encoding: self.encoding_chosen.emit(e))
            self.encoding_buttons[encoding] = button
            grid.addWidget(button, 0, column)
            for row, (_number, text) in enumerate(doubt.reading(encoding), start=1):
                grid.addWidget(_wrapped(text), row, column)
        layout.addLayout(grid)

    def _question(self, layout: QVBoxLayout, table: SheetTable, question: Question) -> None:
        row = QHBoxLayout()
        text = _wrapped(question_text(table, question))
        combo = QComboBox()
        combo.setAccessibleName(text.text())
        combo.addItem(QCoreApplication.translate("ImportQuestions", "Choose…"), None)
        for choice in question.choices:
            combo.addItem(choice_text(question, choice), choice)
        combo.currentIndexChanged.connect(
            lambda _i, q=question, box=combo: self.answered.emit(
                q.topic.value, q.key, box.currentData()
            )
        )
        self.combos[(question.topic, question.key)] = combo
        row.addWidget(text, 1)
        row.addWidget(combo)
        layout.addLayout(row)
