"""No dialog is taller than a 1366×768 screen leaves (698 px), in its tallest state.

Every QDialog subclass in ``hostdesk.ui`` is found by importing the package;
each must have an opener below that shows it as tall as it gets (a referral
ticked, an error showing, the biggest wizard page). A dialog added without
one fails ``test_every_dialog_has_an_opener``: add it to ``OPENERS``. The
limit is checked as a number, whatever size Qt's offscreen screen has.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlmodel import select

import hostdesk.ui
from hostdesk.domain.partial_date import PartialDate
from hostdesk.storage import casework
from hostdesk.storage.header import read_header
from hostdesk.storage.models import Member
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.common.screen_fit import MAX_DIALOG_HEIGHT

EXAMPLE_CSV = Path(__file__).resolve().parents[2] / "docs" / "import-example.csv"
LONG_PROBLEM = "Não foi possível guardar; nada do que escreveu se perdeu. " * 4
# Bases that are never shown themselves.
ABSTRACT = {"FormDialog", "PassphraseDialog"}


@dataclass
class Scene:
    qtbot: QtBot
    vault: Vault
    operations: Operations
    parent: QWidget
    family_id: int

    def wait(self) -> None:
        self.operations.wait_idle()
        for _ in range(5):
            QApplication.processEvents()


def _dialog_classes() -> dict[str, type[QDialog]]:
    for module in pkgutil.walk_packages(hostdesk.ui.__path__, "hostdesk.ui."):
        importlib.import_module(module.name)
    found: dict[str, type[QDialog]] = {}
    pending: list[type] = [QDialog]
    while pending:
        cls = pending.pop()
        for sub in cls.__subclasses__():
            pending.append(sub)
            if sub.__module__.startswith("hostdesk.ui.") and sub.__name__ not in ABSTRACT:
                found[f"{sub.__module__}.{sub.__qualname__}"] = sub
    return found


# -- openers: each shows its dialog at its tallest ------------------------------------


def _visit(s: Scene) -> QDialog:
    from hostdesk.ui.workspace.visit_dialog import VisitDialog

    dialog = VisitDialog(s.vault, s.operations, s.family_id, s.parent)
    dialog.show()
    dialog.referral_box.setChecked(True)  # "Refer to a service": the form grows
    for _ in range(3):
        dialog.add_task_row()
    return dialog


def _referral(s: Scene) -> QDialog:
    from hostdesk.ui.workspace.referral_dialog import ReferralDialog

    dialog = ReferralDialog(s.vault, s.operations, s.family_id, s.parent)
    dialog.show()
    return dialog


def _answer_referral(s: Scene) -> QDialog:
    from hostdesk.ui.workspace.referral_dialog import ReferralDialog

    with s.vault.changing() as session:
        referral = casework.create_referral(
            session, s.vault.user, s.family_id,
            casework.ReferralDraft("sns", date.today(), sharing_basis="vital_interest",
                                   reason="Consulta de saúde mental"),
        )  # fmt: skip
    dialog = ReferralDialog(s.vault, s.operations, s.family_id, s.parent, referral.id)
    dialog.show()
    return dialog


def _family_form(s: Scene) -> QDialog:
    from hostdesk.ui.workspace.family_form import FamilyForm

    dialog = FamilyForm(s.vault, s.operations, s.parent)
    dialog.show()
    dialog.save()  # every required field marked, and the form's message showing
    return dialog


def _member_form(s: Scene) -> QDialog:
    from hostdesk.ui.workspace.member_form import MemberForm

    dialog = MemberForm(s.vault, s.operations, s.parent, family_id=s.family_id)
    dialog.show()
    dialog.save()
    return dialog


def _member_form_young_adult(s: Scene) -> QDialog:
    """A young adult who came alone (the education question and its note showing), a
    mistyped phone, an ARP of unusual length and every required field marked."""
    from hostdesk.ui.workspace.member_form import MemberForm

    born = date.today().replace(day=1) - timedelta(days=22 * 366)
    draft = casework.MemberDraft(
        "", birth=PartialDate(born.year, born.month, born.day), is_unaccompanied_minor=True,
        permit=casework.PermitDraft(),
    )  # fmt: skip
    dialog = MemberForm(s.vault, s.operations, s.parent, family_id=s.family_id, draft=draft)
    dialog.fields.phone.setText("912-345-ABC (mãe, só de manhã)")
    dialog.fields.arp_issued.set_value(date(2026, 3, 5))
    dialog.fields.arp_expires.set_value(date(2027, 3, 4))
    dialog.show()
    dialog.save()
    assert dialog.fields.learning.isVisibleTo(dialog)
    assert dialog.validation.message_for(dialog.fields.phone)
    return dialog


def _consent(s: Scene) -> QDialog:
    from hostdesk.ui.workspace.consent_dialog import ConsentDialog

    with s.vault.session() as session:
        member_id = session.exec(select(Member.id)).first()
    assert member_id is not None
    dialog = ConsentDialog(s.vault, s.operations, member_id, "Abdulrahman Haddad", s.parent,
                           on_behalf=True)  # fmt: skip
    dialog.show()
    dialog.save()
    return dialog


def _withdraw(s: Scene) -> QDialog:
    from hostdesk.ui.workspace.consent_dialog import WithdrawConsentDialog

    with s.vault.changing() as session:
        member_id = session.exec(select(Member.id).where(Member.is_head)).first()
        assert member_id is not None
        consent = casework.ConsentDraft(["referrals"], date.today(), "written")
        casework.record_consents(session, s.vault.user, member_id, consent)
    with s.vault.session() as session:
        consents = casework.read_family(session, s.family_id)
    assert consents is not None
    given = consents.members[0].consents[0]
    dialog = WithdrawConsentDialog(s.vault, s.operations, given, s.parent)
    dialog.show()
    dialog.show_problem(LONG_PROBLEM)
    return dialog


def _exit(s: Scene) -> QDialog:
    from hostdesk.ui.workspace.exit_dialog import ExitDialog

    with s.vault.session() as session:
        file = casework.read_family(session, s.family_id)
    assert file is not None
    dialog = ExitDialog(s.vault, s.operations, file.family, s.parent)
    dialog.show()
    dialog.show_problem(LONG_PROBLEM)
    return dialog


def _answer_alert(s: Scene) -> QDialog:
    from hostdesk.storage.alert_responses import ResponseAction
    from hostdesk.ui.today.answer_dialog import AnswerDialog
    from hostdesk.ui.today.today_model import TodayItem

    item = TodayItem("task", 3, date.today(), s.family_id, "HD-2026-00001", "Samir", "",
                     task="Ligar para a escola " * 8)  # fmt: skip
    dialog = AnswerDialog(item, ResponseAction.SNOOZED, date.today(), s.parent)
    dialog.show()
    dialog.accept()  # no reason yet: the message shows
    return dialog


def _unlock(s: Scene) -> QDialog:
    from hostdesk.ui.access.unlock_dialog import UnlockDialog

    dialog = UnlockDialog(s.vault.path, read_header(s.vault.path), s.operations)
    dialog.show()
    dialog.error.setText("A frase-passe não está certa; " * 6)
    dialog.error.show()
    return dialog


def _import(s: Scene) -> QDialog:
    from hostdesk.ui.importing.import_wizard import ImportWizard

    dialog = ImportWizard(s.vault, s.operations, s.parent)
    dialog.show()
    dialog.file_page.path.setText(str(EXAMPLE_CSV))
    dialog.next()
    s.wait()
    dialog.next()
    s.wait()
    return dialog


def _audit(s: Scene) -> QDialog:
    from hostdesk.ui.settings.audit_view import AuditView

    dialog = AuditView(s.vault, s.operations, s.parent)
    dialog.show()
    return dialog


def _backup(s: Scene) -> QDialog:
    from hostdesk.ui.settings.backup_dialog import BackupDialog

    dialog = BackupDialog(s.vault, s.operations, s.parent)
    dialog.show()
    return dialog


def _passphrase(kind: str) -> Callable[[Scene], QDialog]:
    def open_it(s: Scene) -> QDialog:
        from hostdesk.ui.settings import user_dialogs as u

        dialogs: dict[str, Callable[[], QDialog]] = {
            "add": lambda: u.AddUserDialog(s.vault, s.operations, s.parent),
            "reset": lambda: u.ResetPassphraseDialog(
                s.vault, s.operations, s.vault.user.username, s.parent
            ),
            "change": lambda: u.ChangePassphraseDialog(s.vault, s.operations, s.parent),
            "forgotten": lambda: u.ForgottenPassphraseDialog(
                s.vault.path, [s.vault.user.username], s.operations, s.parent
            ),
        }
        dialog = dialogs[kind]()
        dialog.show()
        dialog.error.setText("Esta frase-passe é curta demais; " * 6)  # type: ignore[attr-defined]
        dialog.error.show()  # type: ignore[attr-defined]
        return dialog

    return open_it


def _anonymisation(s: Scene) -> QDialog:
    from hostdesk.ui.workspace.anonymisation_dialog import AnonymisationDialog

    dialog = AnonymisationDialog(s.vault, s.operations, s.parent)
    dialog.show()
    return dialog


def _first_run(s: Scene) -> QDialog:
    from hostdesk.ui.access.first_run import FirstRunWizard

    wizard = FirstRunWizard(s.operations)
    wizard.show()
    return wizard


def _new_recovery_key(s: Scene) -> QDialog:
    from hostdesk.ui.access.recovery_key_panel import NewRecoveryKeyDialog

    reason = "Um(a) coordenador(a) foi removido(a) e tinha visto a chave de recuperação."
    key = "-".join(["ABCD"] * 12)
    dialog = NewRecoveryKeyDialog(key, "Associação de Acolhimento do Alentejo", reason, s.parent)
    dialog.show()
    return dialog


def _guide(s: Scene) -> QDialog:
    from hostdesk.ui.help.guide_window import GuideWindow

    rows = [(f"Atalho {n}", f"Ctrl+{n}") for n in range(12)]
    dialog = GuideWindow(rows, s.parent)
    dialog.show()
    return dialog


def _whats_new(s: Scene) -> QDialog:
    from hostdesk.ui.help.whats_new import WhatsNewDialog

    dialog = WhatsNewDialog(s.parent)
    dialog.show()
    return dialog


def _family_texts(s: Scene) -> QDialog:
    from hostdesk.ui.settings.family_texts_dialog import FamilyTextsDialog

    dialog = FamilyTextsDialog(s.vault, s.operations, s.parent)
    dialog.show()
    return dialog


def _workers(s: Scene) -> list[object]:
    from hostdesk.storage import assignment

    with s.vault.session() as session:
        return list(assignment.active_workers(session))


def _handover(s: Scene) -> QDialog:
    from hostdesk.storage import assignment
    from hostdesk.ui.settings.handover_dialog import HandoverDialog

    workers = _workers(s)
    dialog = HandoverDialog(s.vault, s.operations, workers[0], 40, workers, s.parent)  # type: ignore[arg-type]
    assert isinstance(workers[0], assignment.Worker)
    dialog.show()
    dialog.show_problem(LONG_PROBLEM)
    return dialog


def _assignment(s: Scene) -> QDialog:
    from hostdesk.storage import assignment
    from hostdesk.ui.workspace.assignment_dialog import AssignmentDialog

    with s.vault.session() as session:
        current = assignment.assignment_of(session, s.family_id)
    dialog = AssignmentDialog(s.vault, s.operations, s.family_id, current, _workers(s), s.parent)  # type: ignore[arg-type]
    dialog.show()
    dialog.show_problem(LONG_PROBLEM)
    return dialog


def _family_documents(s: Scene) -> QDialog:
    from hostdesk.ui.workspace.family_documents_dialog import FamilyDocumentsDialog

    dialog = FamilyDocumentsDialog(s.vault, s.operations, s.family_id, ["ar", "pt"], s.parent)
    dialog.show()
    return dialog


def _iss(s: Scene) -> QDialog:
    from hostdesk.ui.workspace.iss_dialog import IssDialog

    dialog = IssDialog(s.vault, s.operations, s.family_id, None, s.parent)
    dialog.show()
    dialog.show_problem(LONG_PROBLEM)
    return dialog


def _delete_case(s: Scene) -> QDialog:
    from hostdesk.ui.workspace.delete_case_dialog import DeleteCaseDialog

    with s.vault.session() as session:
        file = casework.read_family(session, s.family_id)
    assert file is not None
    dialog = DeleteCaseDialog(s.vault, s.operations, file.family, s.parent)
    dialog.show()
    dialog.show_problem(LONG_PROBLEM)
    return dialog


def _merge_case(s: Scene) -> QDialog:
    from hostdesk.ui.workspace.merge_dialog import MergeDialog

    with s.vault.session() as session:
        file = casework.read_family(session, s.family_id)
    assert file is not None
    dialog = MergeDialog(s.vault, s.operations, file.family, s.parent)
    dialog.show()
    dialog.query.setText("a")  # a list of cases found
    s.wait()
    dialog.show_problem(LONG_PROBLEM)
    return dialog


def _invite(s: Scene) -> QDialog:
    from hostdesk.ui.sync.team_dialogs import InviteDialog

    dialog = InviteDialog(s.vault, s.operations, s.parent)
    dialog.show()
    return dialog


def _join_team(s: Scene) -> QDialog:
    from hostdesk.ui.sync.join_dialog import JoinTeamDialog

    dialog = JoinTeamDialog(s.vault, s.operations, s.parent)
    dialog.show()
    return dialog


def _join_by_file(s: Scene) -> QDialog:
    from hostdesk.ui.sync.join_file_dialog import JoinByFileDialog

    dialog = JoinByFileDialog(s.vault, s.operations, s.parent)
    dialog.show()
    return dialog


def _resolve(s: Scene) -> QDialog:
    from hostdesk.storage.team.conflicts import Choice, ConflictInfo
    from hostdesk.ui.today.conflicts_box import ResolveDialog

    choices = tuple(
        Choice(f"Notas escritas no portátil {n} " * 3, f"dev{n}", f"Portátil {n}") for n in range(4)
    )
    conflict = ConflictInfo("f1", "HD-2026-00001", "activity", "u1", "text", choices)
    dialog = ResolveDialog(conflict, s.parent)
    dialog.show()
    return dialog


def _add_document(s: Scene) -> QDialog:
    from hostdesk.ui.workspace.document_import import AddDocumentDialog
    from tests.document_samples import png

    members = [(n, f"Pessoa {n}") for n in range(1, 9)]
    dialog = AddDocumentDialog(s.vault, s.operations, s.family_id, members, "carta.png", png(),
                               s.parent)  # fmt: skip
    dialog.show()
    dialog.show_problem(LONG_PROBLEM)
    return dialog


def _document_viewer(s: Scene) -> QDialog:
    from hostdesk.storage import attachments
    from hostdesk.ui.workspace.document_viewer import DocumentViewer
    from tests.document_samples import png

    with s.vault.changing() as session:
        draft = attachments.AttachmentDraft(kind="other", title="Carta", content=png(
            width=1600, height=2200))  # fmt: skip
        info = attachments.add(session, s.vault.user, s.family_id, draft)
    dialog = DocumentViewer(s.vault, s.operations, info, s.parent)
    dialog.show()
    return dialog


OPENERS: dict[str, Callable[[Scene], QDialog]] = {
    "hostdesk.ui.sync.team_dialogs.InviteDialog": _invite,
    "hostdesk.ui.sync.join_dialog.JoinTeamDialog": _join_team,
    "hostdesk.ui.sync.join_file_dialog.JoinByFileDialog": _join_by_file,
    "hostdesk.ui.today.conflicts_box.ResolveDialog": _resolve,
    "hostdesk.ui.workspace.document_import.AddDocumentDialog": _add_document,
    "hostdesk.ui.workspace.document_viewer.DocumentViewer": _document_viewer,
    "hostdesk.ui.help.guide_window.GuideWindow": _guide,
    "hostdesk.ui.help.whats_new.WhatsNewDialog": _whats_new,
    "hostdesk.ui.settings.family_texts_dialog.FamilyTextsDialog": _family_texts,
    "hostdesk.ui.settings.handover_dialog.HandoverDialog": _handover,
    "hostdesk.ui.workspace.assignment_dialog.AssignmentDialog": _assignment,
    "hostdesk.ui.workspace.family_documents_dialog.FamilyDocumentsDialog": _family_documents,
    "hostdesk.ui.workspace.iss_dialog.IssDialog": _iss,
    "hostdesk.ui.workspace.visit_dialog.VisitDialog": _visit,
    "hostdesk.ui.workspace.referral_dialog.ReferralDialog": _referral,
    "hostdesk.ui.workspace.family_form.FamilyForm": _family_form,
    "hostdesk.ui.workspace.member_form.MemberForm": _member_form,
    "hostdesk.ui.workspace.consent_dialog.ConsentDialog": _consent,
    "hostdesk.ui.workspace.consent_dialog.WithdrawConsentDialog": _withdraw,
    "hostdesk.ui.workspace.exit_dialog.ExitDialog": _exit,
    "hostdesk.ui.workspace.delete_case_dialog.DeleteCaseDialog": _delete_case,
    "hostdesk.ui.workspace.merge_dialog.MergeDialog": _merge_case,
    "hostdesk.ui.workspace.anonymisation_dialog.AnonymisationDialog": _anonymisation,
    "hostdesk.ui.today.answer_dialog.AnswerDialog": _answer_alert,
    "hostdesk.ui.access.unlock_dialog.UnlockDialog": _unlock,
    "hostdesk.ui.access.first_run.FirstRunWizard": _first_run,
    "hostdesk.ui.importing.import_wizard.ImportWizard": _import,
    "hostdesk.ui.settings.audit_view.AuditView": _audit,
    "hostdesk.ui.settings.backup_dialog.BackupDialog": _backup,
    "hostdesk.ui.access.recovery_key_panel.NewRecoveryKeyDialog": _new_recovery_key,
    "hostdesk.ui.settings.user_dialogs.AddUserDialog": _passphrase("add"),
    "hostdesk.ui.settings.user_dialogs.ResetPassphraseDialog": _passphrase("reset"),
    "hostdesk.ui.settings.user_dialogs.ChangePassphraseDialog": _passphrase("change"),
    "hostdesk.ui.settings.user_dialogs.ForgottenPassphraseDialog": _passphrase("forgotten"),
}
# More states of the same dialogs, as tall or taller.
EXTRA_STATES: dict[str, Callable[[Scene], QDialog]] = {
    "answering a referral": _answer_referral,
    "a young adult in the member form": _member_form_young_adult,
}


def test_every_dialog_has_an_opener() -> None:
    missing = sorted(set(_dialog_classes()) - set(OPENERS))
    assert missing == [], f"add an opener to OPENERS in {__file__} for: {missing}"


@pytest.fixture
def scene(qtbot: QtBot, vault: Vault, operations: Operations, portuguese: None) -> Iterator[Scene]:
    members = [
        casework.MemberDraft("Abdulrahman Haddad", "عبد الرحمن حداد", "Arab",
                             birth=PartialDate(1980), relationship="head", is_head=True),
        *[casework.MemberDraft(f"Criança Haddad {n}", birth=PartialDate(2010 + n),
                               relationship="child") for n in range(7)],
    ]  # fmt: skip
    draft = casework.FamilyDraft("resettlement", date.today() - timedelta(days=90))
    with vault.changing() as session:
        family = casework.create_family_with_members(session, vault.user, draft, members)
    assert family.id is not None
    window = QWidget()  # a stand-in for the main window, as the dialogs' parent
    qtbot.add_widget(window)
    window.resize(1366, 768)
    window.show()
    yield Scene(qtbot, vault, operations, window, family.id)
    operations.wait_idle()


def _pages(dialog: QDialog) -> Iterator[None]:
    """A wizard's every page it will go to with nothing typed; a plain dialog once."""
    if isinstance(dialog, QWizard):
        seen: set[int] = set()
        while dialog.currentId() not in seen and dialog.currentId() != -1:
            seen.add(dialog.currentId())
            yield
            dialog.next()  # stays put on a page that wants an answer first
        return
    yield


@pytest.mark.parametrize("name", [*sorted(OPENERS), *sorted(EXTRA_STATES)])
def test_no_dialog_is_taller_than_the_screen(scene: Scene, name: str) -> None:
    opener = OPENERS.get(name) or EXTRA_STATES[name]
    dialog = opener(scene)
    try:
        scene.wait()
        for _ in _pages(dialog):
            scene.wait()
            assert dialog.isVisible()
            # What a window manager would give it, whatever this screen's size: its size
            # hint held to its maximum height, never less than its minimum.
            natural = min(dialog.sizeHint().height(), dialog.maximumHeight())
            least = max(dialog.minimumSizeHint().height(), dialog.minimumHeight())
            assert max(natural, least) <= MAX_DIALOG_HEIGHT, (name, natural, least)
            assert dialog.height() <= MAX_DIALOG_HEIGHT, (name, dialog.height())
    finally:
        dialog.hide()
        scene.wait()
        dialog.deleteLater()


def test_the_openers_are_real_classes() -> None:
    classes = _dialog_classes()
    for name in OPENERS:
        assert name in classes and inspect.isclass(classes[name]), name
