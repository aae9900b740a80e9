"""The errors' sentences: one table for the window and the command line, kept in step with the code.

The storage, sync, report and service layers raise English sentences; the
command lines translate them by matching them back to templates. These tests
check that every template is still a sentence the code raises (so a reworded
message fails here, not silently in English), and that the window and the
command line read the same table.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from hostdesk import errors_text, services_text
from hostdesk.errors_sentences import SENTENCES
from hostdesk.i18n import translate
from hostdesk.storage import errors as e

REPO = Path(__file__).resolve().parents[1]
RAISING = ("storage", "sync", "reports", "nair", "hub", "serving")
_SLOT = re.compile(r"%[1-9]")


def _source_patterns() -> list[re.Pattern[str]]:
    """Every string and f-string the raising layers hold, with {…} as "anything"."""
    patterns = []
    for package in RAISING:
        for path in (REPO / "hostdesk" / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.JoinedStr):
                    words = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
                    if len(words) < 8:  # f"{error}" would match anything
                        continue
                    parts = [re.escape(v.value) if isinstance(v, ast.Constant) else ".+"
                             for v in node.values]  # fmt: skip
                    patterns.append(re.compile("".join(parts), re.DOTALL))
                elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                    patterns.append(re.compile(re.escape(node.value), re.DOTALL))
    return patterns


@pytest.fixture(scope="module")
def source_patterns() -> list[re.Pattern[str]]:
    return _source_patterns()


@pytest.mark.parametrize("template", [*SENTENCES, *services_text.SENTENCES])
def test_each_template_is_still_raised_somewhere(
    template: str, source_patterns: list[re.Pattern[str]]
) -> None:
    # A slot in the template stands where the code puts a value: any text will do there.
    example = _SLOT.sub("x", template)
    assert any(p.fullmatch(example) for p in source_patterns), (
        "no code raises this sentence any more: reword the template as the code does"
    )


def test_a_reworded_sentence_is_noticed(source_patterns: list[re.Pattern[str]]) -> None:
    assert any(p.fullmatch("There is no case x in this vault.") for p in source_patterns)
    assert not any(p.fullmatch("There is no such case x in this vault.") for p in source_patterns)


@pytest.mark.parametrize("template", [*SENTENCES, *services_text.SENTENCES])
def test_each_template_has_its_portuguese_with_the_same_slots(template: str) -> None:
    portuguese = translate("Errors", template, lang="pt")
    assert portuguese != template
    assert sorted(_SLOT.findall(portuguese)) == sorted(_SLOT.findall(template))


@pytest.fixture
def portuguese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "pt_PT.UTF-8")


@pytest.mark.usefixtures("portuguese")
def test_the_command_line_gets_the_sentence_with_its_details() -> None:
    error = e.UnknownUser("This vault has several users (ana, rui); say which one you are.")
    assert errors_text.message_text(error) == (
        "Este cofre tem vários utilizadores (ana, rui); indique qual deles é o seu."
    )


@pytest.mark.usefixtures("portuguese")
def test_a_sentence_without_template_falls_back_to_its_kinds() -> None:
    error = e.HeaderCorrupt("some wording no template has")
    assert errors_text.message_text(error) == translate(
        "Errors", errors_text.KIND_SENTENCES[9][1], lang="pt"
    )
    assert errors_text.message_text(e.VaultError("Unknown words.")) == "Unknown words."


@pytest.mark.usefixtures("portuguese")
def test_a_sentence_inside_a_sentence_is_translated_too() -> None:
    problem = "receipt 2: This is not a NAIR receipt, or it is damaged."
    assert errors_text.sentence_text(problem) == (
        "recibo 2: Isto não é um recibo do NAIR, ou está danificado."
    )


@pytest.mark.usefixtures("portuguese")
def test_verify_names_a_table_by_what_it_holds() -> None:
    """hostdesk verify's findings name a row's table: in Portuguese, by what it holds."""
    finding = "member 2 was changed outside HostDesk (after entry 40)"
    assert errors_text.sentence_text(finding) == (
        "pessoa 2: registo alterado fora do HostDesk (depois da entrada 40)"
    )
    assert errors_text.sentence_text("follow_up_task 7 was deleted at entry 3 and is back") == (
        "tarefa de seguimento 7: registo apagado na entrada 3 que voltou a aparecer"
    )


def test_each_table_verify_names_has_its_portuguese() -> None:
    from hostdesk.errors_sentences import TABLES
    from hostdesk.storage.audit_rows import COVERED

    assert set(TABLES) == set(COVERED)


def test_english_keeps_the_errors_own_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    error = e.UnknownUser("This vault has several users (ana, rui); say which one you are.")
    assert errors_text.message_text(error) == str(error)


def test_the_window_reads_the_same_table_through_its_own_translator() -> None:
    seen: list[tuple[str, str]] = []

    def translator(context: str, text: str) -> str:
        seen.append((context, text))
        return f"<{text}>"

    sentence = errors_text.vault_error_sentence(e.WrongPassphrase("x"), translator)
    assert seen == [("Errors", errors_text.KIND_SENTENCES[0][1])]
    assert sentence == f"<{errors_text.KIND_SENTENCES[0][1]}>"
    assert errors_text.vault_error_sentence(e.VaultError("own words"), translator) == "own words"
