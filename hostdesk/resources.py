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
    """A file HostDesk ships is not where it should be: a packaging fault, never the user's."""


def root() -> Traversable:
    """The folder that holds ``fonts/``, ``schemas/``, ``translations/`` and ``data/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:  # a PyInstaller bundle unpacks the package data here
        return Path(frozen) / "hostdesk" / "resources"
    packaged = _importlib_resources.files("hostdesk") / "resources"
    if packaged.is_dir():
        return packaged
    # A source checkout run without an install: the top-level folder of the project.
    return Path(__file__).resolve().parents[1] / "resources"


def resource(*parts: str) -> Traversable:
    """The shipped file at ``parts`` (for example ``resource("schemas", "x.json")``)."""
    found = root().joinpath(*parts)
    if not found.is_file():
        raise MissingResource("/".join(parts))
    return found


def read_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


@contextmanager
def as_path(*parts: str) -> Iterator[Path]:
    """A real file-system path for libraries that need one (fonts for reportlab and Qt)."""
    with _importlib_resources.as_file(resource(*parts)) as path:
        yield Path(path)
