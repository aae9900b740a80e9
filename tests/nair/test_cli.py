"""``hostdesk-nair`` as the NAIR's operator uses it: init, serve, register, list, export."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from hostdesk.nair.cli import main
from hostdesk.nair.export import COLUMNS
from hostdesk.nair.keystore import PUBLIC_FILE
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.sync.keys import NairPublicKeys
from tests.conftest import real_key_derivation
from tests.nair_support import NairService, make_entity, sample_report, seal_report
from tests.postgres_support import free_port

PASSPHRASE = "frase-passe do NAIR de teste"


@pytest.fixture
def nair_passphrase(tmp_path: Path) -> Path:
    path = tmp_path / "nair-passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    # The real calibration costs seconds; it is the same code with other numbers.
    monkeypatch.setattr("hostdesk.nair.keystore.calibrate", lambda: KDF_FLOOR)


def test_init_prints_the_fingerprint_of_the_public_key_file_and_refuses_a_second_time(
    tmp_path: Path, nair_passphrase: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "nair"
    args = ["init", "--data", str(data), "--name", "NAIR Sul", "--passphrase-file",
            str(nair_passphrase)]  # fmt: skip
    assert main(args) == 0
    out = capsys.readouterr().out
    public = NairPublicKeys.from_file_bytes((data / PUBLIC_FILE).read_bytes())
    assert public.name == "NAIR Sul"
    assert public.fingerprint() in out
    assert main(args) == 2
    assert "already exists" in capsys.readouterr().err


def test_init_refuses_a_short_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    short = tmp_path / "short.txt"
    short.write_text("curta\n")
    assert main(["init", "--data", str(tmp_path / "n"), "--passphrase-file", str(short)]) == 2
    assert "too short" in capsys.readouterr().err
    assert not (tmp_path / "n" / PUBLIC_FILE).exists()


def test_serve_runs_the_service_from_its_key_file(tmp_path: Path, nair_passphrase: Path) -> None:
    data = tmp_path / "nair"
    with real_key_derivation():  # the service below is a child process: the real cost
        assert main(["init", "--data", str(data), "--passphrase-file", str(nair_passphrase)]) == 0
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "hostdesk.nair.cli", "serve", "--data", str(data),
         "--port", str(port), "--passphrase-file", str(nair_passphrase)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "HOSTDESK_NAIR_DB": ""},
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                health = httpx.get(f"{url}/v1/health")
                break
            except httpx.TransportError:
                assert process.poll() is None, "the service stopped"
                assert time.monotonic() < deadline, "the service did not start"
                time.sleep(0.1)
        assert health.json() == {"status": "ok"}
        assert httpx.get(f"{url}/v1/key").content == (data / PUBLIC_FILE).read_bytes()
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=30)
    # uvicorn shuts down cleanly, then lets SIGTERM end the process as it would have.
    assert process.returncode in (0, -15), output
    assert "Finished server process" in output
    assert (data / "nair.sqlite3").exists()


def test_serve_with_the_wrong_passphrase_says_so(
    tmp_path: Path, nair_passphrase: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "nair"
    main(["init", "--data", str(data), "--passphrase-file", str(nair_passphrase)])
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("outra frase qualquer\n")
    assert main(["serve", "--data", str(data), "--passphrase-file", str(wrong)]) == 2
    assert "passphrase does not open" in capsys.readouterr().err


def test_register_entity_is_idempotent_and_a_new_key_needs_replace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "nair"
    data.mkdir()
    entity = make_entity("ent-cm-teste")
    enrollment = tmp_path / "enrollment.json"
    enrollment.write_bytes(entity.enrollment_bytes())
    register = ["register-entity", "--data", str(data), str(enrollment)]
    assert main(register) == 0
    out = capsys.readouterr().out
    assert entity.enrollment().fingerprint() in out
    assert "registered" in out
    assert main(register) == 0
    assert "unchanged" in capsys.readouterr().out

    enrollment.write_bytes(make_entity("ent-cm-teste").enrollment_bytes())  # a new key
    assert main(register) == 2
    assert "--replace" in capsys.readouterr().err
    assert main([*register, "--replace"]) == 0
    out = capsys.readouterr().out
    assert "replaced" in out
    assert entity.enrollment().fingerprint() in out  # the previous one, named

    assert main(["entities", "--data", str(data)]) == 0
    assert capsys.readouterr().out.count("ent-cm-teste") == 1


def test_register_entity_refuses_an_altered_enrollment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    enrollment = tmp_path / "enrollment.json"
    good = make_entity("ent-x").enrollment_bytes()
    enrollment.write_bytes(good.replace(b"ent-x", b"ent-y"))
    assert main(["register-entity", "--data", str(tmp_path), str(enrollment)]) == 2
    assert "altered" in capsys.readouterr().err


def test_reports_and_export_give_the_latest_revision_per_entity_and_month(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    service = NairService(tmp_path / "nair")  # SQLite in the folder the CLI reads by default
    north, south = make_entity("ent-norte"), make_entity("ent-sul", name="=Sul")
    with service:
        for entity in (north, south):
            service.register(entity)
        uploads = [
            (north, "2026-10", 1, 3), (north, "2026-10", 2, 4), (north, "2026-11", 1, 5),
            (south, "2026-10", 1, 6),
        ]  # fmt: skip
        for entity, month, revision, families in uploads:
            report = sample_report(month=month, revision=revision, entity=entity,
                                   families_followed=families)  # fmt: skip
            sealed = seal_report(entity, service.public_keys, month=month, revision=revision,
                                 report=report)  # fmt: skip
            assert httpx.post(f"{service.url}/v1/bundles", content=sealed.data).status_code == 201

    data = ["--data", str(service.data_dir)]
    assert main(["reports", *data]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[:3] for line in lines[1:-1]] == [
        ["ent-norte", "2026-10", "r1"], ["ent-norte", "2026-10", "r2 (latest)"],
        ["ent-norte", "2026-11", "r1 (latest)"], ["ent-sul", "2026-10", "r1 (latest)"],
    ]  # fmt: skip

    out = tmp_path / "national.csv"
    assert main(["export", *data, "--out", str(out)]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == COLUMNS
    got = [(r["entity_id"], r["month"], r["revision"], r["families_followed"]) for r in rows]
    assert got == [("ent-norte", "2026-10", "2", "4"), ("ent-norte", "2026-11", "1", "5"),
                   ("ent-sul", "2026-10", "1", "6")]  # fmt: skip
    assert rows[0]["members_with_sns_number_numerator"] == "9"
    assert rows[0]["members_with_sns_number_denominator"] == "12"
    assert rows[0]["working_age_in_training_education_or_employment_uncertain"] == "1"
    assert rows[2]["entity_name"] == "'=Sul"  # a spreadsheet shows it, never runs it


def test_register_entity_refuses_an_entity_id_no_bundle_could_carry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    enrollment = tmp_path / "enrollment.json"
    enrollment.write_bytes(make_entity("e" * 65).enrollment_bytes())
    assert main(["register-entity", "--data", str(tmp_path), str(enrollment)]) == 2
    assert "longer than 64" in capsys.readouterr().err


def test_files_are_private_whatever_the_umask(
    tmp_path: Path, nair_passphrase: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: the database and the national CSV were 0644 under umask 022."""
    import stat

    data = tmp_path / "nair"
    old = os.umask(0o022)
    try:
        assert main(["init", "--data", str(data), "--passphrase-file", str(nair_passphrase)]) == 0
        os.chmod(data, 0o755)  # an operator's loose folder is set right again
        entity = make_entity()
        enrollment = tmp_path / "enrollment.json"
        enrollment.write_bytes(entity.enrollment_bytes())
        assert main(["register-entity", "--data", str(data), str(enrollment)]) == 0
        exports = tmp_path / "exports"
        exports.mkdir()
        assert main(["export", "--data", str(data), "--out", str(exports / "nacional.csv")]) == 0
    finally:
        os.umask(old)
    capsys.readouterr()
    modes = {path.name: stat.S_IMODE(path.stat().st_mode) for path in data.iterdir()}
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert modes == {name: 0o600 for name in modes}
    assert {"nair.sqlite3", "nair-secret-key.json", PUBLIC_FILE} <= set(modes)
    assert stat.S_IMODE((exports / "nacional.csv").stat().st_mode) == 0o600


HOSTILE_NAMES = [
    "=Sul", "Associação;=HYPERLINK(\"http://exemplo.invalid\",\"abrir\")", "Norte,+1+2",
    "A; \"@SUM(1)", "B;\t-3+3", "C\n=1+1", "D,;=cmd", "\"; -2", "E,\"=F\"",
]


@pytest.mark.parametrize("separator", [",", ";"])
def test_no_cell_of_the_national_csv_starts_a_formula_with_either_separator(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], separator: str
) -> None:
    """Before: read with ';' (Portuguese spreadsheets), a crafted name started a cell with '='."""
    service = NairService(tmp_path / "nair")
    with service:
        for number, name in enumerate(HOSTILE_NAMES):
            entity = make_entity(f"ent-{number}", name=name, nair_code=f"{name[:20]}-{number}")
            service.register(entity)
            sealed = seal_report(entity, service.public_keys)
            assert httpx.post(f"{service.url}/v1/bundles", content=sealed.data).status_code == 201
    out = tmp_path / "national.csv"
    assert main(["export", "--data", str(service.data_dir), "--out", str(out)]) == 0
    capsys.readouterr()
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter=separator))
    assert len(rows) == 1 + len(HOSTILE_NAMES)  # no name broke a row in two
    cells = [cell for row in rows for cell in row]
    starts = [cell.lstrip(' "') for cell in cells]
    assert [c for c in starts if c[:1] in ("=", "+", "-", "@", "\t", "\r")] == []
    if separator == ",":  # read as written, each name is whole, guarded only where it must be
        names = {row[1] for row in csv.reader(out.open(newline="", encoding="utf-8"))}
        assert "'=Sul" in names
        assert 'Associação;\'=HYPERLINK("http://exemplo.invalid","abrir")' in names
