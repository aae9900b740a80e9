"""What the import asks instead of guessing, and the answers people give.

Some values cannot be read without a person's word, and a wrong guess would
change a case silently (a woman recorded as a man, a family under another
channel's rules):

- ``SEX_M``: a sex column of a Portuguese sheet where "M" may be Masculino
  (beside F) or Mulher (beside H); when H is there too, M is Mulher.
- ``NATIONALITY``: a word that names two countries ("Guineense").
- ``CHANNEL``: a value that is no arrival channel although offices write it in
  that column ("Pedido de Proteção Internacional": relocated people lodge one too).
- ``ENCODING``: a CSV whose letters read as names both in Windows-1252 and in
  Mac Roman (asked by the reader, answered by reading the file again).

A question groups every row with the same value; its answer applies to them
all. Rows whose question is still open cannot be imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Topic(StrEnum):
    SEX_M = "sex_m"
    NATIONALITY = "nationality"
    CHANNEL = "channel"
    ENCODING = "encoding"


# (topic, folded value) -> the value chosen: "F"/"M", a country code, a channel, an encoding.
Answers = dict[tuple[Topic, str], str]

OPEN_QUESTION = "This value needs an answer (see the questions); HostDesk does not guess it."


@dataclass(frozen=True)
class Question:
    topic: Topic
    key: str  # the folded value asked about ("" for SEX_M and ENCODING)
    value: str  # the value as first written in the sheet, to show
    column: int | None
    rows: tuple[int, ...]
    choices: tuple[str, ...]  # what may be answered, most likely first


class QuestionBook:
    """Collects the questions met while the rows are read, one per topic and value."""

    def __init__(self, answers: Answers | None = None) -> None:
        self.answers: Answers = dict(answers or {})
        self._open: dict[tuple[Topic, str], tuple[str, int | None, list[int], tuple[str, ...]]] = {}

    def answer(self, topic: Topic, key: str) -> str | None:
        return self.answers.get((topic, key))

    def ask(
        self, topic: Topic, key: str, value: str, column: int | None, row: int,
        choices: tuple[str, ...],
    ) -> None:  # fmt: skip
        found = self._open.setdefault((topic, key), (value, column, [], choices))
        if row not in found[2][-1:]:
            found[2].append(row)

    def questions(self) -> list[Question]:
        asked = [
            Question(topic, key, value, column, tuple(rows), choices)
            for (topic, key), (value, column, rows, choices) in self._open.items()
        ]
        return sorted(asked, key=lambda q: (q.rows[0], q.topic.value, q.key))
