"""The command line's language follows the locale variables, from the app's own catalogue."""

from __future__ import annotations

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
