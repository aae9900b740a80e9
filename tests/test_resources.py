"""Every file the code asks for ships, and a missing one is said as a packaging fault.

The wheel itself is checked by ``scripts/installed_check.py`` (``make test``):
installed in a fresh environment outside the repository, it makes the reports
and starts the window.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hostdesk import qm, resources
from hostdesk.cli.main import main
from hostdesk.reports import fonts
from hostdesk.sync.bundle import SUPPORTED_SCHEMAS
from hostdesk.ui.common.preferences import LANGUAGES
from hostdesk.ui.common.translations import catalogue_name

PACKAGE = Path(__file__).resolve().parents[1] / "hostdesk"


def test_every_named_resource_ships() -> None:
    for filename in fonts._FILES.values():
        assert resources.read_bytes(fonts.FONTS, filename)[:4] == b"\x00\x01\x00\x00"
    assert "SIL OPEN FONT LICENSE" in resources.read_text(fonts.FONTS, "OFL.txt").upper()
    for schema in SUPPORTED_SCHEMAS:
        assert '"$schema"' in resources.read_text("schemas", f"{schema}.json")
    for language in LANGUAGES:
        if language != "en":  # English is the source text
            assert qm.compile_ts(resources.read_bytes("translations", catalogue_name(language)))


def test_nothing_but_resources_py_builds_a_path_to_shipped_files() -> None:
    # A path built from __file__ works in a clone and breaks in a wheel or a bundle.
    pattern = re.compile(r"__file__[^\n]*\n?[^\n]*[\"'](resources|fonts|schemas|translations)")
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "resources.py" and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_a_missing_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "root", lambda: tmp_path)
    with pytest.raises(resources.MissingResource) as missing:
        resources.read_text("schemas", "monthly-report-v1.json")
    assert str(missing.value) == "schemas/monthly-report-v1.json"
    with pytest.raises(resources.MissingResource):
        resources.names("fonts")


def test_the_cli_says_a_missing_shipped_file_in_one_sentence(
    vault_dir: Path,
    passphrase_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["demo", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file),
                 "--families", "3"]) == 0  # fmt: skip
    capsys.readouterr()
    empty = tmp_path / "no-resources"
    empty.mkdir()
    monkeypatch.setattr(resources, "root", lambda: empty)
    monkeypatch.setattr(fonts, "_registered", False)  # as in a process that never drew a PDF
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    code = main(["report", "monthly", "--vault", str(vault_dir),
                 "--passphrase-file", str(passphrase_file), "--month", "2026-01",
                 "--out", str(tmp_path / "out")])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 3, err
    # Whichever shipped file the report reads first (a data table, a font) is named.
    assert re.match(r"hostdesk: This copy of HostDesk is incomplete: the file [\w/.-]+ it ", err)
    assert "fault of the package, not of your data" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
