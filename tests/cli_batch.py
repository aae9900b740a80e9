"""Runs command lines in a fresh process, as ``hostdesk``, ``hostdesk-nair`` and ``hostdesk-hub``.

``python -m tests.cli_batch`` reads a JSON list of ``[program, [arguments…]]``
from stdin, runs each through the program's ``main`` in this one process (its
language comes from this process's own LANG, as a user's would) and prints a
JSON list of ``{"code", "out", "err"}``. Several commands share a process to
keep the suite quick: starting Python and importing the app takes 2–3 s here.
Only the key derivation is made fast, as the in-process CLI tests do.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Sequence
from contextlib import redirect_stderr, redirect_stdout
from typing import Any


def _mains() -> dict[str, Callable[[Sequence[str]], int]]:
    from hostdesk.cli.main import main as app
    from hostdesk.hub.cli import main as hub
    from hostdesk.nair import keystore
    from hostdesk.nair.cli import main as nair
    from hostdesk.storage import vault
    from hostdesk.storage.kdf import KDF_FLOOR

    vault.calibrate = lambda: KDF_FLOOR  # type: ignore[attr-defined]
    keystore.calibrate = lambda: KDF_FLOOR  # type: ignore[attr-defined]
    return {"hostdesk": app, "hostdesk-nair": nair, "hostdesk-hub": hub}


def run(jobs: list[tuple[str, list[str]]]) -> list[dict[str, Any]]:
    mains = _mains()
    results = []
    for program, args in jobs:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code: object = mains[program](args)
            except SystemExit as exit_:  # argparse's --help and usage errors
                code = exit_.code
        results.append({"code": code, "out": out.getvalue(), "err": err.getvalue()})
    return results


if __name__ == "__main__":
    from hostdesk.storage.kdf import cheap_derivation_for_tests

    with cheap_derivation_for_tests():  # as in the test process (tests/conftest.py)
        sys.stdout.write(json.dumps(run(json.loads(sys.stdin.read()))))
