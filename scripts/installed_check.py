"""Try HostDesk the way users get it: from the built wheel, installed outside the repository.

``make installed-check`` (run by ``make test``, hence by CI) builds the sdist and
a wheel from that sdist, installs the wheel with its dependencies into a fresh
virtual environment in a temporary folder, and from another temporary folder
runs what an entity and the NAIR do first:

- ``hostdesk --version``, ``hostdesk demo``;
- ``report family`` in Portuguese and in English, ``report monthly``, ``subject-access``;
- ``hostdesk-nair init`` and ``serve`` on loopback from the same install, the
  entity's enrollment registered, the key pinned, the month submitted and sent,
  and the NAIR's receipt marking it delivered;
- ``hostdesk -v gui`` offscreen for a few seconds: its log must say the
  Portuguese catalogue and the bundled fonts were loaded, and nothing is missing.

A file left out of the wheel shows here as a failed step with the command's
output. The PDFs are read back with the development environment's pypdf.
Usage: ``python scripts/installed_check.py [--keep] [--gui-seconds S]``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

REPO = Path(__file__).resolve().parents[1]
PASSPHRASE = "instalado-e-testado"
NAIR_PASSPHRASE = "frase-passe do NAIR instalado"


class CheckFailed(RuntimeError):
    pass


class Checker:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.venv = work / "venv"
        self.bin = self.venv / ("Scripts" if os.name == "nt" else "bin")
        self.run_dir = work / "run"  # the folder commands run from: not the repository
        home = work / "home"
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "HOSTDESK_"))
        }
        self.env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            PATH=os.pathsep.join([str(self.bin), self.env.get("PATH", "")]),
            LANG="C.UTF-8",
            LC_ALL="C.UTF-8",
        )
        self.started = time.monotonic()

    def step(self, text: str) -> None:
        print(f"[{time.monotonic() - self.started:6.1f} s] {text}", flush=True)

    def run(self, *argv: str, ok: int = 0, env: dict[str, str] | None = None) -> str:
        done = subprocess.run(
            [str(a) for a in argv], cwd=self.run_dir, env={**self.env, **(env or {})},
            capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        if done.returncode != ok:
            raise CheckFailed(
                f"{' '.join(map(str, argv))} exited {done.returncode}\n{done.stdout}{done.stderr}"
            )
        return done.stdout

    def hostdesk(self, *argv: str, ok: int = 0, env: dict[str, str] | None = None) -> str:
        return self.run(self.bin / "hostdesk", *argv, ok=ok, env=env)

    def nair(self, *argv: str) -> str:
        return self.run(self.bin / "hostdesk-nair", *argv)


def build(checker: Checker) -> Path:
    """The sdist, then the wheel built from it (so the sdist is checked too)."""
    dist = checker.work / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(REPO)],
        check=True, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    wheels = list(dist.glob("hostdesk-*.whl"))
    if len(wheels) != 1:
        raise CheckFailed(f"expected one wheel in {dist}, found {wheels}")
    return wheels[0]


def install(checker: Checker, wheel: Path) -> None:
    subprocess.run([sys.executable, "-m", "venv", str(checker.venv)], check=True, timeout=300)
    # The same pinned versions as the development environment; pip's cache makes this a copy.
    subprocess.run(
        [str(checker.bin / "python"), "-m", "pip", "install", "--quiet",
         "--disable-pip-version-check", "-c", str(REPO / "constraints.txt"), str(wheel)],
        check=True, timeout=1200, capture_output=True, text=True,
        env={**os.environ, "PIP_NO_INPUT": "1"},
    )  # fmt: skip


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(page.extract_text() for page in reader.pages)


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise CheckFailed(what)


def desktop_jobs(checker: Checker, vault: list[str]) -> tuple[str, str]:
    """Demo, reports, subject access; returns (a case number, the last complete month)."""
    out = checker.hostdesk("--version")
    expect(out.startswith("HostDesk "), f"--version printed {out!r}")
    checker.step(out.strip())
    checker.hostdesk("demo", *vault, "--families", "12")
    case = checker.hostdesk("search", *vault, "a").split("\t", 1)[0]
    expect(re.fullmatch(r"HD-\d{4}-\d{5}", case) is not None, f"no case found: {case!r}")
    checker.step(f"demo vault made; case {case}")

    today = date.today()
    for lang, title in (("pt", "Relatório de acompanhamento"), ("en", "Family progress report")):
        pdf = checker.run_dir / f"family-{lang}.pdf"
        checker.hostdesk("report", "family", *vault, "--case", case, "--lang", lang,
                         "--from", (today - timedelta(days=365)).isoformat(),
                         "--to", today.isoformat(), "--out", str(pdf))  # fmt: skip
        expect(title in pdf_text(pdf), f"the {lang} family report lacks {title!r}")
    checker.step("report family: pt and en PDFs read back")

    month = (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    monthly = checker.run_dir / "monthly"
    checker.hostdesk("report", "monthly", *vault, "--month", month, "--out", str(monthly))
    data = json.loads(next(monthly.glob("*.json")).read_text(encoding="utf-8"))
    expect(re.fullmatch(r"monthly-report-v\d+", str(data.get("schema"))) is not None,
           f"the monthly JSON names no schema version: {data.get('schema')!r}")  # fmt: skip
    expect("Relatório mensal" in pdf_text(next(monthly.glob("*.pdf"))), "monthly PDF title")
    checker.step(f"report monthly {month}: JSON and PDF")

    # Without --member it lists the members and exits 2 (nothing was exported).
    members = checker.hostdesk("subject-access", *vault, "--case", case, ok=2)
    member = re.search(r"^(\d+)\t", members, re.MULTILINE)
    expect(member is not None, f"subject-access listed no member:\n{members}")
    assert member is not None
    access = checker.run_dir / "access"
    checker.hostdesk("subject-access", *vault, "--case", case, "--member", member.group(1),
                     "--out", str(access))  # fmt: skip
    expect(len(list(access.glob("*.pdf"))) == 1 and len(list(access.glob("*.json"))) == 1,
           "subject-access did not write its JSON and PDF")  # fmt: skip
    checker.step("subject-access: JSON and PDF")
    return case, month


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise CheckFailed(f"hostdesk-nair serve stopped:\n{process.communicate()[0]}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise CheckFailed("hostdesk-nair serve did not listen in time")


def stop(process: subprocess.Popen[str]) -> str:
    if process.poll() is None:
        process.terminate()
        try:
            return process.communicate(timeout=20)[0]
        except subprocess.TimeoutExpired:
            process.kill()
    return process.communicate()[0]


def nair_round_trip(checker: Checker, vault: list[str], month: str) -> None:
    data = checker.work / "nair"
    secret = checker.work / "nair-passphrase"
    secret.write_text(NAIR_PASSPHRASE + "\n", encoding="utf-8")
    out = checker.nair("init", "--data", str(data), "--name", "NAIR de teste",
                       "--passphrase-file", str(secret))  # fmt: skip
    fingerprint = re.search(r"Fingerprint.*: (\S+)", out)
    expect(fingerprint is not None, f"hostdesk-nair init printed no fingerprint:\n{out}")
    assert fingerprint is not None
    enrollment = checker.run_dir / "enrollment.json"
    checker.hostdesk("sync", "enroll", *vault, "--out", str(enrollment))
    checker.nair("register-entity", "--data", str(data), str(enrollment))
    port = free_port()
    server = subprocess.Popen(
        [str(checker.bin / "hostdesk-nair"), "serve", "--data", str(data), "--port", str(port),
         "--passphrase-file", str(secret)],
        cwd=checker.run_dir, env=checker.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    try:
        wait_for_port(port, server)
        checker.step(f"hostdesk-nair serve on 127.0.0.1:{port}")
        checker.hostdesk("sync", "configure", *vault, "--url", f"http://127.0.0.1:{port}",
                         "--nair-key", str(data / "nair-key.json"),
                         "--fingerprint", fingerprint.group(1))  # fmt: skip
        checker.hostdesk("report", "monthly", *vault, "--month", month,
                         "--out", str(checker.run_dir / "submitted"), "--submit")  # fmt: skip
        checker.hostdesk("sync", "send", *vault)
        status = checker.hostdesk("sync", "status", *vault)
        expect(re.search(rf"{month}\s+r\d+\s+\S+\s+delivered", status) is not None,
               f"the bundle was not delivered:\n{status}")  # fmt: skip
    finally:
        log = stop(server)
    received = checker.nair("reports", "--data", str(data))
    expect(f"\t{month}\t" in received, f"the NAIR lists no report for {month}:\n{received}\n{log}")
    checker.step(f"monthly bundle {month} sent to the NAIR on loopback, accepted, receipt kept")


def gui_log(checker: Checker, vault_dir: Path, seconds: float) -> None:
    """The window starts offscreen and stays up; its log names the catalogue and the fonts."""
    window = subprocess.Popen(
        [str(checker.bin / "hostdesk"), "-v", "gui", "--vault", str(vault_dir)],
        cwd=checker.run_dir, env={**checker.env, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    time.sleep(seconds)
    alive = window.poll() is None
    log = stop(window)
    expect(alive, f"hostdesk gui stopped within {seconds} s:\n{log}")
    problems = [
        line for line in log.splitlines()
        if re.search(r"not found|missing|could not be loaded|Traceback|Error", line)
    ]  # fmt: skip
    expect(not problems, "the window's log shows a problem:\n" + "\n".join(problems))
    expect("translation hostdesk_pt_PT.ts loaded" in log, f"no Portuguese catalogue:\n{log}")
    fonts = re.search(r"bundled fonts registered: (.*)", log)
    expect(fonts is not None and "Ethiopic" in fonts.group(1) and "Arabic" in fonts.group(1),
           f"the bundled fonts were not registered:\n{log}")  # fmt: skip
    checker.step(f"hostdesk -v gui offscreen for {seconds:g} s: catalogue and fonts loaded")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--gui-seconds", type=float, default=6.0)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="hostdesk-installed-"))
    checker = Checker(work)
    checker.run_dir.mkdir()
    try:
        checker.step(f"building the sdist and the wheel from it, in {work}")
        wheel = build(checker)
        checker.step(f"installing {wheel.name} into a fresh virtual environment")
        install(checker, wheel)
        checker.step("installed")
        passphrase = work / "passphrase"
        passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
        vault_dir = checker.run_dir / "vault"
        vault = ["--vault", str(vault_dir), "--passphrase-file", str(passphrase)]
        _case, month = desktop_jobs(checker, vault)
        nair_round_trip(checker, vault, month)
        gui_log(checker, vault_dir, args.gui_seconds)
    except (CheckFailed, subprocess.CalledProcessError) as error:
        detail = getattr(error, "stderr", None) or ""
        print(f"installed-check FAILED: {error}\n{detail}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    checker.step("installed-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
