"""PNG screenshots of the team sync's screens, in Portuguese, at 1366×768, on synthetic data:
the Sync screen's team part, the invitation dialog, the first-run join page and Today's
conflicts. ``python scripts/team_screenshots.py --out screenshots`` (offscreen by default)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1366, 768)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    args = parser.parse_args()

    from sqlmodel import select

    from hostdesk.domain.partial_date import PartialDate
    from hostdesk.domain.vocabulary import Role
    from hostdesk.storage import casework
    from hostdesk.storage.kdf import FAST_TEST_PARAMS
    from hostdesk.storage.models import Family
    from hostdesk.storage.vault import Vault
    from hostdesk.sync.team import files, invite, setup
    from hostdesk.ui import application
    from hostdesk.ui.access.first_run import FirstRunWizard
    from hostdesk.ui.common.fonts import install_bundled_fonts
    from hostdesk.ui.common.operations import Operations
    from hostdesk.ui.main_window import MainWindow
    from hostdesk.ui.sync.team_dialogs import InviteDialog

    app = QApplication(sys.argv)
    application._install_translations(app, "pt_PT")
    install_bundled_fonts()
    args.out.mkdir(parents=True, exist_ok=True)
    operations = Operations(app)
    passphrase = "laranjas azuis no telhado da escola"

    def save(name: str, widget: QWidget) -> None:
        for _ in range(5):
            app.processEvents()
        operations.wait_idle()
        for _ in range(10):
            app.processEvents()
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    def family(vault: Vault, head: str, worker: int | None, town: str) -> str:
        with vault.changing() as session:
            made = casework.create_family_with_members(
                session,
                vault.user,
                casework.FamilyDraft("relocation", date(2026, 3, 1), municipality=town),
                [
                    casework.MemberDraft(
                        head, is_head=True, relationship="head", birth=PartialDate(1988)
                    )
                ],
            )
            made.assigned_worker_id = worker
            session.add(made)
        assert made.uid is not None
        return made.uid

    with tempfile.TemporaryDirectory(prefix="hostdesk-team-shots-") as tmp:
        base = Path(tmp)
        coordinator, _ = Vault.create(
            base / "c",
            entity_name="Associação de Acolhimento",
            username="ana.coordenadora",
            passphrase=passphrase,
            display_name="Ana Coordenadora",
            kdf=FAST_TEST_PARAMS,
        )
        rui = coordinator.add_user("rui.tecnico", Role.SOCIAL_WORKER, passphrase, "Rui Tavares")
        maria = coordinator.add_user("maria.tecnica", Role.SOCIAL_WORKER, passphrase, "Maria Lopes")
        setup.create_team(coordinator, hub_url="https://hub.entidade.example", label="Sede")
        amina = family(coordinator, "Amina Haddad", rui.id, "Braga")
        family(coordinator, "Olena Kovalenko", maria.id, "Porto")
        laptops = []
        for user, label in (
            ("rui.tecnico", "Portátil do Rui"),
            ("maria.tecnica", "Portátil da Maria"),
        ):
            made = invite.create_invitation(coordinator, user)
            laptop, request, _ = invite.begin_join(
                base / user,
                invite.read_invitation(made.file_bytes),
                passphrase,
                label,
                kdf=FAST_TEST_PARAMS,
            )
            welcome = invite.accept_join(
                coordinator, request, invite.read_join_request(request).fingerprint()
            )
            invite.finish_join(laptop, welcome, invite.read_invitation(made.file_bytes).secret)
            laptops.append(laptop)
        # Apart, the coordinator and Rui change the same family's municipality: a conflict.
        for vault, town in ((coordinator, "Guimarães"), (laptops[0], "Barcelos")):
            with vault.changing() as session:
                fid = session.exec(select(Family.id).where(Family.uid == amina)).one()
                casework.update_family(
                    session,
                    vault.user,
                    fid,
                    casework.FamilyDraft("relocation", date(2026, 3, 1), municipality=town),
                )
        files.import_file(coordinator, files.export(laptops[0]))
        for laptop in laptops:
            laptop.close()

        window = MainWindow(coordinator, operations)
        window.resize(*SIZE)
        window.show()
        window.show_page(window.sync)
        window.sync.tabs.setCurrentWidget(window.sync.team)
        window.sync.team.refresh()
        save("team-01-sync", window)
        window.show_page(window.today)
        save("team-02-today-conflicts", window)
        dialog = InviteDialog(coordinator, operations, window)
        dialog.show()
        operations.wait_idle()
        app.processEvents()
        dialog.user.setCurrentText("maria.tecnica")
        dialog.make.click()
        save("team-03-invite", dialog)
        dialog.close()
        window.close()

        wizard = FirstRunWizard(operations)
        wizard.resize(720, 560)
        wizard.show()
        wizard.welcome.join.setChecked(True)
        save("team-04-first-run", wizard)
        wizard.next()
        wizard.join_page.code.setText("ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z")
        wizard.join_page.hub.setText("https://hub.entidade.example")
        wizard.join_page.label.setText("Portátil da Joana")
        save("team-05-join", wizard)
        wizard.close()
        coordinator.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
