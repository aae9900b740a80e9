"""What ``hostdesk team sync --to-file/--from-file`` says: changes and documents, sizes in
the user's language ("9,5 MB"), and a USB stick without room said before writing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

from hostdesk.i18n import format_size, translate
from hostdesk.sync.team.files import Exported, Imported

_ROOM_MARGIN = 1024 * 1024  # the file system's own bookkeeping


def no_room(target: Path, size: int) -> str:
    """The sentence for a stick (or folder) without room for the file, or ""."""
    try:
        free = shutil.disk_usage(target.parent).free
    except OSError:
        return ""  # the write itself says what is wrong
    if free >= size + _ROOM_MARGIN:
        return ""
    return translate(
        "cli",
        "there is not enough room in {folder}: the file needs {size} and {free} are free; "
        "nothing was written.",
    ).format(folder=target.parent, size=format_size(size), free=format_size(free))


def imported_lines(path: Path, result: Imported) -> Iterator[str]:
    yield translate(
        "cli", "{path}: {merged} merged, {dup} already here, {held} held back, {refused} refused."
    ).format(path=path, merged=result.merged, dup=result.duplicates, held=result.held,
             refused=result.refused)  # fmt: skip
    if result.documents:
        yield translate("cli", "Documents received: {n} ({size}).").format(
            n=result.documents, size=format_size(result.documents_size)
        )


def exported_lines(path: Path, exported: Exported) -> Iterator[str]:
    yield translate("cli", "Written to {path} ({size}).").format(
        path=path, size=format_size(len(exported.data))
    )
    yield translate("cli", "Changes: {n}. Documents: {docs} ({size}).").format(
        n=exported.change_sets, docs=exported.documents, size=format_size(exported.documents_size)
    )
    if exported.left_out:
        yield translate(
            "cli", "Documents that did not fit go in the next file: {n} ({size})."
        ).format(n=exported.left_out, size=format_size(exported.left_out_size))
