"""Build the standalone desktop app with PyInstaller, the same way on Linux, Windows and macOS.

``make bundle`` runs ``python scripts/bundle.py``: PyInstaller with
``packaging/hostdesk.spec`` into ``dist/hostdesk/`` (a folder that needs no
Python on the target machine), then an archive of it beside
(``dist/hostdesk-<version>-<os>-<arch>.tar.gz``, ``.zip`` on Windows), and the
sizes of both. ``make bundle-check`` adds ``--check``: from a temporary folder
with its own home, the bundle makes a demo vault, finds a case, writes its
family report (read back), reads the example spreadsheet (``import
--dry-run``) and starts its window offscreen three times, timing
each start until the unlock dialog is shown and checking the log for the
Portuguese catalogue and the bundled fonts. The CI workflows for Windows and
macOS (.github/workflows/bundle.yml) run this same script.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "packaging" / "hostdesk.spec"
DIST = REPO / "dist"
WORK = REPO / "build" / "pyinstaller"
EXE = ".exe" if os.name == "nt" else ""


class CheckFailed(RuntimeError):
    pass


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build() -> Path:
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)],
        check=True, cwd=REPO,
    )  # fmt: skip
    folder = DIST / "hostdesk"
    print(f"built {folder} in {time.monotonic() - started:.0f} s: {megabytes(folder_size(folder))}")
    return folder


def warn_about_missing_display_libraries() -> None:
    """Linux: libraries of Qt's xcb plugin missing here are missing from the bundle too."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return
    from hostdesk.ui.common import platform_check

    plugin = platform_check.plugin_file("xcb", os.environ)
    if plugin is None:
        return
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    missing = platform_check.missing_libraries(ldd)
    if missing:
        packages = " ".join(dict.fromkeys(map(platform_check.debian_package, missing)))
        print(
            f"warning: this machine lacks {', '.join(missing)}, so the bundle does not carry "
            f"them and the target machine will need them (sudo apt install {packages}); "
            "install them here before building to ship them inside."
        )


# Libraries left out on purpose (packaging/hostdesk.spec): Pillow's AVIF codec.
LEFT_OUT = ("pillow.libs/libavif",)
_EXTENSION = re.compile(r"(cpython-|abi3|\.pyd$|\.cp\d+-)")


def check_libraries_kept(folder: Path) -> None:
    """Every shared library a bundled package ships (not its Python extensions, which the
    imports decide) is in the bundle: ctypes-loaded ones (pypdfium2_raw's PDFium) are
    invisible to the linker-based trimming, and their absence only shows when they are used."""
    internal = folder / "_internal"
    site = Path(sysconfig.get_paths()["platlib"])
    missing = []
    for bundled in internal.iterdir():
        installed = site / bundled.name
        skipped = bundled.name in {"PySide6", "shiboken6"}  # trimmed on purpose
        if skipped or not bundled.is_dir() or not installed.is_dir():
            continue
        for library in installed.rglob("*"):
            relative = library.relative_to(site).as_posix()
            is_library = re.search(r"\.(so(\.\d+)*|dll|dylib)$", library.name) is not None
            if (
                is_library
                and not _EXTENSION.search(library.name)
                and not relative.startswith(LEFT_OUT)
                and not (internal / relative).exists()
            ):
                missing.append(relative)
    if missing:
        raise CheckFailed("the bundle lacks libraries its packages ship: " + ", ".join(missing))
    print("every shared library of the bundled packages is in the bundle")


def archive(folder: Path) -> Path:
    from hostdesk import __version__

    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, "os")
    stem = DIST / f"hostdesk-{__version__}-{system}-{platform.machine().lower()}"
    made = shutil.make_archive(str(stem), "zip" if os.name == "nt" else "gztar", DIST, folder.name)
    path = Path(made)
    print(f"archive {path.name}: {megabytes(path.stat().st_size)}")
    return path


def _run(exe: Path, *argv: str, cwd: Path, env: dict[str, str], ok: int = 0) -> str:
    done = subprocess.run([str(exe), *argv], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600)  # fmt: skip
    if done.returncode != ok:
        raise CheckFailed(f"{exe.name} {' '.join(argv)} exited {done.returncode}\n"
                          f"{done.stdout}{done.stderr}")  # fmt: skip
    return done.stdout


def time_window_start(exe: Path, vault: Path, cwd: Path, env: dict[str, str]) -> float:
    """Seconds from starting the bundle to its unlock dialog, offscreen; checks its log."""
    started = time.monotonic()
    window = subprocess.Popen(
        [str(exe), "-v", "gui", "--vault", str(vault)], cwd=cwd,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    assert window.stdout is not None
    log: list[str] = []
    shown: float | None = None
    for line in window.stdout:
        log.append(line)
        if "unlock dialog shown" in line:
            shown = time.monotonic() - started
            break
    window.terminate()
    try:
        rest, _ = window.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        window.kill()
        rest, _ = window.communicate()
    text = "".join(log) + (rest or "")
    if shown is None:
        raise CheckFailed(f"the window never showed its unlock dialog:\n{text}")
    problems = [line for line in text.splitlines()
                if re.search(r"not found|missing|could not be loaded|Traceback", line)]  # fmt: skip
    if problems:
        raise CheckFailed("the window's log shows a problem:\n" + "\n".join(problems))
    if "translation hostdesk_pt_PT.ts loaded" not in text or "Ethiopic" not in text:
        raise CheckFailed(f"the catalogue or the bundled fonts were not loaded:\n{text}")
    return shown


def check(folder: Path) -> None:
    from pypdf import PdfReader

    check_libraries_kept(folder)
    exe = folder / f"hostdesk{EXE}"
    with tempfile.TemporaryDirectory(prefix="hostdesk-bundle-") as tmp:
        work = Path(tmp)
        home = work / "home"
        # No Python of ours on the way: only the system's programs and the bundle.
        env = {key: value for key, value in os.environ.items()
               if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "HOSTDESK_"))}  # fmt: skip
        env.update(HOME=str(home), USERPROFILE=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                   XDG_DATA_HOME=str(home / ".local" / "share"), LANG="C.UTF-8")  # fmt: skip
        env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                      if not p.startswith(sys.prefix))  # fmt: skip
        started = time.monotonic()
        print(_run(exe, "--version", cwd=work, env=env).strip(),
              f"({time.monotonic() - started:.1f} s)")  # fmt: skip
        passphrase = work / "passphrase"
        passphrase.write_text("bundle-check-passphrase\n", encoding="utf-8")
        vault = ["--vault", str(work / "vault"), "--passphrase-file", str(passphrase)]
        _run(exe, "demo", *vault, "--families", "8", cwd=work, env=env)
        case = _run(exe, "search", *vault, "a", cwd=work, env=env).split("\t", 1)[0]
        pdf = work / "family.pdf"
        period = ["--from", "2024-01-01", "--to", "2030-12-31"]
        _run(exe, "report", "family", *vault, "--case", case, *period, "--out", str(pdf),
             "--lang", "pt", cwd=work, env=env)  # fmt: skip
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
        if "Relatório de acompanhamento" not in text:
            raise CheckFailed("the family report from the bundle lacks its title")
        # The import reads country names from Babel's CLDR data, which the spec trims.
        example = REPO / "docs" / "import-example.csv"
        imported = _run(exe, "import", *vault, "--dry-run", str(example), cwd=work, env=env)
        if "0 rows with errors" not in imported:
            raise CheckFailed(f"the example spreadsheet does not import cleanly:\n{imported}")
        print(f"demo vault, search, report family {case}, import --dry-run: done")
        starts = [time_window_start(exe, work / "vault", work, env) for _ in range(3)]
        print("window start to the unlock dialog, offscreen: "
              + ", ".join(f"{s:.1f} s" for s in starts)
              + f" (median {statistics.median(starts):.1f} s)")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="smoke-test the bundle after building")
    parser.add_argument("--no-build", action="store_true", help="check the bundle already built")
    args = parser.parse_args()
    started = time.monotonic()
    folder = DIST / "hostdesk"
    if not args.no_build:
        warn_about_missing_display_libraries()
        folder = build()
        archive(folder)
    if args.check:
        try:
            check(folder)
        except CheckFailed as error:
            print(f"bundle check FAILED: {error}", file=sys.stderr)
            return 1
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
