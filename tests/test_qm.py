"""The catalogue compiled in memory is what lrelease would write, and Qt reads it."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from hostdesk import qm, resources

# Installed with PySide6 beside the python command (Scripts\ and .exe on Windows).
LRELEASE = Path(sysconfig.get_path("scripts")) / (
    "pyside6-lrelease" + (".exe" if sys.platform == "win32" else "")
)

# Every case lrelease treats specially: plurals, unfinished with and without text,
# obsolete and vanished entries, disambiguation comments (dropped when nothing else
# needs them, kept when a comment-less twin exists), characters outside the BMP,
# XML entities, an empty context.
TRICKY = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>Zeta</name>
    <message><source>Open</source><translation>Abrir</translation></message>
    <message><source>Open</source><comment>menu</comment><translation>Abrir…</translation></message>
    <message><source>Close</source><comment>door</comment><translation>Fechar</translation></message>
    <message><source>Close</source><comment>window</comment><translation>Fechar janela</translation></message>
    <message><source>Half</source><translation type="unfinished">Meio</translation></message>
    <message><source>Empty</source><translation type="unfinished"></translation></message>
    <message><source>Old</source><translation type="obsolete">Velho</translation></message>
    <message><source>Gone</source><translation type="vanished">Ido</translation></message>
</context>
<context>
    <name>Alpha</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n ficheiro</numerusform><numerusform>%n ficheiros</numerusform></translation>
    </message>
    <message><source>Name &amp; &lt;tag&gt; &apos;q&apos;</source><translation>Nome ኢትዮጵያ 𝄞 محمد</translation></message>
</context>
<context>
    <name></name>
    <message><source>Bare</source><comment>c</comment><translation>Nu</translation></message>
</context>
</TS>
"""  # noqa: E501


def _lrelease(ts: bytes, tmp_path: Path) -> bytes:
    source, target = tmp_path / "c.ts", tmp_path / "c.qm"
    source.write_bytes(ts)
    subprocess.run([str(LRELEASE), "-silent", str(source), "-qm", str(target)], check=True)
    return target.read_bytes()


@pytest.mark.parametrize(
    "ts",
    [resources.read_bytes("translations", "hostdesk_pt_PT.ts"), TRICKY.encode("utf-8")],
    ids=["shipped catalogue", "tricky catalogue"],
)
def test_compiled_bytes_are_lreleases(ts: bytes, tmp_path: Path) -> None:
    assert qm.compile_ts(ts) == _lrelease(ts, tmp_path)


def test_qt_translates_from_the_compiled_bytes(qapp: QCoreApplication) -> None:
    data = qm.compile_ts(TRICKY.encode("utf-8"))
    translator = QTranslator()
    assert translator.load(data)
    assert translator.translate("Zeta", "Open") == "Abrir"
    assert translator.translate("Zeta", "Close", "window") == "Fechar janela"
    assert translator.translate("Alpha", "%n file(s)", None, 1) == "%n ficheiro"
    assert translator.translate("Alpha", "%n file(s)", None, 3) == "%n ficheiros"
    assert translator.translate("Alpha", "Name & <tag> 'q'") == "Nome ኢትዮጵያ 𝄞 محمد"
    assert translator.translate("Zeta", "Old") == ""


def test_not_a_catalogue_is_refused() -> None:
    with pytest.raises(qm.CatalogueError):
        qm.compile_ts(b"<html/>")
    with pytest.raises(qm.CatalogueError):
        qm.compile_ts(b'<TS version="2.1" language="xx_YY"></TS>')
