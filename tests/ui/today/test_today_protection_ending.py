"""Today warns, in Portuguese, before a young adult's protection ends, and the header says it.

Someone who came as an unaccompanied minor is protected as a young adult until 21, or 25
in education or training (the worker's answer, else the records). The support after it
must be arranged before: upcoming in "Próximos", urgent in its last week (docs/alerts.md).
"""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from hostdesk.domain.alerts import AlertKind, Severity
from hostdesk.domain.partial_date import PartialDate
from hostdesk.storage import families
from hostdesk.storage.models import ResidencePermit
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.today.today_view import TodayView
from hostdesk.ui.workspace.family_workspace import FamilyWorkspace
from tests.ui.today.test_today_view import _find, _heading, _texts, _wait

TODAY = date.today()
ENDING = AlertKind.YOUNG_ADULT_PROTECTION_ENDING


def _born_turning(years: int, on: date) -> PartialDate:
    if (on.month, on.day) == (2, 29):
        on += timedelta(days=1)  # keep the example clear of leap days
    return PartialDate(on.year - years, on.month, on.day)


def _young_adults(vault: Vault) -> tuple[int, date, date]:
    """Two who came alone: one 21 in 20 days; one in training (the worker said so), 25 in 3."""
    twenty_one = TODAY + timedelta(days=20)
    twenty_five = TODAY + timedelta(days=3)
    with vault.changing() as s:
        family = families.create_family(
            s, vault.user, arrival_channel="relocation",
            programme_start=TODAY - timedelta(days=100), case_number="HD-2026-00042",
            case_type="unaccompanied_minor",
        )  # fmt: skip
        for n, (name, birth, answer) in enumerate((
            ("Dawit Haile", _born_turning(21, twenty_one), None),
            ("Ahmad Rahimi", _born_turning(25, twenty_five), True),
        )):  # fmt: skip
            member = families.add_member(
                s, vault.user, family, name_latin=name, birth=birth, is_head=n == 0,
                relationship="head" if n == 0 else "other", is_unaccompanied_minor=True,
                in_education_or_training=answer,
            )  # fmt: skip
            s.add(ResidencePermit(member_id=member.id, expires_on=TODAY + timedelta(days=300)))
        family_id = family.id
    assert family_id is not None
    return family_id, twenty_one - timedelta(days=1), twenty_five - timedelta(days=1)


def test_today_lists_the_end_of_protection_in_portuguese(
    qtbot: QtBot, vault: Vault, portuguese: None
) -> None:
    family_id, last_21, last_25 = _young_adults(vault)
    operations = Operations()
    view = TodayView(vault, operations)
    qtbot.add_widget(view)
    view.resize(1366, 768)
    view.show()
    view.refresh()
    _wait(qtbot, operations, view)

    items = {i.member: i for g in view.model.groups for i in g.items if i.kind == ENDING.value}
    assert set(items) == {"Dawit Haile", "Ahmad Rahimi"}
    # 21 in 20 days: waits in Próximos; in training, 25 in three days: this week.
    assert (items["Dawit Haile"].severity, items["Dawit Haile"].due) == (Severity.WARNING, last_21)
    assert items["Dawit Haile"].section == "upcoming"
    assert (items["Ahmad Rahimi"].severity, items["Ahmad Rahimi"].due) == (
        Severity.URGENT, last_25,
    )  # fmt: skip
    assert items["Ahmad Rahimi"].section == "week"

    index = _find(view, ENDING.value)  # the urgent one comes first
    urgency, due, case, _head, person, what = _texts(view, index)
    assert (urgency, case, person) == ("Urgente", "HD-2026-00042", "Ahmad Rahimi")
    assert due == format_date(last_25)
    assert what == "A proteção de jovem adulto termina dentro de 2 dias: prepare o apoio seguinte"
    assert _heading(view, index) == "▾ Jovens adultos no fim da proteção — 1 item, 1 urgente"
    with qtbot.wait_signal(view.familyRequested, timeout=2_000) as opened:
        view.table.activated.emit(index)
    assert opened.args == [family_id, "members"]
    assert operations.wait_idle(10_000)


def test_the_family_header_names_who_and_when_in_portuguese(
    qtbot: QtBot, vault: Vault, portuguese: None
) -> None:
    family_id, last_21, _last_25 = _young_adults(vault)
    operations = Operations()
    workspace = FamilyWorkspace(vault, operations, family_id)
    qtbot.add_widget(workspace)
    header = workspace.header
    (dawit,) = [a for a in header.alerts if a.kind is ENDING and a.due == last_21]
    assert header.describe(dawit) == (
        f"A proteção de Dawit Haile como jovem adulto termina a {format_date(last_21)}: "
        "prepare o apoio seguinte"
    ).replace("Dawit Haile", "\u2068Dawit Haile\u2069")
    assert operations.wait_idle(10_000)
