"""The synthetic demo data: deterministic, valid, searchable, and what the alerts need."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from hostdesk.domain import name_keys, names
from hostdesk.domain.alerts import DEFAULT_THRESHOLDS, AlertKind
from hostdesk.domain.identifiers import validate_identifier
from hostdesk.domain.vocabulary import (
    FamilyStatus,
    IdentifierKind,
    Role,
    Script,
)
from hostdesk.storage import alert_snapshots, caseload, families, search
from hostdesk.storage.demo.synthetic import (
    generate_families,
    generate_family,
    variants_of,
)
from hostdesk.storage.demo.writer import (
    AUDIT_ACTION,
    DEMO_COORDINATOR,
    DEMO_WORKERS,
    create_demo_vault,
    populate,
)
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.vault import Vault
from tests.conftest import PASSPHRASE

TODAY = date(2026, 11, 24)
DEMO_FAMILIES = 60


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("demo") / "vault"


@pytest.fixture(scope="module")
def demo(demo_dir: Path) -> Iterator[Vault]:
    """One demo vault for the module: building it is the slow part."""
    calls: list[tuple[int, int]] = []
    vault = create_demo_vault(
        demo_dir,
        PASSPHRASE,
        families=DEMO_FAMILIES,
        seed=1,
        kdf=KDF_FLOOR,
        progress=lambda done, total: calls.append((done, total)),
        with_social_workers=True,
    )
    assert calls == [(DEMO_FAMILIES, DEMO_FAMILIES)]
    yield vault
    vault.close()


# -- the generator -------------------------------------------------------------


def test_same_seed_gives_the_same_families() -> None:
    first = list(generate_families(25, seed=7, today=TODAY))
    again = list(generate_families(25, seed=7, today=TODAY))
    other = list(generate_families(25, seed=8, today=TODAY))
    assert first == again
    assert first != other


def test_a_family_does_not_depend_on_how_many_are_generated() -> None:
    *_, sixth = generate_families(6, seed=3, today=TODAY)
    (alone,) = generate_families(1, seed=3, today=TODAY, start=5)
    assert sixth == alone == generate_family(5, 3, TODAY)


@pytest.fixture(scope="module")
def sample() -> list:
    return list(generate_families(300, seed=1, today=TODAY))


def test_every_generated_identifier_validates(sample: list) -> None:
    seen: dict[str, set[str]] = {}
    for fam in sample:
        for member in fam.members:
            for identifier in member.identifiers:
                result = validate_identifier(IdentifierKind(identifier.kind), identifier.value)
                assert result.ok, (identifier, result.message)
                assert result.normalized == identifier.value
                seen.setdefault(identifier.kind, set()).add(identifier.value)
    counts = {kind: len(values) for kind, values in seen.items()}
    assert counts[IdentifierKind.NIF] > 500
    assert counts[IdentifierKind.NISS] > 400
    # Tax and social security numbers are never shared between two people.
    nifs = [i.value for f in sample for m in f.members for i in m.identifiers if i.kind == "nif"]
    assert len(nifs) == len(set(nifs))


def test_households_are_varied_like_the_caseload(sample: list) -> None:
    members = [m for f in sample for m in f.members]
    scripts = {m.original_script for m in members}
    assert {Script.ARABIC, Script.ETHIOPIC, Script.CYRILLIC, Script.LATIN} <= scripts
    for m in members:
        if m.name_original:
            assert names.script_of(m.name_original).value == m.original_script
    assert any(m.birth is not None and m.birth.precision == "year" for m in members)
    assert any(m.is_unaccompanied_minor for m in members)
    sizes = [len(f.members) for f in sample]
    assert min(sizes) == 1 and max(sizes) == 8
    assert 3.5 < sum(sizes) / len(sizes) < 4.5
    assert 30 < sum(len(f.activities) for f in sample) / len(sample) < 50
    assert {f.status for f in sample} == {FamilyStatus.ACTIVE, FamilyStatus.EXITED}
    assert len({f.municipality for f in sample}) > 10
    assert len({f.arrival_channel for f in sample}) == 4
    # Spellings vary: the same name is written more than one way across the files.
    latin = {w for m in members for w in m.name_latin.split()}
    assert {"Mohammed", "Muhammad"} <= latin or {"Mohamed", "Mohammad"} <= latin


def test_dates_stay_within_the_family_story(sample: list) -> None:
    for fam in sample:
        last = fam.exit_date or TODAY
        assert fam.arrival_date <= fam.programme_start <= last
        for activity in fam.activities:
            assert fam.programme_start <= activity.occurred_on <= last
        for referral in fam.referrals:
            assert referral.answered_on is None or referral.sent_on <= referral.answered_on
            assert referral.answered_on is None or referral.answered_on <= TODAY
        for payment in fam.payments:
            assert fam.programme_start <= payment.paid_on <= last
        assert [a.occurred_on for a in fam.activities] == sorted(
            a.occurred_on for a in fam.activities
        )


# -- the demo vault ------------------------------------------------------------------


def _scalar(vault: Vault, sql: str) -> int:
    with vault.session() as session:
        return int(session.execute(text(sql)).scalar_one())


def test_demo_vault_holds_the_families_and_users(demo: Vault) -> None:
    assert demo.user.username == DEMO_COORDINATOR
    assert _scalar(demo, "SELECT count(*) FROM family") == DEMO_FAMILIES
    assert _scalar(demo, "SELECT count(*) FROM member") > DEMO_FAMILIES * 3
    assert _scalar(demo, "SELECT count(*) FROM activity") > DEMO_FAMILIES * 25
    roles = dict(demo.session().execute(text("SELECT username, role FROM app_user")).fetchall())
    assert roles[DEMO_COORDINATOR] == Role.COORDINATOR
    for username, _display in DEMO_WORKERS:
        assert roles[username] == Role.SOCIAL_WORKER
    # Families are spread over the social workers.
    workers = _scalar(demo, "SELECT count(DISTINCT assigned_worker_id) FROM family")
    assert workers == len(DEMO_WORKERS)
    for script in (Script.ARABIC, Script.ETHIOPIC):
        assert _scalar(demo, f"SELECT count(*) FROM member WHERE original_script = '{script}'")


def _members_in(vault: Vault, script: Script) -> list[tuple[int, str, str]]:
    with vault.session() as session:
        rows = session.execute(
            text(
                "SELECT id, name_latin, name_original FROM member"
                " WHERE original_script = :script ORDER BY id"
            ),
            {"script": script.value},
        )
        return [(r[0], r[1], r[2]) for r in rows]


@pytest.mark.parametrize("script", [Script.ARABIC, Script.ETHIOPIC])
def test_searching_another_transliteration_finds_the_person(demo: Vault, script: Script) -> None:
    tried = 0
    for member_id, latin, original in _members_in(demo, script):
        given = latin.split()[0]
        others = [
            v
            for v in variants_of(given)
            if v != given and " " not in v and name_keys.keys(v) & name_keys.keys(given)
        ]
        if not others:
            continue
        tried += 1
        with demo.session() as session:
            by_variant = search.search(session, others[0], limit=200)
            by_script = search.search(session, original.split()[0], limit=200)
        assert member_id in {h.member_id for h in by_variant}, (latin, others[0])
        assert member_id in {h.member_id for h in by_script}, (latin, original)
        if tried == 3:
            break
    assert tried == 3, f"too few {script} names with a second spelling in the demo"


def test_search_finds_case_numbers_and_identifiers(demo: Vault) -> None:
    with demo.session() as session:
        case_number, family_id = session.execute(
            text("SELECT case_number, id FROM family ORDER BY id LIMIT 1 OFFSET 7")
        ).one()
        nif, member_id = session.execute(
            text("SELECT value, member_id FROM identifier WHERE kind = 'nif' LIMIT 1")
        ).one()
        permit, permit_member = session.execute(
            text("SELECT number, member_id FROM residence_permit LIMIT 1")
        ).one()
        assert family_id in {h.family_id for h in search.search(session, case_number)}
        assert member_id in {h.member_id for h in search.search(session, nif)}
        assert permit_member in {h.member_id for h in search.search(session, permit)}
        # Notes are indexed too.
        assert search.search(session, "centro de saúde")


def test_generated_nif_and_niss_in_the_vault_validate(demo: Vault) -> None:
    with demo.session() as session:
        rows = session.execute(
            text("SELECT kind, value FROM identifier WHERE kind IN ('nif', 'niss')")
        ).fetchall()
    assert {kind for kind, _ in rows} == {"nif", "niss"}
    for kind, value in rows:
        assert validate_identifier(IdentifierKind(kind), value).ok, (kind, value)


def test_the_demo_raises_the_alerts_a_caseload_has(demo: Vault) -> None:
    with demo.session() as session:
        alerts = alert_snapshots.open_alerts(session, date.today(), DEFAULT_THRESHOLDS)
    kinds = {a.kind for a in alerts}
    assert AlertKind.ARP_EXPIRING in kinds
    assert {
        AlertKind.ARP_EXPIRED,
        AlertKind.ISS_TRANSITION,
        AlertKind.REFERRAL_UNANSWERED,
        AlertKind.CHILD_WITHOUT_SCHOOL,
        AlertKind.NO_RECENT_VISIT,
        AlertKind.NO_LANGUAGE_COURSE,
    } <= kinds


def test_the_demo_follows_the_programme_rules(demo: Vault) -> None:
    """No impossible case: what the rules of docs/programme-rules.md forbid, the demo lacks."""

    def count(sql: str) -> int:
        with demo.engine.connect() as conn:
            return int(conn.execute(text(sql)).scalar_one())

    # Spontaneous asylum: no EU-scheme allowance paid, no ISS meeting, no 24 months.
    assert count("SELECT count(*) FROM family WHERE arrival_channel = 'spontaneous_asylum'") > 0
    assert (
        count("""SELECT count(*) FROM allowance_payment p JOIN family f ON f.id = p.family_id
                    WHERE f.arrival_channel = 'spontaneous_asylum'""")
        == 0
    )
    assert (
        count("""SELECT count(*) FROM iss_transition i JOIN family f ON f.id = i.family_id
                    WHERE f.arrival_channel <> 'relocation' AND f.arrival_channel <> 'resettlement'
                 """)
        == 0
    )
    assert (
        count("""SELECT count(*) FROM family WHERE arrival_channel = 'spontaneous_asylum'
                    AND (programme_months <> 18 OR exit_reason = 'programme_ended')""")
        == 0
    )
    # 24 months only with children (the demo entity is a PAR member), else with a reason.
    assert (
        count("""SELECT count(*) FROM family f WHERE programme_months <> 18
                    AND arrival_channel IN ('relocation', 'resettlement')
                    AND programme_reason = '' AND NOT EXISTS (SELECT 1 FROM member m
                      WHERE m.family_id = f.id AND m.relationship = 'child')""")
        == 0
    )
    # No payment for a month outside the programme.
    assert (
        count("""SELECT count(*) FROM allowance_payment p JOIN family f ON f.id = p.family_id
                    WHERE p.period < substr(f.programme_start, 1, 7)
                       OR p.period > substr(f.programme_end, 1, 7)""")
        == 0
    )
    # Temporary protection holds its own permits; the first ARP lasts six months.
    assert (
        count("""SELECT count(*) FROM residence_permit p JOIN member m ON m.id = p.member_id
                    JOIN family f ON f.id = m.family_id
                    WHERE f.arrival_channel = 'temporary_protection'
                      AND p.permit_type <> 'temporary_protection'""")
        == 0
    )
    assert count("SELECT count(*) FROM residence_permit WHERE permit_type = 'refugee'") > 0
    assert count("SELECT count(*) FROM member WHERE occupation_isco IS NOT NULL") > 0
    assert count("SELECT count(*) FROM iss_transition") > 0


def test_demo_families_open_and_list(demo: Vault) -> None:
    with demo.session() as session:
        page = caseload.first_page(session, caseload.CaseloadSort.HEAD_NAME, limit=20)
        assert len(page) == 20
        assert [r.head_latin for r in page] == sorted(r.head_latin for r in page)
        opened = families.load_family(session, demo.user, page[0].family_id)
    assert opened is not None
    assert opened.members and opened.activities and opened.goals
    head = opened.members[0].member
    assert head.is_head and head.name_latin == page[0].head_latin
    assert all(isinstance(a.members_present, list) for a in opened.activities)


def test_demo_vault_is_sound_and_audited(demo: Vault) -> None:
    assert demo.integrity_problems() == []
    report = demo.audit_report()
    assert report.ok, report.reason
    assert _scalar(demo, f"SELECT count(*) FROM audit_log WHERE action = '{AUDIT_ACTION}'") == 1


def test_demo_vault_reopens_for_a_social_worker(demo: Vault, demo_dir: Path) -> None:
    demo.close()
    worker = DEMO_WORKERS[0][0]
    with Vault.open(demo_dir, worker, PASSPHRASE) as reopened:
        assert reopened.user.role is Role.SOCIAL_WORKER
        assert reopened.integrity_problems() == []


def test_populate_batches_report_progress_and_audit_each_batch(vault: Vault) -> None:
    calls: list[tuple[int, int]] = []
    fams = list(generate_families(12, seed=5, today=TODAY))
    result = populate(vault, fams, lambda d, t: calls.append((d, t)), batch_size=5)
    assert calls == [(5, 12), (10, 12), (12, 12)]
    assert result.families == 12 and result.batches == 3
    assert result.members == sum(len(f.members) for f in fams)
    assert _scalar(vault, f"SELECT count(*) FROM audit_log WHERE action = '{AUDIT_ACTION}'") == 3
    assert vault.audit_report().ok
    assert vault.integrity_problems() == []


def test_a_plain_demo_vault_has_one_user_and_opens_without_naming_it(tmp_path: Path) -> None:
    create_demo_vault(tmp_path / "v", PASSPHRASE, families=3, kdf=KDF_FLOOR).close()
    with Vault.open(tmp_path / "v", None, PASSPHRASE) as reopened:
        assert reopened.user.username == DEMO_COORDINATOR
        assert _scalar(reopened, "SELECT count(*) FROM family") == 3
        assert _scalar(reopened, "SELECT count(DISTINCT assigned_worker_id) FROM family") == 1


# -- an interrupted demo -----------------------------------------------------------------

_KILLED_DEMO = """
import sys
from hostdesk.cli.main import main
from hostdesk.storage.kdf import cheap_derivation_for_tests
with cheap_derivation_for_tests():
    sys.exit(main(["demo", "--vault", sys.argv[1], "--families", "4000",
                   "--passphrase-file", sys.argv[2]]))
"""


def test_a_killed_demo_leaves_nothing_in_the_way_of_the_next_one(
    tmp_path: Path, passphrase_file: Path
) -> None:
    import signal
    import subprocess
    import sys
    import time

    from hostdesk.cli.main import main
    from tests.storage.fork_server import REPO

    target = tmp_path / "demo"
    process = subprocess.Popen(
        [sys.executable, "-c", _KILLED_DEMO, str(target), str(passphrase_file)],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not any(p.name == "vault.db" and p.stat().st_size > 1_000_000
                      for p in tmp_path.glob(".demo.demo-unfinished-*/*")):  # fmt: skip
            assert process.poll() is None, "the demo ended before it could be killed"
            assert time.monotonic() < deadline, "the demo did not start filling"
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)  # our own child, by its handle
        process.wait(30)
    assert not target.exists()  # never a half-filled vault where the demo was asked for
    assert list(tmp_path.glob(".demo.demo-unfinished-*"))

    assert main(["demo", "--vault", str(target), "--families", "3",
                 "--passphrase-file", str(passphrase_file)]) == 0  # fmt: skip
    assert not list(tmp_path.glob(".demo.demo-unfinished-*"))
    with Vault.open(target, None, PASSPHRASE) as reopened:
        with reopened.session() as session:
            assert session.execute(text("SELECT count(*) FROM family")).scalar_one() == 3
        assert reopened.audit_report().ok
