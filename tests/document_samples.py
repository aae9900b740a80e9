"""Synthetic scanned documents for the tests: a real PNG and a real PDF, made here.

The PNG carries a marker in a text chunk and noisy pixels (so that it does not
compress to nothing); the PDF is made by reportlab. Nothing comes from a real
document.
"""

from __future__ import annotations

import io
import random
import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png(marker: str = "", width: int = 64, height: int = 48, seed: int = 1) -> bytes:
    """An RGB PNG of noise, ``marker`` in a tEXt chunk right after the header."""
    rng = random.Random(seed)
    rows = b"".join(
        b"\x00" + bytes(rng.randrange(256) for _ in range(width * 3)) for _ in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    text = _chunk(b"tEXt", b"Comment\x00" + marker.encode("latin-1")) if marker else b""
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + text
        + _chunk(b"IDAT", zlib.compress(rows))
        + _chunk(b"IEND", b"")
    )


def pdf(pages: int = 2, marker: str = "") -> bytes:
    """A small PDF of ``pages`` pages, each saying which page it is (and ``marker``)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    drawing = canvas.Canvas(out, pagesize=A4, pageCompression=0)
    for number in range(1, pages + 1):
        drawing.setFont("Helvetica", 28)
        drawing.drawString(72, 700, f"Page {number} {marker}".strip())
        drawing.showPage()
    drawing.save()
    return out.getvalue()
