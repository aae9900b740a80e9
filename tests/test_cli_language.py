"""Every command line speaks the language of LANG: European Portuguese under pt, English otherwise.

Each language runs in processes of its own, started with only LANG set (no
LC_ALL, no LC_MESSAGES), through the commands' main paths on a synthetic demo
vault: what a coordinator sees from init to the NAIR's receipt, the NAIR's and
the hub's tools, argparse's own words, and errors raised deep in the vault
(their sentences translated with the details they name).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from hostdesk.nair.keystore import PUBLIC_FILE, create_keystore
from hostdesk.storage.demo.writer import DEMO_COORDINATOR, create_demo_vault
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.models import Family
from tests.conftest import COORDINATOR, PASSPHRASE

REPO = Path(__file__).resolve().parents[1]
LANGS = {"pt": "pt_PT.UTF-8", "en": "en_GB.UTF-8"}
NAIR_PASSPHRASE = "frase-passe do NAIR de teste"


def environment(lang: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG=LANGS[lang], PYTHONPATH=str(REPO))
    env.pop("HOSTDESK_PASSPHRASE_FILE", None)
    return env


@dataclass(frozen=True)
class Seed:
    """What every language's copy starts from: a demo vault and a NAIR key folder."""

    folder: Path
    case: str
    nair_fingerprint: str


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Seed:
    folder = tmp_path_factory.mktemp("seed")
    vault = create_demo_vault(folder / "vault", PASSPHRASE, families=4, seed=5,
                              kdf=FAST_TEST_PARAMS)  # fmt: skip
    with vault.session() as session:
        case = session.exec(select(Family.case_number).order_by(Family.case_number)).first()
    vault.close()
    pair = create_keystore(folder / "nair", "NAIR Sul", NAIR_PASSPHRASE, kdf=FAST_TEST_PARAMS)
    (folder / "pass.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    (folder / "wrong.txt").write_text("not the passphrase\n", encoding="utf-8")
    (folder / "worker.txt").write_text("a passphrase for the worker\n", encoding="utf-8")
    (folder / "nair-pass.txt").write_text(NAIR_PASSPHRASE + "\n", encoding="utf-8")
    (folder / "not-a-receipt.json").write_text("{}", encoding="utf-8")
    (folder / "receipts").mkdir()
    assert case is not None
    return Seed(folder, case, pair.public().fingerprint())


@dataclass(frozen=True)
class Job:
    program: str
    args: list[str]
    code: int
    pt: list[str]  # what the Portuguese run must show (stdout and stderr together)
    en: list[str]


def app_jobs(w: Path, case: str, fingerprint: str) -> list[Job]:
    """The coordinator's session, in order: each step leaves what the next one needs."""
    vault = ["--vault", str(w / "vault"), "--passphrase-file", str(w / "pass.txt")]
    me = [*vault, "--user", DEMO_COORDINATOR]
    month = date.today().strftime("%Y-%m")
    return [
        Job("hostdesk", ["--help"], 0,
            ["utilização: hostdesk", "opções:", "mostrar esta ajuda e sair",
             "criar um cofre vazio", "procurar famílias e membros"],
            ["usage: hostdesk", "options:", "show this help message and exit",
             "create an empty vault", "find families and members"]),
        Job("hostdesk", ["init", "--vault", str(w / "new"), "--entity", "Associação de Teste",
                         "--user", COORDINATOR, "--passphrase-file", str(w / "pass.txt")], 0,
            [f"Cofre criado em {w / 'new'} para Associação de Teste; coordenador(a): "
             f"{COORDINATOR}.", "CHAVE DE RECUPERAÇÃO (mostrada só agora"],
            [f"Vault created in {w / 'new'} for Associação de Teste; coordinator: "
             f"{COORDINATOR}.", "RECOVERY KEY (shown only now"]),
        Job("hostdesk", ["init", "--vault", str(w / "new2"), "--entity", "X",
                         "--passphrase-file", str(w / "pass.txt")], 2,
            ["hostdesk: indique quem é o(a) coordenador(a) com --user NOME."],
            ["hostdesk: say who the coordinator is with --user NAME."]),
        Job("hostdesk", ["demo", "--vault", str(w / "demo"), "--families", "2",
                         "--passphrase-file", str(w / "pass.txt")], 0,
            [f"Cofre de demonstração com 2 famílias fictícias criado em {w / 'demo'}."],
            [f"Demo vault with 2 synthetic families created in {w / 'demo'}."]),
        Job("hostdesk", ["demo", "--vault", str(w / "demo3"), "--families", "dois"], 2,
            ["hostdesk demo: erro: argumento --families: valor int inválido: 'dois'"],
            ["hostdesk demo: error: argument --families: invalid int value: 'dois'"]),
        Job("hostdesk", ["search", "--vault", str(w / "vault"),
                         "--passphrase-file", str(w / "wrong.txt"), "HD"], 2,
            [f"hostdesk: A frase-passe de {DEMO_COORDINATOR} não está certa; verifique a tecla "
             "Caps Lock"],
            [f"hostdesk: The passphrase is not right for {DEMO_COORDINATOR}; check Caps Lock"]),
        Job("hostdesk", ["search", *vault, "HD"], 0, [case], [case]),
        Job("hostdesk", ["verify", *vault], 0,
            ["integridade da base de dados: ok", "cadeia de auditoria: ok ("],
            ["database integrity: ok", "audit chain: ok ("]),
        Job("hostdesk", ["verify", *vault, "--receipts", str(w / "receipts")], 2,
            [f"hostdesk: Não há recibos (*.receipt.json) em {w / 'receipts'}."],
            [f"hostdesk: There are no receipts (*.receipt.json) in {w / 'receipts'}."]),
        Job("hostdesk", ["key", "export-raw"], 2,
            ["são obrigatórios os seguintes argumentos: --vault"],
            ["the following arguments are required: --vault"]),
        Job("hostdesk", ["backup", *vault, "--out", str(w)], 0,
            ["Cópia de segurança gravada em", "; guarde-a com o mesmo cuidado que o cofre."],
            ["Backup written to", "; keep it as safe as the vault."]),
        Job("hostdesk", ["restore", "--from", str(w / "missing.hdbackup"), "--to", str(w / "r"),
                         "--passphrase-file", str(w / "pass.txt")], 2,
            [f"Não existe o ficheiro de cópia de segurança {w / 'missing.hdbackup'}; "
             "verifique o nome."],
            [f"There is no backup file {w / 'missing.hdbackup'}; check its name."]),
        Job("hostdesk", ["user", "add", *me, "--name", "maria", "--role", "social_worker",
                         "--new-passphrase-file", str(w / "worker.txt")], 0,
            ["Utilizador maria acrescentado como técnico/a."],
            ["User maria added as social worker."]),
        Job("hostdesk", ["user", "list", *me], 0,
            ["maria\tmaria\tsocial_worker\tativo"], ["maria\tmaria\tsocial_worker\tactive"]),
        Job("hostdesk", ["search", *vault, "HD"], 2,
            [f"hostdesk: Este cofre tem vários utilizadores ({DEMO_COORDINATOR}, maria); indique "
             "qual deles é o seu."],
            [f"hostdesk: This vault has several users ({DEMO_COORDINATOR}, maria); say which one "
             "you are."]),
        Job("hostdesk", ["user", "remove", *me, "--name", DEMO_COORDINATOR], 2,
            ["hostdesk: Um cofre precisa de pelo menos um(a) coordenador(a); acrescente "
             "primeiro outro(a) coordenador(a)."],
            ["hostdesk: A vault needs at least one coordinator; add another coordinator "
             "first."]),
        Job("hostdesk", ["user", "remove", *me, "--name", "maria"], 0,
            ["Removido(s): maria. O cofre tem agora uma chave nova: o que guardaram já não o "
             "abre."],
            ["Removed: maria. The vault now has a new key: what they kept no longer opens it."]),
        Job("hostdesk", ["subject-access", *me, "--case", case], 2,
            [f"Membros de {case} (escolha um com --member ID", " (titular)"],
            [f"Members of {case} (choose one with --member ID", " (head)"]),
        Job("hostdesk", ["subject-access", *me, "--case", "HD-1999-99999"], 1,
            ["hostdesk: não existe nenhum processo HD-1999-99999 neste cofre."],
            ["hostdesk: there is no case HD-1999-99999 in this vault."]),
        Job("hostdesk", ["report", "family", *me, "--case", case, "--from", "2026-13-01",
                         "--to", "2026-12-31", "--out", str(w / "f.pdf")], 2,
            ['argumento --from: "2026-13-01" não é uma data; escreva-a como AAAA-MM-DD'],
            ['argument --from: "2026-13-01" is not a date; write it as YYYY-MM-DD']),
        Job("hostdesk", ["report", "family", *me, "--case", case, "--from", "2026-01-01",
                         "--to", "2026-12-31", "--out", str(w / "f.pdf")], 0,
            [f"Relatório de progresso de {case} gravado em {w / 'f.pdf'}."],
            [f"Progress report for {case} written to {w / 'f.pdf'}."]),
        Job("hostdesk", ["report", "monthly", *me, "--month", "2026-13", "--out", str(w)], 2,
            ['hostdesk: "2026-13" não é um mês; escreva-o como AAAA-MM, p. ex. 2026-11.'],
            ['hostdesk: "2026-13" is not a month; write it as YYYY-MM, e.g. 2026-11.']),
        Job("hostdesk", ["report", "monthly", *me, "--month", month, "--out", str(w), "--submit"],
            0, [f"Relatório mensal {month}, revisão 1 (submetido e fixado)",
                "Pacote: à espera da configuração do NAIR (hostdesk sync configure)."],
            [f"Monthly report {month}, revision 1 (submitted and frozen)",
             "Bundle: waiting for NAIR set-up (hostdesk sync configure)."]),
        Job("hostdesk", ["report", "par", *me, "--month", month, "--out", str(w)], 0,
            [f"Números para a PAR de {month} (apenas agregados)"],
            [f"PAR figures for {month} (aggregates only)"]),
        Job("hostdesk", ["sync", "enroll", *me, "--out", str(w / "enrollment.json")], 0,
            [f"Ficheiro de inscrição gravado em {w / 'enrollment.json'}.",
             "Impressão digital (leia-a ao NAIR por telefone): "],
            [f"Enrollment file written to {w / 'enrollment.json'}.",
             "Fingerprint (read it to the NAIR by phone): "]),
        Job("hostdesk", ["sync", "configure", *me, "--nair-key", str(w / "nair" / PUBLIC_FILE),
                         "--fingerprint", "0000"], 1,
            ["a impressão digital indicada não corresponde à chave do NAIR; nada foi fixado."],
            ["the fingerprint you gave does not match the NAIR's key; nothing was pinned."]),
        Job("hostdesk", ["sync", "configure", *me, "--url", "ftp://nair", "--fetch"], 2,
            ["hostdesk: ftp://nair não é um endereço web"],
            ["hostdesk: ftp://nair is not a web address"]),
        Job("hostdesk", ["sync", "configure", *me, "--nair-key", str(w / "nair" / PUBLIC_FILE),
                         "--fingerprint", fingerprint], 0,
            ["Chave do NAIR: NAIR Sul", "Chave fixada. NAIR: sem endereço: os pacotes seguem "
             "por ficheiro."],
            ["NAIR key: NAIR Sul", "Pinned. NAIR: no address: bundles go by file."]),
        Job("hostdesk", ["sync", "send", *me], 1,
            ["Sem endereço do NAIR: envie os pacotes por ficheiro (hostdesk sync export).",
             "1 por enviar, 0 recusados."],
            ["No NAIR address: send the bundles by file (hostdesk sync export).",
             "1 pending, 0 rejected."]),
        Job("hostdesk", ["sync", "status", *me], 0,
            ["NAIR: só ficheiros  chave", "1 por enviar, 0 recusados, 0 entregues",
             "mês", "tentativas", "em fila"],
            ["NAIR: files only  key", "1 pending, 0 rejected, 0 delivered",
             "month", "tries", "queued"]),
        Job("hostdesk", ["sync", "export", *me, "--month", "2019-01", "--out", str(w / "b")], 2,
            ["hostdesk: Não há nenhum pacote de 2019-01 na caixa de saída; "
             "`hostdesk sync status` lista-os."],
            ["hostdesk: There is no bundle for 2019-01 in the outbox; "
             "`hostdesk sync status` lists them."]),
        Job("hostdesk", ["sync", "export", *me, "--month", month, "--out", str(w / "b.hdbundle")],
            0, [f"Pacote gravado em {w / 'b.hdbundle'}; traga o recibo do NAIR"],
            [f"Bundle written to {w / 'b.hdbundle'}; bring the NAIR's receipt back"]),
        Job("hostdesk", ["sync", "import-receipt", *me, str(w / "not-a-receipt.json")], 2,
            ["hostdesk: Isto não é um recibo do NAIR, ou está danificado."],
            ["hostdesk: This is not a NAIR receipt, or it is damaged."]),
        Job("hostdesk", ["sync", "save-receipts", *me, "--out", str(w / "saved")], 0,
            [f"0 recibo(s) guardado(s) em {w / 'saved'}"],
            [f"0 receipt(s) saved in {w / 'saved'}"]),
        Job("hostdesk", ["sync", "reseal", *me, "--bundle", "ffff"], 2,
            ["hostdesk: Não há nenhum pacote ffff na caixa de saída"],
            ["hostdesk: There is no bundle ffff in the outbox"]),
    ]  # fmt: skip


def service_jobs(w: Path) -> list[Job]:
    nair_pass = ["--passphrase-file", str(w / "nair-pass.txt")]
    return [
        Job("hostdesk-nair", ["--help"], 0,
            ["utilização: hostdesk-nair", "O serviço do NAIR que recebe os relatórios mensais.",
             "registar o ficheiro de inscrição de uma entidade"],
            ["usage: hostdesk-nair", "The NAIR's service that receives monthly reports.",
             "register an entity's enrollment file"]),
        Job("hostdesk-nair", ["init", "--data", str(w / "nair2"), "--name", "NAIR Norte",
                              *nair_pass], 0,
            ["Chave do NAIR criada em", "Impressão digital (leia-a a cada entidade por "
             "telefone): "],
            ["NAIR key created in", "Fingerprint (read it to each entity by phone): "]),
        Job("hostdesk-nair", ["init", "--data", str(w / "nair"), *nair_pass], 2,
            ["já existe: esta pasta tem uma chave do NAIR"],
            ["already exists: this folder has a NAIR key"]),
        Job("hostdesk-nair", ["register-entity", "--data", str(w / "nair"),
                              str(w / "enrollment.json")], 0,
            ["registada", "Impressão digital (confirme-a com a entidade por telefone): "],
            ["registered", "Fingerprint (check it with the entity by phone): "]),
        Job("hostdesk-nair", ["register-entity", "--data", str(w / "nair"),
                              str(w / "not-a-receipt.json")], 2,
            ["hostdesk-nair: Este ficheiro não é um ficheiro de inscrição do HostDesk"],
            ["hostdesk-nair: This file is not a HostDesk enrollment file"]),
        Job("hostdesk-nair", ["reports", "--data", str(w / "nair")], 0,
            ["ENTIDADE\tMÊS\tREVISÃO", "0 relatório(s), 0 mês(es)-entidade"],
            ["ENTITY\tMONTH\tREVISION", "0 report(s), 0 entity-month(s)"]),
        Job("hostdesk-nair", ["export", "--data", str(w / "nair"), "--out", str(w / "n.csv")], 0,
            [f"0 linha(s) gravada(s) em {w / 'n.csv'}"], [f"0 row(s) written to {w / 'n.csv'}"]),
        Job("hostdesk-hub", ["--help"], 0,
            ["utilização: hostdesk-hub", "O hub da equipa"],
            ["usage: hostdesk-hub", "The team hub"]),
        Job("hostdesk-hub", ["serve", "--data", str(w / "hub"), "--db", "nonsense://x"], 2,
            ["hostdesk-hub: O URL da base de dados não é utilizável"],
            ["hostdesk-hub: The database URL is not usable"]),
    ]  # fmt: skip


def run_batch(jobs: list[Job], lang: str) -> list[dict[str, object]]:
    payload = json.dumps([[job.program, job.args] for job in jobs])
    done = subprocess.run(
        [sys.executable, "-m", "tests.cli_batch"], input=payload, capture_output=True,
        text=True, env=environment(lang), cwd=REPO, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    results: list[dict[str, object]] = json.loads(done.stdout)
    return results


@pytest.mark.parametrize("lang", ["pt", "en"])
def test_the_command_lines_speak_lang(seed: Seed, tmp_path: Path, lang: str) -> None:
    work = tmp_path / lang
    shutil.copytree(seed.folder, work)
    jobs = app_jobs(work, seed.case, seed.nair_fingerprint) + service_jobs(work)
    results = run_batch(jobs, lang)
    for job, result in zip(jobs, results, strict=True):
        shown = f"{result['out']}{result['err']}"
        where = f"{job.program} {' '.join(job.args[:2])}"
        assert result["code"] == job.code, f"{where}: {shown}"
        for expected in job.pt if lang == "pt" else job.en:
            assert expected in shown, f"{where}: {expected!r} not in {shown!r}"
        if lang == "pt":  # and not the English sentence as well
            for english in set(job.en) - set(job.pt):
                assert english not in shown, f"{where}: {english!r} in {shown!r}"


def test_numbers_and_sizes_follow_lang_in_the_backup_line(seed: Seed, tmp_path: Path) -> None:
    lines = {}
    for lang in LANGS:
        work = tmp_path / lang
        shutil.copytree(seed.folder, work)
        [result] = run_batch([Job("hostdesk", ["backup", "--vault", str(work / "vault"),
                                               "--passphrase-file", str(work / "pass.txt"),
                                               "--out", str(work)], 0, [], [])], lang)  # fmt: skip
        lines[lang] = str(result["out"])
    # The size: a decimal comma under pt ("9,5 MB"), a decimal point under en ("9.5 MB").
    assert re.search(r"\(\d+,\d (kB|MB)\)", lines["pt"]), lines["pt"]
    assert re.search(r"\(\d+\.\d (kB|MB)\)", lines["en"]), lines["en"]


ARGPARSE_ERRORS = {
    "hostdesk.cli.main": (["sync", "enroll"], "hostdesk sync enroll", "--vault, --out"),
    "hostdesk.nair.cli": (["register-entity"], "hostdesk-nair register-entity", "--data, FILE"),
    "hostdesk.hub.cli": (["serve"], "hostdesk-hub serve", "--data"),
}


@pytest.mark.parametrize("lang", ["pt", "en"])
@pytest.mark.parametrize("module", sorted(ARGPARSE_ERRORS))
def test_each_program_alone_follows_lang(module: str, lang: str) -> None:
    """The programs themselves, one process each (not the batch runner): LANG alone decides."""
    args, prog, missing = ARGPARSE_ERRORS[module]
    done = subprocess.run([sys.executable, "-m", module, *args], capture_output=True,
                          text=True, env=environment(lang), cwd=REPO, timeout=120)  # fmt: skip
    assert done.returncode == 2
    if lang == "pt":
        assert done.stderr.startswith(f"utilização: {prog} ")
        assert f"{prog}: erro: são obrigatórios os seguintes argumentos: {missing}" in done.stderr
    else:
        assert done.stderr.startswith(f"usage: {prog} ")
        assert f"{prog}: error: the following arguments are required: {missing}" in done.stderr


def test_the_phone_check_asks_and_accepts_yes_in_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    from hostdesk.cli import sync_commands

    asked: list[str] = []
    answers = iter(["Sim", "yes", "não"])
    monkeypatch.setenv("LC_ALL", "pt_PT.UTF-8")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or next(answers))
    assert sync_commands._confirmed(None, "AAAA-BBBB")
    assert sync_commands._confirmed(None, "AAAA-BBBB")  # English still understood
    assert not sync_commands._confirmed(None, "AAAA-BBBB")
    assert asked[0] == "O NAIR leu-lhe esta impressão digital ao telefone? Escreva sim: "
