"""Text for a CSV cell that no spreadsheet runs as a formula, whichever separator it reads with.

Excel and LibreOffice run a cell that starts with ``=``, ``+``, ``-`` or
``@``. Prefixing the cell's first character is not enough: Portuguese
spreadsheets read CSV with ``;``, so a comma-separated file's text
``Associação;=HYPERLINK(…)`` becomes, read that way, a cell that starts with
``=`` (and the other way round for ``,``). So every place where a cell can
start, whichever of the two separators is used, is guarded: the start of the
text and the character after each ``,`` or ``;``, past any spaces and double
quotes; a ``'`` goes before a formula character there, which spreadsheets
show as text. Line breaks and tabs, which also start cells or rows when a
file is read another way than it was written, become spaces.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\r\n\t\v\f]")
_CELL_START = re.compile(r'(^|[,;])([ "]*)(?=[=+\-@])')


def safe_cell(value: object) -> object:
    """``value`` unchanged unless it is text; text guarded as described above."""
    if not isinstance(value, str):
        return value
    return _CELL_START.sub(r"\1\2'", _CONTROL.sub(" ", value))
