"""Where HostDesk's shipped files are: fonts, schemas, translations and data tables.

The one place that answers "where is resource X" (as qutebrowser's
``utils/resources.py`` does). Everything else asks here, so the same code works
from a clone, an installed wheel and a frozen bundle. In the wheel the
top-level ``resources/`` folder becomes the ``hostdesk.resources`` package
data; in a clone the same folder is reached through the same name.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources as _importlib_resources
from importlib.resources.abc import Traversable
from pathlib import Path


class MissingResource(LookupError):
    """A file HostDesk ships is not where it should be: a packaging fault, never the user's.

    ``str()`` is the file's path inside the resources (``fonts/NotoSans-Regular.ttf``).
    """


def root() -> Traversable:
    """The folder that holds ``fonts/``, ``schemas/``, ``translations/`` and ``data/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:  # a PyInstaller bundle unpacks the package data here
        return Path(frozen) / "hostdesk" / "resources"
    packaged = _importlib_resources.files("hostdesk") / "resources"
    if packaged.is_dir():
        return packaged
    # A source checkout (a clone, or the editable install ``make`` uses: setuptools'
    # editable finder maps packages, not data folders) reads the top-level folder the
    # build copies. Only there: an installed package never looks outside itself, so a
    # wheel that lacks a file fails, as it must, and is never masked.
    checkout = Path(__file__).resolve().parents[1]
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources").is_dir():
        return checkout / "resources"
    return packaged


def resource(*parts: str) -> Traversable:
    """The shipped file at ``parts`` (for example ``resource("schemas", "x.json")``)."""
    found = root().joinpath(*parts)
    if not found.is_file():
        raise MissingResource("/".join(parts))
    return found


def names(*parts: str, suffix: str = "") -> list[str]:
    """The files in the shipped folder ``parts`` whose names end in ``suffix``, sorted."""
    folder = root().joinpath(*parts)
    if not folder.is_dir():
        raise MissingResource("/".join(parts))
    return sorted(
        entry.name for entry in folder.iterdir() if entry.is_file() and entry.name.endswith(suffix)
    )


def read_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


@contextmanager
def as_path(*parts: str) -> Iterator[Path]:
    """A real file-system path for libraries that need one (fonts for reportlab and Qt)."""
    with _importlib_resources.as_file(resource(*parts)) as path:
        yield Path(path)
