"""A case created by mistake is deleted without a trace; a case the NAIR knows of is not."""

from __future__ import annotations

import pytest
from sqlmodel import select

from hostdesk.domain.vocabulary import Role
from hostdesk.reports.monthly import build_monthly_report, store_revision
from hostdesk.storage import case_removal
from hostdesk.storage.errors import PermissionDenied
from hostdesk.storage.models import AuditEntry, Family, Member
from hostdesk.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.storage.raw_pages import raw_text
from tests.storage.test_retention import GONE_WORDS, SECRETS, _family, _hits


def test_a_mistaken_case_leaves_no_readable_trace(vault: Vault) -> None:
    gone = _family(vault, "Yohannes Tesfamariam", "ዮሃንስ ተስፋማርያም", "Ethi", "501964843", GONE_WORDS)
    kept = _family(vault, "Natalia Kovalenko", "Наталія Коваленко", "Cyrl", "124885446")
    assert _hits(vault, "Yohannes") == {gone}
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))

    case_removal.delete_mistaken_case(vault, gone, "duplicate")

    wal = vault.path / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    assert vault.integrity_problems() == [] and vault.audit_report().ok
    for word in ("Yohannes", "ዮሃንስ", "zebrafinch", "501964843"):
        assert _hits(vault, word) == set(), word
    assert _hits(vault, "Kovalenko") == {kept}
    with vault.session() as session:
        assert session.get(Family, gone) is None
        assert session.exec(select(Member).where(Member.family_id == gone)).all() == []
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "family.delete")).one()
        assert entry.object_id == str(gone) and '"reason":"duplicate"' in entry.detail
    # Not even the free pages of the decrypted file keep the old text.
    plain = raw_text(vault.path / "vault.db", key)
    for present in ("Kovalenko", "Коваленко", "oakleaf", "ARP112233"):
        assert present.encode() in plain, present
    for secret in SECRETS:
        for form in {secret, secret.lower()}:
            assert form.encode() not in plain, secret


def test_a_case_sent_to_the_nair_cannot_be_deleted(vault: Vault) -> None:
    sent = _family(vault, "Yohannes Tesfamariam", "", "Latn", "501964843", GONE_WORDS)
    store_revision(vault, build_monthly_report(vault, "2018-03"), submit=True)
    with pytest.raises(case_removal.CaseAlreadyReported, match="record an exit"):
        case_removal.delete_mistaken_case(vault, sent, "created_by_mistake")
    assert _hits(vault, "Yohannes") == {sent}


def test_only_a_coordinator_deletes(vault: Vault) -> None:
    mistake = _family(vault, "Yohannes Tesfamariam", "", "Latn", "501964843", GONE_WORDS)
    vault.add_user("worker", Role.SOCIAL_WORKER, PASSPHRASE)
    path = vault.path
    vault.close()
    with Vault.open(path, "worker", PASSPHRASE) as worker:
        with pytest.raises(PermissionDenied):
            case_removal.delete_mistaken_case(worker, mistake, "duplicate")
        assert _hits(worker, "Yohannes") == {mistake}
