"""The monthly report in a team: the coordinator's device, the whole caseload, warnings."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from hostdesk.reports import monthly
from hostdesk.storage.team.contact import NotTheReportingDevice
from hostdesk.sync.team import files, setup
from tests.sync.team.team_support import add_family, add_worker, coordinator_vault, join


def test_the_report_is_the_coordinators_and_warns_of_a_laptop_out_of_touch(
    tmp_path: Path,
) -> None:
    coordinator = coordinator_vault(tmp_path / "coordinator")
    rui = add_worker(coordinator, "rui.tecnico")
    setup.create_team(coordinator)
    add_family(coordinator, "Amina Haddad", rui)
    add_family(coordinator, "Olena Kovalenko")
    laptop = join(coordinator, "rui.tecnico", tmp_path / "laptop").vault
    try:
        add_family(laptop, "Leila Nasser", None)  # made offline on the laptop
        files.import_file(coordinator, files.export(laptop))  # the laptop's last contact: now
        draft = monthly.build_monthly_report(coordinator, "2026-11")
        assert len(draft.data["families"]) == 3  # the merged caseload
        assert draft.out_of_touch == ()  # in contact after November ended
    finally:
        laptop.close()
        coordinator.close()


def test_a_month_that_ended_after_the_last_contact_warns_and_a_laptop_cannot_report(
    tmp_path: Path,
) -> None:
    coordinator = coordinator_vault(tmp_path / "coordinator")
    rui = add_worker(coordinator, "rui.tecnico")
    setup.create_team(coordinator)
    add_family(coordinator, "Amina Haddad", rui)
    laptop = join(coordinator, "rui.tecnico", tmp_path / "laptop").vault
    try:
        with coordinator.changing() as session:  # joined in October, last seen 20 November
            session.execute(text("UPDATE team_device SET added_at = :t WHERE uid != added_by"),
                            {"t": datetime(2026, 10, 1, tzinfo=UTC)})  # fmt: skip
            session.execute(
                text("INSERT INTO team_peer (device, last_contact, holds) SELECT uid, :t, '{}'"
                     " FROM team_device WHERE uid != added_by"),
                {"t": datetime(2026, 11, 20, tzinfo=UTC)},
            )  # fmt: skip
        assert [d.username for d in monthly.build_monthly_report(
            coordinator, "2026-11").out_of_touch] == ["rui.tecnico"]  # fmt: skip
        assert monthly.build_monthly_report(coordinator, "2026-10").out_of_touch == ()
        with pytest.raises(NotTheReportingDevice):
            monthly.build_monthly_report(laptop, "2026-11")
    finally:
        laptop.close()
        coordinator.close()
