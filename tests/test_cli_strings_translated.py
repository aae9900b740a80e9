"""Every sentence the command lines show goes through ``translate``: a new English-only one fails.

Read from the source (AST): the words inside ``print``, ``sys.stderr.write``,
``input`` and ``getpass`` calls, argparse's ``help=``, ``description=`` and
``epilog=``, and the messages of errors the command-line modules raise, must sit
inside a ``translate(...)`` or ``QT_TRANSLATE_NOOP(...)`` call. Data (names,
paths, numbers) passes as variables; only the programs' own names may stand bare.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MODULES = sorted(
    [
        *(REPO / "hostdesk" / "cli").glob("*.py"),
        REPO / "hostdesk" / "nair" / "cli.py",
        REPO / "hostdesk" / "hub" / "cli.py",
    ]
)
MARKERS = {"translate", "QT_TRANSLATE_NOOP"}
# An error shown as it is would be English: its sentence goes through one of these.
ERROR_TEXTS = {"message_text", "sentence_text", "message", "os_error_text"}
ERROR_NAMES = {"error", "exc", "err"}
SHOWING = {"print", "input", "getpass", "write"}  # write: sys.stderr.write / sys.stdout.write
ARGPARSE_TEXTS = {"help", "description", "epilog", "usage"}
PROGRAM_NAMES = re.compile(r"hostdesk-nair|hostdesk-hub|hostdesk|HostDesk")
WORD = re.compile(r"[A-Za-z]{2,}")


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _english_literals(node: ast.AST) -> list[str]:
    """String pieces with words in them, outside any translate(...) call."""
    if isinstance(node, ast.Call) and _name(node.func) in MARKERS:
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        bare = PROGRAM_NAMES.sub("", node.value)
        return [node.value] if WORD.search(bare) else []
    found: list[str] = []
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.keyword) and child.arg in {"file", "end", "sep", "flush"}:
            continue
        found += _english_literals(child)
    return found


def _bare_errors(node: ast.AST) -> list[str]:
    """Errors shown as they are (f"{error}", str(error)) rather than through message_text."""
    if isinstance(node, ast.Call) and _name(node.func) in ERROR_TEXTS | MARKERS:
        return []
    if isinstance(node, ast.Name) and node.id in ERROR_NAMES:
        return [f"{{{node.id}}} shown untranslated"]
    found: list[str] = []
    for child in ast.iter_child_nodes(node):
        found += _bare_errors(child)
    return found


def _untranslated(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    problems = []
    for node in ast.walk(tree):
        shown: list[ast.AST] = []
        if isinstance(node, ast.Call):
            name = _name(node.func)
            if name in SHOWING:
                shown += node.args
            shown += [k.value for k in node.keywords if k.arg in ARGPARSE_TEXTS]
        elif isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            shown += node.exc.args
        for part in shown:
            for text in [*_english_literals(part), *_bare_errors(part)]:
                problems.append(f"{path.name}:{node.lineno}: {text!r}")
    return problems


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_message_goes_through_translate(path: Path) -> None:
    assert _untranslated(path) == []


def test_the_check_finds_an_english_only_message(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import sys\n"
        "def f(p, x):\n"
        "    print(f'Vault created in {x}.')\n"
        "    print(translate('cli', 'Vault created in %1.'))\n"
        "    print(f'hostdesk: {x}', file=sys.stderr)\n"
        "    p.add_argument('--out', help='file to write')\n"
        "    p.add_argument('--in', help=translate('cli', 'file to read'))\n"
        "    raise ValueError('not a date')\n"
        "    print(f'hostdesk: {error}', file=sys.stderr)\n"
        "    print(f'hostdesk: {message_text(error)}', file=sys.stderr)\n",
        encoding="utf-8",
    )
    found = _untranslated(sample)
    assert sorted(line.split(": ", 1)[1] for line in found) == [
        "'Vault created in '", "'file to write'", "'not a date'", "'{error} shown untranslated'"
    ]  # fmt: skip
