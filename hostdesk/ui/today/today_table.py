"""Today's list as a table to hand on (spreadsheet or paper): one row an item.

Both sections, "This week" and "Coming up" (Próximos), in the order shown,
with what the filter keeps; a folded group is still handed on whole (folding
only saves room on the screen). Built from the items already read, so it
needs no second read of the caseload.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from hostdesk.ui.common.list_export import ListTable
from hostdesk.ui.today.today_model import TodayGroup
from hostdesk.ui.today.today_words import (
    WEEK,
    answer_text,
    describe_item,
    group_label,
    severity_label,
)


def today_table(groups: Sequence[TodayGroup], title: str) -> ListTable:
    """The items of ``groups`` (already filtered and ordered as on screen)."""
    # Spelled out, not through a helper: lupdate only sees QCoreApplication.translate itself.
    headers = [
        QCoreApplication.translate("TodayTable", "Section"),
        QCoreApplication.translate("TodayTable", "Urgency"),
        QCoreApplication.translate("TodayTable", "Due"),
        QCoreApplication.translate("TodayTable", "Case"),
        QCoreApplication.translate("TodayTable", "Head of family"),
        QCoreApplication.translate("TodayTable", "Name in the original script"),
        QCoreApplication.translate("TodayTable", "Person"),
        QCoreApplication.translate("TodayTable", "Kind"),
        QCoreApplication.translate("TodayTable", "What needs doing"),
    ]
    week = QCoreApplication.translate("TodayTable", "This week")
    upcoming = QCoreApplication.translate("TodayTable", "Coming up")
    rows = []
    for group in groups:
        section = week if group.section == WEEK else upcoming
        kind = group_label(group.kind)
        for item in group.items:
            what = describe_item(item)
            if item.answer is not None:
                what += " — " + answer_text(item.answer)
            rows.append([
                section, severity_label(item.severity), item.due, item.case_number, item.head,
                item.head_original, item.member, kind, what,
            ])  # fmt: skip
    families = len({item.family_id for group in groups for item in group.items})
    return ListTable("today", title, headers, rows, families)
