"""Handing a list on: the caseload, Today or a figure's families, as a spreadsheet or on paper.

A list holds names, so the file written is not protected by the vault: the
user is told so before choosing where it goes, and the export is audited (what
list, how many rows, which format; never a name). The rows are read on the
database thread; the file is written 0600 in one atomic step.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hostdesk.reports.spreadsheet import Cell, SheetFormat, spreadsheet_bytes
from hostdesk.storage import audit
from hostdesk.storage.durable import write_atomically
from hostdesk.storage.vault import Vault
from hostdesk.ui.common import printing
from hostdesk.ui.common.error_text import error_text
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.numbers import plural
from hostdesk.ui.common.operations import Operations

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ListTable:
    """A list as it is handed on: what it is, its column titles, its rows."""

    what: str  # for the audit log: "caseload", "today", …
    title: str  # for the sheet, the file name and the printed page
    headers: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    families: int | None = None  # when a family can have several rows (Today); else one a row

    @property
    def family_count(self) -> int:
        return len(self.rows) if self.families is None else self.families


def _confirm_unencrypted(parent: QWidget | None, rows: int) -> bool:
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("ListExport", "Export a list"),
        plural(
            rows,
            QCoreApplication.translate(
                "ListExport",
                "The spreadsheet will hold the name of 1 family and is not encrypted: "
                "anyone who can open the folder can read it. Keep it only where your entity "
                "allows it, and delete it when it is no longer needed. Continue?",
            ),
            QCoreApplication.translate(
                "ListExport",
                "The spreadsheet will hold the names of %1 families and is not encrypted: "
                "anyone who can open the folder can read it. Keep it only where your entity "
                "allows it, and delete it when it is no longer needed. Continue?",
            ),
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def file_stem(title: str) -> str:
    """A list's title as a file name on any system: no slash, colon, quote or the like."""
    kept = "".join(" " if ch in '<>:"/\\|?*“”' or ord(ch) < 32 else ch for ch in title)
    return " ".join(kept.split()).strip(" .") or "HostDesk"


def choose_file(parent: QWidget | None, title: str) -> tuple[Path, SheetFormat] | None:
    """The file to write and its format (.xlsx or .ods, by the filter chosen)."""
    xlsx = QCoreApplication.translate("ListExport", "Excel workbook (*.xlsx)")
    ods = QCoreApplication.translate("ListExport", "OpenDocument spreadsheet (*.ods)")
    name = f"{file_stem(title)} {date.today().isoformat()}.xlsx"
    path, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ListExport", "Export a list"), name, f"{xlsx};;{ods}"
    )
    if not path:
        return None
    kind = SheetFormat.ODS if chosen == ods or path.lower().endswith(".ods") else SheetFormat.XLSX
    target = Path(path)
    if target.suffix.lower() != f".{kind.value}":
        target = target.with_suffix(f".{kind.value}")
    return target, kind


def write_list(vault: Vault, table: ListTable, target: Path, kind: SheetFormat) -> int:
    """On a worker: the file, then its audit entry (no name in it). Returns the rows written."""
    data = spreadsheet_bytes(kind, table.headers, table.rows, table.title)
    write_atomically(target, data)
    with vault.changing() as session:
        audit.append(session, vault.user.username, "list.export", "list", table.what,
                     {"rows": len(table.rows), "format": kind.value})  # fmt: skip
    return len(table.rows)


def export_list(
    parent: QWidget,
    vault: Vault,
    operations: Operations,
    read: Callable[[], ListTable],
    said: Callable[[str], None],
) -> None:
    """Read the list, warn, ask where, write and audit; ``said`` gets the last sentence."""

    def failed(error: BaseException) -> None:
        said(error_text(error, QCoreApplication.translate(
            "ListExport", "The list could not be exported; nothing was written."
        ),
                        "list export", log))  # fmt: skip

    def got(table: ListTable) -> None:
        if not _confirm_unencrypted(parent, table.family_count):
            return
        chosen = choose_file(parent, table.title)
        if chosen is None:
            return
        target, kind = chosen

        def written(rows: int) -> None:
            said(
                plural(
                    rows,
                    QCoreApplication.translate(
                        "ListExport", "1 row written to %2 (not encrypted)."
                    ),
                    QCoreApplication.translate(
                        "ListExport", "%1 rows written to %2 (not encrypted)."
                    ),
                ).replace("%2", str(target))
            )

        operations.run(lambda: write_list(vault, table, target, kind), written, failed)

    operations.run(read, got, failed)


def table_html(table: ListTable) -> str:
    """The list as a printable HTML table."""

    def cell(value: Cell) -> str:
        if value is None:
            return ""
        if isinstance(value, date):
            return html.escape(format_date(value))
        return html.escape(str(value))

    def td(value: Cell) -> str:
        text = cell(value)
        # A word with no space (a case number, a date) is never broken across lines.
        keep = " nowrap" if text and " " not in text else ""
        return f"<td{keep}>{text}</td>"

    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in table.headers)
    body = "".join("<tr>" + "".join(td(v) for v in row) + "</tr>" for row in table.rows)
    return (
        f"<h2>{html.escape(table.title)}</h2>"
        f"<p>{html.escape(format_date(date.today()))}</p>"
        f"<table border='1' cellspacing='0' cellpadding='3' width='100%' "
        f"style='font-size: 8pt'>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def print_list(
    parent: QWidget,
    vault: Vault,
    operations: Operations,
    read: Callable[[], ListTable],
    said: Callable[[str], None],
) -> None:
    """Read the list, then Qt's print dialog; printing is audited like an export."""

    def got(table: ListTable) -> None:
        if printing.print_html(parent, operations, table.title, table_html(table), said):
            operations.run(lambda: _audit_print(vault, table), lambda _r: None, _not_audited)

    operations.run(
        read,
        got,
        lambda _error: said(
            QCoreApplication.translate("ListExport", "The list could not be read.")
        ),
    )


def _not_audited(error: BaseException) -> None:
    log.error("a printed list was not audited: %s", type(error).__name__)


def _audit_print(vault: Vault, table: ListTable) -> None:
    with vault.changing() as session:
        audit.append(session, vault.user.username, "list.print", "list", table.what,
                     {"rows": len(table.rows)})  # fmt: skip
