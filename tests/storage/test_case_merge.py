"""Two cases of one family become one: the older number stays, nothing recorded is lost."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from hostdesk.reports.monthly import build_monthly_report, store_revision
from hostdesk.storage import case_merge
from hostdesk.storage.errors import VaultError
from hostdesk.storage.models import CaseAlias, Family
from hostdesk.storage.vault import Vault
from tests.storage.test_retention import GONE_WORDS, _family, _hits

_COUNTED = ("member", "identifier", "residence_permit", "consent", "activity", "referral",
            "follow_up_task", "allowance_payment")  # fmt: skip


def _rows(vault: Vault, family_id: int) -> dict[str, int]:
    """How many rows of each kind the family's file holds."""
    with vault.session() as session:
        out = {}
        for table in _COUNTED:
            if table in ("identifier", "residence_permit", "consent"):
                sql = (f"SELECT count(*) FROM {table} t JOIN member m ON m.id = t.member_id "
                       "WHERE m.family_id = :f")  # fmt: skip
            else:
                sql = f"SELECT count(*) FROM {table} WHERE family_id = :f"
            out[table] = int(session.execute(text(sql), {"f": family_id}).scalar_one())
        return out


def _case(vault: Vault, family_id: int) -> str:
    with vault.session() as session:
        family = session.get(Family, family_id)
        assert family is not None
        return family.case_number


def test_merging_keeps_every_record_of_both_and_the_older_number(vault: Vault) -> None:
    older = _family(vault, "Yohannes Tesfamariam", "ዮሃንስ ተስፋማርያም", "Ethi", "501964843")
    newer = _family(vault, "Johannes Tesfamariam", "", "Latn", "124885446", GONE_WORDS)
    before = {table: n + m for (table, n), m in zip(
        _rows(vault, older).items(), _rows(vault, newer).values(), strict=True)}  # fmt: skip
    older_case, newer_case = _case(vault, older), _case(vault, newer)

    result = case_merge.merge_cases(vault, newer, older, today=date(2026, 12, 1))

    assert (result.family_id, result.case_number) == (older, older_case)
    assert result.merged_case_number == newer_case and result.months_to_correct == ()
    assert _rows(vault, older) == before
    with vault.session() as session:
        assert session.get(Family, newer) is None
        alias = session.execute(text("SELECT family_id, merged_case FROM case_alias")).one()
        assert alias[0] == older
        heads = session.execute(
            text("SELECT count(*) FROM member WHERE family_id = :f AND is_head"), {"f": older}
        ).scalar_one()
        assert heads == 1
        assert case_merge.aliases_of(session, older) == [newer_case]
    # The merged case's number, and its people and notes, still find the family.
    assert _hits(vault, newer_case) == {older}
    assert _hits(vault, "Zebrafinch") == {older}
    assert _hits(vault, "Johannes") == {older}
    assert vault.audit_report().ok


def test_a_merge_of_reported_cases_makes_the_month_a_correction(vault: Vault) -> None:
    older = _family(vault, "Yohannes Tesfamariam", "", "Latn", "501964843")
    newer = _family(vault, "Johannes Tesfamariam", "", "Latn", "124885446", GONE_WORDS)
    first = store_revision(vault, build_monthly_report(vault, "2018-03"), submit=True)
    result = case_merge.merge_cases(vault, older, newer)
    assert result.months_to_correct == ("2018-03",)
    draft = build_monthly_report(vault, "2018-03")
    assert (draft.revision, draft.data["supersedes_sha256"]) == (2, first.sha256)
    assert [f["case_number"] for f in draft.data["families"]] == [result.case_number]
    store_revision(vault, draft, submit=True)
    with vault.session() as session:
        assert case_merge.months_needing_correction(session) == []


def test_a_case_is_not_merged_with_itself(vault: Vault) -> None:
    only = _family(vault, "Yohannes Tesfamariam", "", "Latn", "501964843")
    with pytest.raises(VaultError, match="itself"):
        case_merge.merge_cases(vault, only, only)
    with vault.session() as session:
        assert session.execute(text("SELECT count(*) FROM case_alias")).scalar_one() == 0
    assert CaseAlias.__tablename__ == "case_alias"
