"""A start without the libraries Qt's display plugin needs says which packages to install."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from hostdesk.ui.common import platform_check as check

# What ldd printed for PySide6 6.11.3's libqxcb.so on Debian 12 with Xvfb (abridged): the
# situation of issue 15, where Qt's own message named a library that was installed.
LDD_ON_DEBIAN = """\
\tlinux-vdso.so.1 (0x00007ffd5f1d2000)
\tlibQt6XcbQpa.so.6 => /opt/hd/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x7f95)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f95475e2000)
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f93505af000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f935110c000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-image.so.0 => /lib/x86_64-linux-gnu/libxcb-image.so.0 (0x00007f954757a000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f95469d6000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f9351276000)
"""

QT_LIB = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
QT_PLATFORMS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
linux_with_ldd = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="needs Linux ldd"
)


def test_the_sentence_built_from_real_ldd_output() -> None:
    missing = check.missing_libraries(LDD_ON_DEBIAN)
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    english = check.missing_message("xcb", missing, "en")
    assert english == (
        "HostDesk cannot open its window: Qt's xcb display plugin needs libxcb-icccm.so.4, "
        "libxcb-keysyms.so.1, which this system lacks; on Debian or Ubuntu install them with: "
        "sudo apt install libxcb-icccm4 libxcb-keysyms1"
    )
    portuguese = check.missing_message("xcb", missing, "pt")
    assert portuguese.startswith("O HostDesk não consegue abrir a janela")
    assert portuguese.endswith("sudo apt install libxcb-icccm4 libxcb-keysyms1")


def test_the_platforms_qt_tries() -> None:
    assert check.platform_candidates({}) == ["xcb"]
    assert check.platform_candidates({"QT_QPA_PLATFORM": "wayland;xcb"}) == ["wayland", "xcb"]
    assert check.platform_candidates({"QT_QPA_PLATFORM": "vnc:size=800x600"}) == ["vnc"]
    assert check.platform_candidates({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}) == [
        "wayland", "xcb",
    ]  # fmt: skip
    assert check.platform_candidates({}, ["hostdesk", "-platform", "offscreen"]) == ["offscreen"]


@linux_with_ldd
@pytest.mark.skipif(shutil.which("dpkg") is None, reason="the package names are Debian's")
def test_package_names_are_those_dpkg_says_own_the_libraries() -> None:
    """Every library the display plugins find on this machine, named as dpkg names its owner."""
    found: dict[str, str] = {}  # real path -> soname
    for plugin in ("xcb", "wayland", "offscreen"):
        ldd = subprocess.run(["ldd", str(QT_PLATFORMS / f"libq{plugin}.so")],
                             capture_output=True, text=True, check=True).stdout  # fmt: skip
        for line in ldd.splitlines():
            soname, _, path = line.strip().partition(" => ")
            path = path.rsplit(" (", 1)[0]
            if path.startswith("/") and not path.startswith(str(QT_LIB.parent.parent)):
                found[os.path.realpath(path)] = soname  # Qt's own libraries left out
    # dpkg knows a file by the path its package installed (/lib or /usr/lib: merged /usr).
    asked = {variant: real for real in found
             for variant in (real, real.removeprefix("/usr"), "/usr" + real)}  # fmt: skip
    listing = subprocess.run(["dpkg", "-S", *asked], capture_output=True, text=True).stdout
    owners = {}
    for line in listing.splitlines():
        package, _, path = line.partition(": ")
        if path in asked:
            owners[found[asked[path]]] = package.split(":")[0]
    assert len(owners) > 20
    for soname, owner in owners.items():
        assert owner.removesuffix("t64") == check.debian_package(soname), soname


def _hide(library: str, tmp_path: Path) -> dict[str, str]:
    """Copies of the xcb plugin and its Qt library that need ``library`` under a soname no
    system has, so that the loader cannot find it: as if its package were not installed."""
    hidden = library[:-1] + "7"  # same length: the copy's string table keeps its layout
    platforms, lib = tmp_path / "plugins" / "platforms", tmp_path / "lib"
    platforms.mkdir(parents=True)
    lib.mkdir()
    for source, target in ((QT_PLATFORMS / "libqxcb.so", platforms / "libqxcb.so"),
                           (QT_LIB / "libQt6XcbQpa.so.6", lib / "libQt6XcbQpa.so.6")):  # fmt: skip
        data = source.read_bytes()
        needle = library.encode() + b"\0"
        assert needle in data, f"{source.name} no longer needs {library}"
        target.write_bytes(data.replace(needle, hidden.encode() + b"\0"))
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    env.update(
        QT_QPA_PLATFORM="xcb", QT_QPA_PLATFORM_PLUGIN_PATH=str(platforms), DISPLAY=":97",
        LD_LIBRARY_PATH=os.pathsep.join([str(lib), str(QT_LIB)]), LANG="pt_PT.UTF-8",
        HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
    )  # fmt: skip
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    return env


@linux_with_ldd
@pytest.mark.skipif(not (QT_LIB / "libQt6XcbQpa.so.6").is_file(), reason="no xcb plugin")
def test_a_hidden_library_gives_the_sentence_instead_of_qts_abort(tmp_path: Path) -> None:
    env = _hide("libxcb-cursor.so.0", tmp_path)
    # Qt alone, given the same system, aborts: the library really cannot be loaded.
    bare = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtWidgets import QApplication; QApplication([])"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert bare.returncode != 0
    assert 'Could not load the Qt platform plugin "xcb"' in bare.stderr

    started = subprocess.run(
        [sys.executable, "-c", "import sys; from hostdesk.cli.main import main; sys.exit(main())",
         "gui"],
        env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert started.returncode == 1
    assert "Could not load the Qt platform plugin" not in started.stderr
    portuguese, english = started.stderr.strip().splitlines()
    assert portuguese.startswith("O HostDesk não consegue abrir a janela: ")
    assert english.startswith("HostDesk cannot open its window: Qt's xcb display plugin needs ")
    for sentence in (portuguese, english):
        assert "libxcb-cursor.so.7" in sentence
        assert sentence.endswith("libxcb-cursor7") or " libxcb-cursor7 " in sentence


def test_no_display_is_said_in_one_sentence(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux") or check.plugin_file("xcb", {}) is None:
        pytest.skip("needs Linux and the xcb plugin")
    if check.startup_problem({"QT_QPA_PLATFORM": "xcb"}, []) is not None and shutil.which("ldd"):
        ldd = subprocess.run(["ldd", str(check.plugin_file("xcb", {}))],
                             capture_output=True, text=True).stdout  # fmt: skip
        if check.missing_libraries(ldd):
            pytest.skip("this machine lacks xcb libraries: the other sentence comes first")
    problem = check.startup_problem({}, [])
    assert problem is not None
    assert "there is no graphical display" in problem
