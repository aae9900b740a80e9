"""What the import wizard shows next: plain rules, so they are tested without Qt.

File → columns → preview → importing → done. Going back is allowed until the
import starts; changing a column throws the preview away; the import is
possible only when the choice leaves at least one family and no error blocks it,
when the person has confirmed leaving out the columns with data that are not
imported, and when a CSV's unsure encoding has been chosen. Answers to the
preview's questions are kept while the same file is worked on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from hostdesk.domain.importing.columns import (
    ImportField,
    Mapping,
    MappingProblem,
    mapping_problems,
)
from hostdesk.domain.importing.questions import Answers, Topic
from hostdesk.domain.importing.rows import ImportPlan, Selection


class Step(IntEnum):
    FILE = 0
    COLUMNS = 1
    PREVIEW = 2
    IMPORTING = 3
    DONE = 4


@dataclass
class ImportFlow:
    step: Step = Step.FILE
    columns: int = 0
    mapping: Mapping = field(default_factory=dict)
    plan: ImportPlan | None = None
    only_valid: bool = False
    skip_duplicates: bool = False
    busy: bool = False  # reading the file or checking the rows
    answers: Answers = field(default_factory=dict)
    left_out_confirmed: bool = False
    encoding_unsure: bool = False  # a CSV that reads as names in two encodings: ask

    def file_read(
        self, columns: int, mapping: Mapping, *, encoding_unsure: bool = False,
        same_file: bool = False,
    ) -> None:  # fmt: skip
        self.columns, self.mapping, self.plan = columns, dict(mapping), None
        self.step, self.busy = Step.COLUMNS, False
        self.encoding_unsure, self.left_out_confirmed = encoding_unsure, False
        if not same_file:
            self.answers = {}

    def answer(self, topic: Topic, key: str, value: str | None) -> None:
        """Record (or, with None, withdraw) an answer; the preview must be checked again."""
        if value is None:
            self.answers.pop((topic, key), None)
        else:
            self.answers[(topic, key)] = value

    def encoding_chosen(self) -> None:
        self.encoding_unsure = False

    def set_field(self, column: int, target: ImportField | None) -> None:
        """Give ``column`` a field (or none); the column that had it loses it."""
        if target is not None:
            for other in [c for c, f in self.mapping.items() if f == target and c != column]:
                del self.mapping[other]
            self.mapping[column] = target
        else:
            self.mapping.pop(column, None)
        self.plan = None

    def problems(self) -> list[MappingProblem]:
        return mapping_problems(self.mapping)

    def can_check(self) -> bool:
        return self.step is Step.COLUMNS and not self.busy and not self.problems()

    def checked(self, plan: ImportPlan) -> None:
        self.plan, self.step, self.busy = plan, Step.PREVIEW, False

    def selection(self) -> Selection | None:
        if self.plan is None:
            return None
        return self.plan.select(only_valid=self.only_valid, skip_duplicates=self.skip_duplicates)

    def needs_confirmation(self) -> bool:
        """Columns with data would be left out and the person has not said so yet."""
        return self.plan is not None and bool(self.plan.left_out) and not self.left_out_confirmed

    def can_import(self) -> bool:
        chosen = self.selection()
        return (
            self.step is Step.PREVIEW
            and chosen is not None
            and not chosen.blocked
            and bool(chosen.households)
            and not self.needs_confirmation()
            and not self.encoding_unsure
        )

    def started(self) -> None:
        if not self.can_import():
            raise ValueError("nothing can be imported now")
        self.step = Step.IMPORTING

    def finished(self) -> None:
        self.step = Step.DONE

    def failed(self) -> None:
        """The import did not happen (error or cancel): the preview is shown again."""
        self.step = Step.PREVIEW

    def can_go_back(self) -> bool:
        return self.step in (Step.COLUMNS, Step.PREVIEW) and not self.busy

    def back(self) -> None:
        if self.can_go_back():
            self.step = Step(self.step - 1)
