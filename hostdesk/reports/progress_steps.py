"""The progress report's next steps: open tasks, booked permit renewals, goals to reach."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from hostdesk.domain.vocabulary import GoalStatus
from hostdesk.reports.catalogue import text
from hostdesk.reports.formatting import Lang, format_date, format_short_date
from hostdesk.storage.families import FamilyFile
from hostdesk.storage.models import FollowUpTask


def next_steps(
    case: FamilyFile,
    tasks: Sequence[FollowUpTask],
    on: date,
    lang: Lang,
) -> list[tuple[str, str]]:
    """Open tasks, booked ARP renewals and plan goals still to reach, soonest first."""
    steps: list[tuple[date, str]] = []
    for task in tasks:
        if task.done_on is None or task.done_on > on:
            steps.append((task.due_on or date.max, text(lang, "step.task", text=task.description)))
    for file in case.members:
        for permit in file.permits:
            if permit.renewal_appointment and permit.renewal_appointment > on:
                steps.append(
                    (
                        permit.renewal_appointment,
                        text(
                            lang,
                            "step.arp_appointment",
                            person=file.member.name_latin,
                            date=format_date(permit.renewal_appointment, lang),
                        ),
                    )
                )
    for goal in case.goals:
        open_goal = goal.status in (GoalStatus.PLANNED.value, GoalStatus.IN_PROGRESS.value)
        if open_goal and goal.target_date and goal.target_date > on:
            steps.append(
                (
                    goal.target_date,
                    text(
                        lang,
                        "step.goal",
                        goal=goal.description,
                        date=format_date(goal.target_date, lang),
                    ),
                )
            )
    steps.sort(key=lambda s: s[0])
    return [(format_short_date(d if d != date.max else None), line) for d, line in steps]
