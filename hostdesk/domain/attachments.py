"""Scanned and photographed documents attached to a case file: which files, how big.

Three kinds of file are accepted: JPEG and PNG images, and PDF documents. They
are what a scanner or a phone makes, and the app can show all three inside
the vault (Qt decodes the images, PDFium renders the PDFs), so nothing has to
leave it to be read. The kind is read from the file's first bytes, never from
its name: a renamed file is what it is.

The limit is 20 MB a file (decimal megabytes, as file managers show sizes).
A phone photo is 2-6 MB, a page scanned at 300 dpi
about 0.5-1 MB, so a 15-page contract fits; a file above it is almost always a
scan at a needlessly high resolution or a video. Every byte stored is copied
by every backup and every pre-upgrade copy and, later, sent to each device of
a team entitled to the family: a limit keeps one careless scan from doubling
them. Photos can be downscaled before saving (``DOWNSCALE_LONG_SIDE`` px on
the long side, JPEG quality ``DOWNSCALE_QUALITY``): still legible for a card
or a letter, usually a tenth of the size.
"""

from __future__ import annotations

from enum import StrEnum

MAX_BYTES = 20_000_000
MAX_TITLE_CHARS = 120
DOWNSCALE_LONG_SIDE = 2000
DOWNSCALE_QUALITY = 85

JPEG = "image/jpeg"
PNG = "image/png"
PDF = "application/pdf"
EXTENSIONS = {JPEG: "jpg", PNG: "png", PDF: "pdf"}
# The first bytes of each kind: JPEG's SOI marker, PNG's signature, PDF's header.
_SIGNATURES = ((b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG), (b"%PDF-", PDF))
# A PDF may have a few bytes of junk before its header (PDF 1.7, 7.5.2 allows readers to
# look within the first 1024 bytes); scanners rarely do it, some mail gateways do.
_PDF_WINDOW = 1024


class Problem(StrEnum):
    EMPTY = "empty"
    TOO_BIG = "too_big"
    UNKNOWN_TYPE = "unknown_type"


def sniff(data: bytes) -> str | None:
    """The MIME type of ``data`` from its first bytes, or None if it is none of the three."""
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    if b"%PDF-" in data[:_PDF_WINDOW]:
        return PDF
    return None


def problem(data: bytes) -> Problem | None:
    """Why ``data`` cannot be attached, or None when it can."""
    if not data:
        return Problem.EMPTY
    if len(data) > MAX_BYTES:
        return Problem.TOO_BIG
    if sniff(data) is None:
        return Problem.UNKNOWN_TYPE
    return None


def is_image(mime: str) -> bool:
    return mime in (JPEG, PNG)


def file_name(attachment_id: int, mime: str, prefix: str = "document") -> str:
    """A file name for a copy outside the vault: no title in it, as a title may hold a name
    and a file list is read by more eyes than the file."""
    return f"{prefix}-{attachment_id}.{EXTENSIONS.get(mime, 'bin')}"


def downscaled_size(
    width: int, height: int, long_side: int = DOWNSCALE_LONG_SIDE
) -> tuple[int, int] | None:
    """The size an image is brought down to, or None when it is small enough already."""
    longest = max(width, height)
    if width <= 0 or height <= 0 or longest <= long_side:
        return None
    scale = long_side / longest
    return max(1, round(width * scale)), max(1, round(height * scale))
