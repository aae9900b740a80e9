"""The Team tab's USB-stick exchange: the sentences that say what a team file carried, and
the room check before one is written.

A file may carry documents (scans up to 20 MB each), so it is built first, then its size
is known: a stick without room for it is said before anything is written, and a large file
is announced and confirmed.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from hostdesk.sync.team.files import Exported, Imported
from hostdesk.ui.common.numbers import format_number, format_size

CONFIRM_ABOVE = 100 * 1000 * 1000  # a file this large is announced before it is written
_ROOM_MARGIN = 1024 * 1024  # the file system's own bookkeeping


def free_bytes(target: Path) -> int | None:
    """Room left where ``target`` goes (None: the folder cannot be asked)."""
    try:
        return shutil.disk_usage(target.parent).free
    except OSError:
        return None


def no_room(target: Path, size: int) -> str:
    """The sentence for a stick (or folder) without room for the file, or ""."""
    free = free_bytes(target)
    if free is None or free >= size + _ROOM_MARGIN:
        return ""
    text = QCoreApplication.translate(
        "TeamFiles",
        "There is not enough room in %1: the file needs %2 and %3 are free. Use another USB "
        "stick or free some space; nothing was written.",
    )
    return fill(text, str(target.parent), format_size(size), format_size(free))


def before_writing(exported: Exported) -> str:
    """What a large file holds, asked before it is written."""
    text = QCoreApplication.translate(
        "TeamFiles", "The file will be %1 (documents: %2, %3). Write it?"
    )
    return fill(text, format_size(len(exported.data)), format_number(exported.documents),
                format_size(exported.documents_size))  # fmt: skip


def exported_text(exported: Exported, target: Path) -> str:
    text = QCoreApplication.translate(
        "TeamFiles", "Written to %1 (%2). Changes: %3. Documents: %4 (%5)."
    )
    said = fill(text, str(target), format_size(len(exported.data)),
                format_number(exported.change_sets), format_number(exported.documents),
                format_size(exported.documents_size))  # fmt: skip
    if exported.left_out:
        more = QCoreApplication.translate(
            "TeamFiles", "Documents that did not fit go in the next file: %1 (%2)."
        )
        said += " " + fill(more, format_number(exported.left_out),
                           format_size(exported.left_out_size))  # fmt: skip
    return said


def imported_text(result: Imported) -> str:
    text = QCoreApplication.translate("TeamFiles", "%1 merged, %2 already here, %3 held back.")
    said = fill(text, format_number(result.merged), format_number(result.duplicates),
                format_number(result.held))  # fmt: skip
    if result.documents:
        more = QCoreApplication.translate("TeamFiles", "Documents received: %1 (%2).")
        said += " " + fill(more, format_number(result.documents),
                           format_size(result.documents_size))  # fmt: skip
    return said


def fill(text: str, *values: str) -> str:
    """%1, %2, … replaced at once (a value holding "%2" is never replaced again)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], text)
