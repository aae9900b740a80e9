"""argparse's own words (headings, the -h line, its error messages) follow LANG."""

from __future__ import annotations

import argparse
import ast
import inspect

import pytest

from hostdesk import i18n_argparse
from hostdesk.i18n import translate


def _name(node: ast.expr) -> str:
    return node.id if isinstance(node, ast.Name) else ""


def _argparse_words() -> set[str]:
    """Every text the running Python's argparse marks with gettext."""
    words = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and _name(node.func) in ("_", "ngettext"):
            words |= {a.value for a in node.args if isinstance(a, ast.Constant)
                      and isinstance(a.value, str)}  # fmt: skip
    return words


def test_every_word_argparse_marks_is_translated_or_known_to_be_unseen() -> None:
    handled = {*i18n_argparse.all_templates(), *i18n_argparse.NOT_SHOWN}
    handled.add(i18n_argparse.ERROR + "\n")  # argparse's template ends in a newline
    missing = sorted(_argparse_words() - handled)
    assert missing == [], "a new Python's argparse has words to add to hostdesk/i18n_argparse.py"


def test_every_template_has_its_portuguese() -> None:
    for template in i18n_argparse.all_templates():
        assert translate("argparse", template, lang="pt") != template, template


def _parser() -> argparse.ArgumentParser:
    parser = i18n_argparse.ArgumentParser(prog="hostdesk")
    parser.add_argument("--version", action="version", version="1")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    demo = sub.add_parser("demo")
    demo.add_argument("--families", type=int)
    demo.add_argument("--lang", choices=("pt", "en"))
    demo.add_argument("--vault", required=True)
    return parser


@pytest.fixture
def portuguese(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "pt_PT.UTF-8")


@pytest.mark.usefixtures("portuguese")
def test_help_speaks_portuguese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _parser().parse_args(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("utilização: hostdesk [-h] [--version] COMMAND")
    assert "argumentos posicionais:" in out
    assert "opções:" in out
    assert "-h, --help  mostrar esta ajuda e sair" in out
    assert "mostrar a versão do programa e sair" in out
    assert "usage" not in out and "show this help" not in out


@pytest.mark.usefixtures("portuguese")
@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["demo", "--vault", "v", "--families", "três"],
         "hostdesk demo: erro: argumento --families: valor int inválido: 'três'"),
        (["demo", "--vault", "v", "--lang", "fr"],
         "hostdesk demo: erro: argumento --lang: escolha inválida: 'fr' (escolha entre 'pt', "
         "'en')"),
        (["demo"], "hostdesk demo: erro: são obrigatórios os seguintes argumentos: --vault"),
        (["demo", "--vault"], "hostdesk demo: erro: argumento --vault: esperava-se um argumento"),
        (["demo", "--vault", "v", "--nope"],
         "hostdesk: erro: argumentos não reconhecidos: --nope"),
        (["undo"], "hostdesk: erro: argumento COMMAND: escolha inválida: 'undo' (escolha entre "
                   "'demo')"),
    ],
)  # fmt: skip
def test_errors_speak_portuguese(
    args: list[str], sentence: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        _parser().parse_args(args)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("utilização: ")
    assert err.rstrip("\n").endswith(sentence)


def test_english_stays_argparse_own(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    with pytest.raises(SystemExit):
        _parser().parse_args(["demo", "--vault", "v", "--families", "três"])
    err = capsys.readouterr().err
    assert err.startswith("usage: hostdesk demo")
    assert err.rstrip("\n").endswith(
        "hostdesk demo: error: argument --families: invalid int value: 'três'"
    )


def test_an_unknown_message_passes_unchanged() -> None:
    assert i18n_argparse.message_text("something argparse never says") == (
        "something argparse never says"
    )
