"""The caseload as a table to hand on (spreadsheet or paper): one row a family."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hostdesk.domain.vocabulary import FamilyStatus
from hostdesk.storage import caseload
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.labels import label
from hostdesk.ui.common.list_export import ListTable


def caseload_table(vault: Vault, family_ids: list[int], title: str) -> ListTable:
    """On the database thread: the families in the order shown, with their plain facts."""
    with vault.session() as session:
        rows = caseload.rows_for(session, family_ids)
    headers = [
        QCoreApplication.translate("CaseloadTable", "Case"),
        QCoreApplication.translate("CaseloadTable", "Head of family"),
        QCoreApplication.translate("CaseloadTable", "Name in the original script"),
        QCoreApplication.translate("CaseloadTable", "Members"),
        QCoreApplication.translate("CaseloadTable", "Programme start"),
        QCoreApplication.translate("CaseloadTable", "Programme end"),
        QCoreApplication.translate("CaseloadTable", "Status"),
        QCoreApplication.translate("CaseloadTable", "Social worker"),
    ]
    table = []
    for family_id in family_ids:
        row = rows.get(family_id)
        if row is None:
            continue  # removed meanwhile
        table.append([
            row.case_number, row.head_latin, row.head_original, row.members,
            row.programme_start, row.programme_end, label(FamilyStatus, row.status), row.worker,
        ])  # fmt: skip
    return ListTable("caseload", title, headers, table)
