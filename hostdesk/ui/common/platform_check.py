"""Before the window: can Qt load its display plugin? If not, say which packages to install.

When a library the platform plugin needs is missing, Qt aborts the process
with "Could not load the Qt platform plugin "xcb"" and, since Qt 6.5, a hint
that names ``libxcb-cursor0`` even when that one is installed and others are
not. On a Debian machine the libraries really missing (``libxcb-icccm4``,
``libxcb-keysyms1``) were found only with ``ldd``. So, on Linux, before the
QApplication exists, the plugin Qt will pick is checked with ``ldd`` and the
libraries it reports "not found" become one sentence, in Portuguese and in
English, naming the Debian/Ubuntu packages that hold them.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo

from hostdesk.i18n import language, translate

log = logging.getLogger(__name__)

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)
_SONAME = re.compile(r"^(?P<base>.+?)\.so\.(?P<version>[\d.]+)$")

# Debian names a library package after its soname (libxcb-icccm.so.4 → libxcb-icccm4;
# a "-" before the version when the name ends in a digit: libxkbcommon-x11.so.0 →
# libxkbcommon-x11-0). These break the rule; checked against dpkg -S by the tests.
_PACKAGE_EXCEPTIONS = {
    "libGLdispatch.so.0": "libglvnd0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libz.so.1": "zlib1g",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libgcc_s.so.1": "libgcc-s1",
    "libdl.so.2": "libc6",
    "libm.so.6": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
}


# Marked for pyside6-lupdate here; translated at run time into both languages.
_MISSING = QT_TRANSLATE_NOOP(
    "Startup",
    "HostDesk cannot open its window: Qt's %1 display plugin needs %2, which this system "
    "lacks; on Debian or Ubuntu install them with: sudo apt install %3",
)
_NO_DISPLAY = QT_TRANSLATE_NOOP(
    "Startup",
    "HostDesk cannot open its window: there is no graphical display (DISPLAY and "
    "WAYLAND_DISPLAY are not set); start it from a desktop session.",
)


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` reports "not found", each once, in its order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships the library ``soname``."""
    if soname in _PACKAGE_EXCEPTIONS:
        return _PACKAGE_EXCEPTIONS[soname]
    match = _SONAME.match(soname)
    if match is None:
        return soname
    base, version = match["base"].lower(), match["version"]
    return f"{base}-{version}" if base[-1].isdigit() else f"{base}{version}"


def platform_candidates(environ: Mapping[str, str], argv: Sequence[str] = ()) -> list[str]:
    """The platform plugins Qt will try, in its order (qguiapplication.cpp's rules)."""
    chosen = ""
    if "-platform" in argv[:-1]:
        chosen = argv[list(argv).index("-platform") + 1]
    chosen = chosen or environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return [name.split(":", 1)[0] for name in chosen.split(";") if name]
    order = []
    session = environ.get("XDG_SESSION_TYPE", "")
    if environ.get("DISPLAY") or session == "x11":
        order.append("xcb")
    if environ.get("WAYLAND_DISPLAY") or session == "wayland":
        order.insert(0, "wayland")
    return order or ["xcb"]


def plugin_file(name: str, environ: Mapping[str, str]) -> Path | None:
    given = environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "")
    folders = [Path(p) for p in given.split(os.pathsep) if p]
    folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms")
    for folder in folders:
        candidate = folder / f"libq{name}.so"
        if candidate.is_file():
            return candidate
    return None


def missing_message(platform: str, sonames: Sequence[str], lang: str) -> str:
    """One sentence naming the missing libraries and the packages to install."""
    packages = " ".join(dict.fromkeys(debian_package(s) for s in sonames))
    return (
        translate("Startup", _MISSING, lang=lang)
        .replace("%1", platform)
        .replace("%2", ", ".join(sonames))
        .replace("%3", packages)
    )


def no_display_message(lang: str) -> str:
    return translate("Startup", _NO_DISPLAY, lang=lang)


def _both_languages(build: Callable[[str], str]) -> str:
    """The sentence in the user's language, then in the other (the locale may be wrong here)."""
    order = ("pt", "en") if language() == "pt" else ("en", "pt")
    return "\n".join(build(lang) for lang in order)


def startup_problem(
    environ: Mapping[str, str] | None = None, argv: Sequence[str] | None = None
) -> str | None:
    """The sentence (Portuguese and English) that stops the start, or None if Qt can start."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None  # Windows and macOS plugins ship with everything they need
    ldd = shutil.which("ldd")
    candidates = platform_candidates(env, sys.argv if argv is None else argv)
    first_missing: tuple[str, list[str]] | None = None
    for name in candidates:
        plugin = plugin_file(name, env)
        if plugin is None or ldd is None:
            return _display_problem(name, env)  # Qt will say itself what it cannot find
        done = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, env=dict(env), timeout=30
        )
        missing = missing_libraries(done.stdout)
        if not missing:
            return _display_problem(name, env)
        log.debug("Qt platform plugin %s lacks %s", name, ", ".join(missing))
        first_missing = first_missing or (name, missing)
    assert first_missing is not None
    platform, missing = first_missing
    return _both_languages(lambda lang: missing_message(platform, missing, lang))


def _display_problem(platform: str, env: Mapping[str, str]) -> str | None:
    if platform == "xcb" and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return _both_languages(no_display_message)
    return None


def plugin_packages(platform: str = "xcb") -> list[str]:
    """Every Debian/Ubuntu package the platform plugin's libraries come from, found or not
    (Qt's own libraries, shipped with PySide6, left out): the list the README gives."""
    plugin = plugin_file(platform, os.environ)
    if plugin is None:
        return []
    qt_root = plugin.parents[2]
    packages = set()
    done = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=30)
    for line in done.stdout.splitlines():
        soname, arrow, where = line.strip().partition(" => ")
        if arrow and not os.path.realpath(where.rsplit(" (", 1)[0]).startswith(str(qt_root)):
            packages.add(debian_package(soname))
    return sorted(packages)


if __name__ == "__main__":  # python -m hostdesk.ui.common.platform_check [platform]
    print("sudo apt install " + " ".join(plugin_packages(*sys.argv[1:2])))
