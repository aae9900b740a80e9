"""The command line's language follows the locale variables, from the app's own catalogue."""

from __future__ import annotations

import errno
from datetime import UTC, date, datetime

import pytest

from hostdesk import i18n, resources


def test_language_follows_gettext_order() -> None:
    assert i18n.language({"LANG": "pt_PT.UTF-8"}) == "pt"
    assert i18n.language({"LANG": "en_GB.UTF-8"}) == "en"
    assert i18n.language({"LC_ALL": "en_US.UTF-8", "LANG": "pt_PT.UTF-8"}) == "en"
    assert i18n.language({"LC_MESSAGES": "pt_BR.UTF-8", "LANG": "C"}) == "pt"
    assert i18n.language({}) == "en"


def test_translate_reads_the_window_catalogue() -> None:
    # A string the window already translates: the CLI gets the same words from the same file.
    assert i18n.translate("MainWindow", "Reports", lang="pt") == "Relatórios"
    assert i18n.translate("MainWindow", "Reports", lang="en") == "Reports"
    assert i18n.translate("cli", "No such sentence anywhere", lang="pt") == (
        "No such sentence anywhere"
    )


def test_shipped_catalogue_is_found_as_a_resource() -> None:
    assert b"<TS" in resources.read_bytes("translations", "hostdesk_pt_PT.ts")


def test_fill_replaces_every_slot_once() -> None:
    assert i18n.fill("%1 of %2, %1 again", "a%2", 3) == "a%2 of 3, a%2 again"
    assert i18n.fill("%(prog)s: %(message)s", prog="hostdesk", message="50%") == "hostdesk: 50%"


def test_a_message_is_matched_back_to_its_template() -> None:
    template = "The NAIR at %1 could not be reached (%2); check the address and the network."
    message = "The NAIR at https://n.example could not be reached (ConnectError); check the " \
        "address and the network."  # fmt: skip
    assert i18n.match_template(message, template) == {"1": "https://n.example", "2": "ConnectError"}
    assert i18n.match_template("Something else.", template) is None
    assert i18n.match_template("argument --x: expected one argument",
                               "argument %(argument_name)s: %(message)s") == {
        "argument_name": "--x", "message": "expected one argument"}  # fmt: skip


def test_translate_message_keeps_the_details(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "pt_PT.UTF-8")
    templates = ("There is no case %1 in this vault.",)
    message = "There is no case HD-2026-00001 in this vault."
    translated = i18n.translate_message("Errors", message, templates)
    assert translated == "Não existe nenhum processo HD-2026-00001 neste cofre."
    assert i18n.translate_message("Errors", "Not a template.", templates) is None


def test_numbers_sizes_and_dates_in_each_language() -> None:
    assert i18n.format_number(12345, lang="pt") == "12\u00a0345"
    assert i18n.format_number(12345, lang="en") == "12,345"
    assert i18n.format_size(9_500_000, lang="pt") == "9,5 MB"
    assert i18n.format_size(9_500_000, lang="en") == "9.5 MB"
    assert i18n.format_size(20_000_000, lang="pt") == "20 MB"
    assert i18n.format_size(1_234, lang="pt") == "1,2 kB"
    assert i18n.format_size(512, lang="en") == "512 bytes"
    assert i18n.format_date(date(2026, 12, 5), lang="pt") == "05/12/2026"
    moment = datetime(2026, 12, 5, 14, 30, tzinfo=UTC)
    local = moment.astimezone()
    assert i18n.format_moment(moment) == f"{local:%d/%m/%Y %H:%M}"


def test_the_systems_reasons_are_translated(monkeypatch: pytest.MonkeyPatch) -> None:
    missing = FileNotFoundError(errno.ENOENT, "No such file or directory")
    monkeypatch.setenv("LC_ALL", "pt_PT.UTF-8")
    assert i18n.os_error_text(missing) == "o ficheiro ou a pasta não existe"
    assert i18n.os_error_text(OSError(errno.EMLINK, "Too many links")) == "Too many links"
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert i18n.os_error_text(missing) == "No such file or directory"
