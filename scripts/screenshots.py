"""Save a PNG of every main screen, in Portuguese, at 1366×768, on a demo vault.

    .venv/bin/python scripts/screenshots.py --out screenshots [--families 300]

Runs on Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise (under
Xvfb: ``xvfb-run -s '-screen 0 1366x768x24' ... QT_QPA_PLATFORM=xcb``). The
demo vault holds synthetic families only; it is built in a temporary folder
and deleted at the end.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1366, 768)
# Screens the user guide shows (resources/guide/images/<name>.png), by screenshot.
GUIDE_PICTURES = {
    "01-caseload": "processos", "03-family-0-members": "familia", "04-new-visit": "visita",
    "05-today": "hoje", "06-dashboard": "painel", "07-settings": "definicoes",
    "08-reports": "relatorios", "08-sync": "sincronizacao", "13-import-columns": "importar",
}  # fmt: skip
EXAMPLE_CSV = Path(__file__).resolve().parents[1] / "docs" / "import-example.csv"
QUESTIONS_CSV = (
    "Processo;Nome;Apelido;Sexo;Data de nascimento;Nacionalidade;Via de chegada;"
    "Início do programa;Profissão\n"
    "P1;Yousef;Exemplo;M;14/03/87;Sírio;Reinstalação (ACNUR);15/03/2024;Alfaiate\n"
    "P1;Maryam;Exemplo;F;05/1989;Síria;;;\n"
    "P2;Aissatou;Fictícia;F;1990;Guineense;Pedido de Proteção Internacional;01/02/2025;\n"
)


def _demo_photo(width: int = 3200, height: int = 2100) -> bytes:
    """A synthetic "photo" of a residence card: shapes and invented text, as a large JPEG."""
    from PySide6.QtCore import QBuffer, QIODevice, QRect
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#d9d4c7"))
    painter = QPainter(image)
    painter.fillRect(QRect(200, 200, width - 400, height - 400), QColor("#eef3f8"))
    painter.fillRect(QRect(200, 200, width - 400, 260), QColor("#2f5d8a"))
    painter.setFont(QFont("Sans", 90))
    painter.setPen(QColor("white"))
    painter.drawText(QRect(260, 200, width - 500, 260), 0x0081, "AUTORIZAÇÃO DE RESIDÊNCIA")
    painter.setPen(QColor("#1f2a36"))
    painter.setFont(QFont("Sans", 70))
    for row, text in enumerate(("EXEMPLO SINTÉTICO", "N.º ARP-0000-DEMO",
                                "Válido até 31/12/2099")):  # fmt: skip
        painter.drawText(QRect(300, 620 + row * 260, width - 600, 200), 0x0081, text)
    painter.fillRect(QRect(width - 1000, 600, 600, 760), QColor("#b9c6d3"))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG", 95)
    return bytes(buffer.data().data())


def _demo_pdf(title: str = "CONTRATO DE ARRENDAMENTO", pages: int = 2) -> bytes:
    """A synthetic document of a few pages (a "tenancy contract", a "consent form")."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    for number in range(1, pages + 1):
        page.setFont("Helvetica-Bold", 18)
        page.drawString(72, 770, f"{title} — exemplo sintético")
        page.setFont("Helvetica", 12)
        for line in range(30):
            page.drawString(72, 730 - line * 20, f"Cláusula {number}.{line + 1}: texto de exemplo.")
        page.showPage()
    page.save()
    return out.getvalue()


def _add_demo_documents(vault: Any, family_id: int, head_id: int | None) -> None:
    """The documents the screens show: a photo of the head's card, a contract, and the
    head's signed consent form, linked to their consents (as if recorded with it)."""
    from sqlalchemy import text

    from hostdesk.storage import attachments

    with vault.changing() as session:
        for draft in (
            attachments.AttachmentDraft("residence_permit", "Cartão da ARP (frente)",
                                        _demo_photo(), head_id, date.today()),
            attachments.AttachmentDraft("tenancy_contract", "Contrato de arrendamento T2",
                                        _demo_pdf(), None, date.today() - timedelta(days=90)),
            attachments.AttachmentDraft("consent_form", "Consentimento assinado",
                                        _demo_pdf("CONSENTIMENTO", 1), head_id),
        ):  # fmt: skip
            info = attachments.add(session, vault.user, family_id, draft)
        session.execute(
            text("UPDATE consent SET attachment_id = :a, document_ref = 'Pasta 3, folha 12'"
                 " WHERE member_id = :m"), {"a": info.id, "m": head_id},
        )  # fmt: skip


def _settle(operations: Any, viewer: Any) -> None:
    """Until the viewer shows its page: a read, then a render, one after the other."""
    from PySide6.QtWidgets import QApplication

    for _ in range(100):
        if not viewer.item.pixmap().isNull():
            return
        operations.wait_idle()
        QApplication.processEvents()


def _document_screens(
    save: Callable[..., None], window: Any, family_id: int, operations: Any, vault: Any
) -> None:
    """The Documents tab, the add form, the viewer (photo, PDF) and the outside warning."""
    from hostdesk.ui.common import viewer_copies
    from hostdesk.ui.workspace.document_import import AddDocumentDialog
    from hostdesk.ui.workspace.document_viewer import DocumentViewer

    save("24-family-documents", window, lambda: window.open_family(family_id, "documents"))
    workspace = window.workspace
    members = [(m.member.id, m.member.name_latin) for m in workspace.context.file.members]
    form = AddDocumentDialog(vault, operations, family_id, members, "IMG_20261203_101512.jpg",
                             _demo_photo(4000, 3000), workspace, member_id=members[0][0],
                             kind="residence_permit")  # fmt: skip
    form.title_field.setText("Cartão da ARP (verso)")
    form.show()
    save("25-add-document", form)
    form.downscale.setChecked(True)
    form.tracker.mark_clean()
    form.reject()
    for name, kind in (("26-document-photo", "residence_permit"),
                       ("27-document-pdf", "tenancy_contract")):  # fmt: skip
        document = next(d for d in workspace.context.extras.documents if d.kind == kind)
        viewer = DocumentViewer(vault, operations, document, workspace)
        viewer.show()
        save(name, viewer, lambda viewer=viewer: _settle(operations, viewer))
        if kind == "tenancy_contract":
            box, _go = viewer_copies.warning_box(viewer)
            box.show()
            save("28-outside-viewer-warning", box)
            box.close()
        viewer.close()


def _visit_screens(save: Callable[..., None], window: Any, family_id: int, out: Path) -> None:
    """The timeline with a visit selected (its print button), and the record it prints."""
    import pypdfium2 as pdfium

    from hostdesk.reports.visit_record import render_visit_record

    window.open_family(family_id, "timeline")
    timeline = window.workspace.timeline
    row = next((n for n, e in enumerate(timeline._entries) if e.activity is not None), None)
    if row is None:
        return
    save("03-family-1-timeline-visit", window, lambda: timeline.table.selectRow(row))
    activity_id = timeline._entries[row].activity.id
    pdf = render_visit_record(window.workspace.context.vault, activity_id, "pt")
    document = pdfium.PdfDocument(pdf)
    try:
        path = out / "29-visit-record.png"
        document[0].render(scale=1.25).to_pil().save(path)
        print(path)
    finally:
        document.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--families", type=int, default=300)
    parser.add_argument("--language", default="pt_PT", choices=("pt_PT", "en"))
    parser.add_argument(
        "--guide", type=Path, default=None,
        help="also write the user guide's pictures, 900 px wide, into this folder",
    )  # fmt: skip
    args = parser.parse_args()

    from PySide6.QtCore import QSettings

    from hostdesk.reports import monthly
    from hostdesk.storage.demo.writer import create_demo_vault
    from hostdesk.storage.header import read_header
    from hostdesk.storage.kdf import KDF_FLOOR
    from hostdesk.sync import outbox
    from hostdesk.ui import application
    from hostdesk.ui.access.first_run import FirstRunWizard
    from hostdesk.ui.access.unlock_dialog import UnlockDialog
    from hostdesk.ui.common.fonts import install_bundled_fonts
    from hostdesk.ui.common.operations import Operations
    from hostdesk.ui.importing.import_wizard import ImportWizard
    from hostdesk.ui.main_window import MainWindow
    from hostdesk.ui.settings.audit_view import AuditView
    from hostdesk.ui.settings.backup_dialog import BackupDialog
    from hostdesk.ui.settings.family_texts_dialog import open_family_texts
    from hostdesk.ui.settings.user_dialogs import (
        AddUserDialog,
        ChangePassphraseDialog,
        ForgottenPassphraseDialog,
        ResetPassphraseDialog,
    )
    from hostdesk.ui.workspace.anonymisation_dialog import AnonymisationDialog
    from hostdesk.ui.workspace.family_documents_dialog import open_family_documents

    app = QApplication(sys.argv)
    application._install_translations(app, args.language)
    # Per-machine preferences (the reports folder, ...) go to a throwaway folder, not the user's.
    settings_dir = tempfile.mkdtemp(prefix="hostdesk-shots-settings-")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings_dir)
    install_bundled_fonts()
    args.out.mkdir(parents=True, exist_ok=True)
    operations = Operations(app)

    def save(name: str, widget: QWidget, prepare: Callable[[], None] | None = None) -> None:
        if prepare:
            prepare()
        for _ in range(5):
            app.processEvents()
        operations.wait_idle()
        for _ in range(5):
            app.processEvents()
        path = args.out / f"{name}.png"
        picture = widget.grab()
        picture.save(str(path))
        print(path)
        if args.guide is not None and name in GUIDE_PICTURES:
            guide = args.guide / f"{GUIDE_PICTURES[name]}.png"
            picture.toImage().scaledToWidth(
                900, Qt.TransformationMode.SmoothTransformation
            ).save(str(guide), "PNG", 80)
            print(guide)

    with tempfile.TemporaryDirectory(prefix="hostdesk-shots-") as tmp:
        vault = create_demo_vault(
            Path(tmp) / "demo", "demo-hostdesk", families=args.families, seed=1,
            kdf=KDF_FLOOR,
        )  # fmt: skip
        try:
            # A submitted monthly report, so that the Sync screen's outbox has a bundle.
            last_month = (date.today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
            monthly.store_revision(vault, monthly.build_monthly_report(vault, last_month),
                                   submit=True)  # fmt: skip
            outbox.heal(vault)
            window = MainWindow(vault, operations)
            window.idle.pause()  # a slow machine must not lock the window mid-way
            window.resize(*SIZE)
            window.show()
            save("01-caseload", window)
            save("02-caseload-search", window,
                 lambda: (window.caseload.search_field.setText("Mohamed"),
                          window.caseload.refresh()))  # fmt: skip
            window.caseload.search_field.clear()
            window.caseload.refresh()
            first = window.caseload.model.family_id(0)
            window.open_family(first, "members")
            if window.workspace is not None:
                head = window.workspace.context.file.members[0].member.id
                _add_demo_documents(vault, first, head)
            for i, tab in enumerate(("members", "timeline", "allowance", "plan", "education")):
                save(f"03-family-{i}-{tab}", window,
                     lambda tab=tab: window.open_family(first, tab))  # fmt: skip
            workspace = window.workspace
            if workspace is not None:
                _visit_screens(save, window, first, args.out)
                workspace = window.workspace or workspace
                workspace.new_visit()
                dialog = workspace.timeline.open_dialog
                if dialog is not None:
                    save("04-new-visit", dialog)
                    # Its tallest state: a referral ticked; held to the screen, it scrolls.
                    dialog.referral_box.setChecked(True)  # type: ignore[attr-defined]
                    save("04-new-visit-referral", dialog)
                    dialog.tracker.mark_clean()  # type: ignore[attr-defined]  # no "save?" box
                    dialog.reject()
                window.open_family(first, "members")
                workspace = window.workspace or workspace
                consents = workspace.members.consents
                for name, opening in (("17-consent", consents.record),
                                      ("18-withdraw-consent", consents.withdraw)):  # fmt: skip
                    consents.table.selectRow(0)
                    opening()
                    form = consents.open_dialog
                    if form is not None:
                        save(name, form)
                        form.reject()
                workspace.record_exit()
                form = workspace.exit_dialog
                if form is not None:
                    save("19-exit", form)
                    form.reject()
                documents = open_family_documents(workspace.context, workspace)
                save("24-family-documents-language", documents)
                documents.language.setCurrentIndex(documents.language.findData("pt"))
                save("24-family-documents-preview", documents)
                documents.close()
                texts = open_family_texts(vault, operations, window)
                save("25-family-texts", texts)
                texts.close()
                _document_screens(save, window, first, operations, vault)
                workspace.delete_case()
                if workspace.delete_dialog is not None:
                    save("24-delete-case", workspace.delete_dialog)
                    workspace.delete_dialog.reject()
                workspace.merge_case()
                if workspace.merge_dialog is not None:
                    save("25-merge-cases", workspace.merge_dialog)
                    workspace.merge_dialog.reject()
            ended = _ended_family(vault)
            if ended is not None:
                save("03-family-overrun", window, lambda: window.open_family(ended, "timeline"))
            save("05-today", window, lambda: window.show_page(window.today))
            today = window.today
            today.table.setFocus()
            save("05-today-snooze", window, today.snooze_current)
            if today.last_dialog is not None:
                save("05-today-snooze-dialog", today.last_dialog)
                today.last_dialog.reject()
            save("06-dashboard", window, lambda: window.show_page(window.dashboard))
            save("07-settings", window, lambda: window.show_page(window.settings_view))
            save("08-reports", window, lambda: window.show_page(window.reports))
            save("08-sync", window, lambda: window.show_page(window.sync))
            save("08-sync-send-without-setup", window, window.sync.send_now)
            window.show_page(window.reports)
            window.reports.month.setDate(window.reports.month.date())
            save("08-reports-submitted", window, window.reports.refresh_revisions)
            for name, dialog in (
                ("13-backup", BackupDialog(vault, operations, window)),
                ("14-audit-log", AuditView(vault, operations, window)),
                ("15-add-user", AddUserDialog(vault, operations, window)),
                ("16-unlock", UnlockDialog(vault.path, read_header(vault.path), operations)),
                ("20-change-passphrase", ChangePassphraseDialog(vault, operations, window)),
                ("21-reset-passphrase",
                 ResetPassphraseDialog(vault, operations, vault.user.username, window)),
                ("22-forgotten-passphrase",
                 ForgottenPassphraseDialog(vault.path, [vault.user.username], operations)),
                ("23-anonymisation", AnonymisationDialog(vault, operations, window)),
            ):  # fmt: skip
                dialog.show()
                save(name, dialog)
                dialog.close()
            save("09-locked", window, window.lock)
            window.lock_screen.passphrase.setText("not the passphrase")
            save("09-locked-error", window, window.lock_screen._try)
            for _ in range(30):  # the retry gate's wait and the check on the database thread
                app.processEvents()
                operations.wait_idle()
            save("09-locked-error", window)
            window.unlock()
            window.idle.pause()
            if first is not None:
                from hostdesk.ui.common import preferences

                reports_folder = Path(tmp) / "relatorios"
                reports_folder.mkdir()
                preferences.set_reports_folder(reports_folder)
                window.open_family(first, "members")
                window.family_report.run(first, window.workspace.context.file.family.case_number)
                for _ in range(200):
                    app.processEvents()
                    operations.wait_idle()
                    if window.family_report.last_box is not None:
                        break
                if window.family_report.last_box is not None:
                    save("22-family-report-saved", window.family_report.last_box)
                    window.family_report.last_box.accept()
            importer = ImportWizard(vault, operations, window)
            importer.resize(*SIZE)
            importer.show()
            save("13-import-file", importer)
            importer.file_page.path.setText(str(EXAMPLE_CSV))
            save("13-import-columns", importer, importer.next)
            save("14-import-preview", importer, importer.next)
            save("14-import-done", importer, importer.next)
            importer.close()
            # What the preview asks: a lone M, "Guineense", a value that is no channel,
            # a column left out, a two-digit year (synthetic people).
            asking = Path(tmp) / "perguntas.csv"
            asking.write_text(QUESTIONS_CSV, encoding="utf-8-sig")
            importer = ImportWizard(vault, operations, window)
            importer.resize(*SIZE)
            importer.show()
            importer.file_page.path.setText(str(asking))
            save("14-import-questions-columns", importer, importer.next)
            save("14-import-questions", importer, importer.next)
            importer.close()
            window.close()
            wizard = FirstRunWizard(operations)
            wizard.resize(720, 520)
            wizard.show()
            save("10-first-run", wizard)
            wizard.next()
            save("11-first-run-entity", wizard)
            wizard.next()
            save("12-first-run-coordinator", wizard)
            wizard.close()
        finally:
            operations.wait_idle()
            vault.close()
    return 0


def _ended_family(vault: object) -> int | None:
    """A demo family still active after its programme's end (its clock is overrun)."""
    from sqlalchemy import text

    with vault.session() as session:  # type: ignore[attr-defined]
        row = session.execute(
            text("SELECT id FROM family WHERE status = 'active' AND programme_end < date('now')"
                 " ORDER BY programme_end DESC LIMIT 1")
        ).first()
    return int(row[0]) if row else None


if __name__ == "__main__":
    # Throwaway vaults: the derivation made cheap in code, never in their headers.
    from hostdesk.storage.kdf import cheap_derivation_for_tests

    with cheap_derivation_for_tests():
        sys.exit(main())
