"""PNGs of the Team tab's parts for a laptop that held families before it joined: the
join dialogs (by code, by files), "This laptop's own families", a file exported with
documents, and invitation errors, in Portuguese, at 1366×768.

    .venv/bin/python scripts/team_screenshots.py --out screenshots/team

Builds a coordinator's vault and a laptop's in a temporary folder (synthetic families
only), joins the laptop through files, and deletes both at the end.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1366, 768)
log = logging.getLogger("team_screenshots")
PASSPHRASE = "screenshots passphrase for the team"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots/team"))
    parser.add_argument("--language", default="pt_PT", choices=("pt_PT", "en"))
    args = parser.parse_args()

    from hostdesk.domain.partial_date import PartialDate
    from hostdesk.domain.vocabulary import Role
    from hostdesk.storage import casework
    from hostdesk.storage.kdf import FAST_TEST_PARAMS
    from hostdesk.storage.vault import Vault
    from hostdesk.sync.team import file_join, files, invite, joining, setup
    from hostdesk.sync.team.hub_client import HubError
    from hostdesk.sync.team.invite import InvitationError
    from hostdesk.ui import application
    from hostdesk.ui.access.first_run import FirstRunWizard
    from hostdesk.ui.common.fonts import install_bundled_fonts
    from hostdesk.ui.common.operations import Operations
    from hostdesk.ui.sync import team_files
    from hostdesk.ui.sync.join_dialog import JoinTeamDialog
    from hostdesk.ui.sync.join_file_dialog import JoinByFileDialog
    from hostdesk.ui.sync.team_dialogs import InviteDialog
    from hostdesk.ui.sync.team_errors import team_error_text
    from hostdesk.ui.sync.team_panel import TeamPanel

    app = QApplication(sys.argv)
    application._install_translations(app, args.language)
    install_bundled_fonts()
    args.out.mkdir(parents=True, exist_ok=True)
    operations = Operations(app)

    def family(vault: Vault, head: str, nif: str, born: int, worker: int | None = None) -> None:
        with vault.changing() as session:
            made = casework.create_family_with_members(
                session, vault.user,
                casework.FamilyDraft("relocation", date(2026, 1, 5), municipality="Viseu"),
                [casework.MemberDraft(head, is_head=True, relationship="head",
                                      birth=PartialDate(born), identifiers={"nif": nif})],
            )  # fmt: skip
            if worker is not None:
                made.assigned_worker_id = worker
                session.add(made)

    def save(name: str, widget: QWidget) -> None:
        for _ in range(5):
            app.processEvents()
        operations.wait_idle()
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(args.out / f"{name}.png"))
        # No dialog taller than 698 px (1366×768 minus taskbar and title bar).
        print(args.out / f"{name}.png", f"{widget.width()}x{widget.height()}")

    with tempfile.TemporaryDirectory(prefix="hostdesk-team-shots-") as tmp:
        base = Path(tmp)
        coordinator, _ = Vault.create(base / "c", entity_name="Associação Exemplo",
                                      username="ana.coordenadora", passphrase=PASSPHRASE,
                                      kdf=FAST_TEST_PARAMS)  # fmt: skip
        rui = coordinator.add_user("rui.tecnico", Role.SOCIAL_WORKER, PASSPHRASE).id
        setup.create_team(coordinator, hub_url="https://hub.exemplo.pt")
        family(coordinator, "Amina Haddad", "501964843", 1990, rui)
        laptop, _ = Vault.create(base / "l", entity_name="Associação Exemplo", username="rui",
                                 passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS)  # fmt: skip
        family(laptop, "Amina Haddad", "501964843", 1990)
        family(laptop, "Olena Kovalenko", "124885446", 1984)
        family(laptop, "Tesfay Gebremedhin", "204716624", 1979)

        dialog = JoinTeamDialog(laptop, operations)
        dialog.code.setText("ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z")
        dialog.hub.setText("https://hub.exemplo.pt")
        dialog.label.setText("Portátil do Rui")
        dialog.passphrase.setText(PASSPHRASE)
        made = invite.create_invitation(coordinator, "rui.tecnico")
        pending = invite.new_pending_join(made.code, "Portátil do Rui")
        dialog.fingerprint.setText(pending.fingerprint())
        dialog.message.setText(dialog.tr("Read this fingerprint to your coordinator; this "
                                         "laptop joins as soon as they add it."))  # fmt: skip
        dialog.show()
        save("team-join-dialog", dialog)
        dialog._receiving(3, 6)  # the coordinator added it: the welcome's parts arrive
        save("team-join-dialog-receiving", dialog)
        dialog._failed(HubError("join_exists", "This invitation was answered already.", 409))
        save("team-join-dialog-error", dialog)
        dialog.close()

        # The first-run wizard's last page while a new laptop's families arrive.
        wizard = FirstRunWizard(operations)
        page = wizard.recovery_page
        page.status.setText("")
        page._receiving(37, 251)  # a coordinator's second laptop: 25,000 families
        page.resize(720, 420)
        page.show()
        save("team-join-wizard-receiving", page)
        page.close()
        wizard.close()

        # Joining by files, with no hub: the invitation opened, then the request waiting.
        other, _ = Vault.create(base / "l2", entity_name="Associação Exemplo", username="rui",
                                passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS)  # fmt: skip
        family(other, "Olena Kovalenko", "124885446", 1984)
        not_in_team = TeamPanel(other, operations)
        not_in_team.resize(*SIZE)
        not_in_team.show()
        save("team-not-in-a-team", not_in_team)
        not_in_team.close()
        by_file = invite.create_invitation(coordinator, "rui.tecnico")
        first_step = JoinByFileDialog(other, operations)
        first_step.show()
        save("team-join-by-file-empty", first_step)
        first_step._invitation = invite.read_invitation(by_file.file_bytes)
        first_step.coordinator_fingerprint.setText(by_file.fingerprint)
        first_step.label.setText("Portátil do Rui")
        first_step.passphrase.setText(PASSPHRASE)
        first_step.message.setText(first_step.tr(
            "Ask your coordinator to read their fingerprint aloud: it must be the one shown. "
            "If it is not, do not go on."))  # fmt: skip
        first_step._update_buttons()
        save("team-join-by-file-invitation", first_step)
        first_step.close()
        file_join.begin(other, invite.read_invitation(by_file.file_bytes), PASSPHRASE,
                        "Portátil do Rui")  # fmt: skip
        second_step = JoinByFileDialog(other, operations)
        second_step.show()
        save("team-join-by-file-waiting", second_step)
        second_step._say_error(InvitationError("This welcome is not for this laptop."))
        save("team-join-by-file-error", second_step)
        second_step.close()
        other.close()

        # The coordinator: an expired invitation's request, and a file with documents.
        expired = invite.new_pending_join(invite.create_invitation(coordinator,
                                                                   "rui.tecnico").code, "")
        invite_dialog = InviteDialog(coordinator, operations)
        invite_dialog.show()
        invite_dialog._request = expired.request
        invite_dialog.answered.setText(invite_dialog.tr("A join request from a file."))
        invite_dialog.their_fingerprint.setText(expired.fingerprint())
        invite_dialog.message.setText(team_error_text(
            InvitationError("This invitation has expired (24 hours); make a new one."), log,
            "screenshot"))  # fmt: skip
        save("team-invite-expired", invite_dialog)
        invite_dialog.close()

        welcome = invite.accept_join(coordinator, pending.request, pending.fingerprint())
        joining.join_existing(laptop, pending, welcome, PASSPHRASE, "https://hub.exemplo.pt")
        panel = TeamPanel(laptop, operations)
        panel.resize(*SIZE)
        panel.show()
        save("team-own-families", panel)
        panel.close()

        sender = TeamPanel(coordinator, operations)
        sender.resize(*SIZE)
        sender.show()
        save("team-panel-coordinator", sender)
        exported = files.Exported(b"x" * 9_512_000, 4, 3, 9_420_000, 1, 18_200_000)
        sender._say(team_files.exported_text(exported, Path("E:/hostdesk-equipa.hdteam")))
        save("team-files-exported", sender)
        sender.close()
        laptop.close()
        coordinator.close()
        operations.wait_idle()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
