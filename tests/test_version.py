"""``hostdesk --version`` says the version the package was built with, and its licence."""

from __future__ import annotations

from importlib.metadata import metadata

import pytest

from hostdesk import LICENCE, __version__
from hostdesk.cli.main import main


def test_version_and_licence(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"HostDesk {__version__} (EUPL-1.2)"
    installed = metadata("hostdesk")
    assert installed["Version"] == __version__  # pyproject reads it from hostdesk/__init__.py
    assert LICENCE == "EUPL-1.2" == installed["License-Expression"]
