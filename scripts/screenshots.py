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
    from hostdesk.storage.kdf import FAST_TEST_PARAMS
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
            kdf=FAST_TEST_PARAMS,
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
            for i, tab in enumerate(("members", "timeline", "allowance", "plan", "education")):
                save(f"03-family-{i}-{tab}", window,
                     lambda tab=tab: window.open_family(first, tab))  # fmt: skip
            workspace = window.workspace
            if workspace is not None:
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
    sys.exit(main())
