"""Photos and scans as images: decoded in memory, and downscaled on request before saving.

Qt decodes JPEG and PNG from the bytes (no file is written); a phone photo is
turned upright by its EXIF orientation. Downscaling brings the long side to
``DOWNSCALE_LONG_SIDE`` px and writes a JPEG at ``DOWNSCALE_QUALITY``: legible
for a card or a letter, usually a tenth of the size, and without the photo's
metadata (EXIF, with the place it was taken). Safe off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageIOHandler,
    QImageReader,
    QImageWriter,
    QPainter,
)

from hostdesk.domain import attachments as rule


def _reader(content: bytes) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # EXIF orientation: a photo taken sideways shows upright
    return reader, buffer  # the buffer must outlive the reader's use


def image_size(content: bytes) -> QSize:
    """The picture's size as shown (after EXIF rotation), without decoding it."""
    reader, _buffer = _reader(content)
    size = reader.size()
    if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
        size.transpose()  # a quarter turn swaps width and height
    return size


def decode(content: bytes) -> QImage:
    """The image, upright; a null image when Qt cannot read it."""
    reader, _buffer = _reader(content)
    return reader.read()


@dataclass(frozen=True)
class Downscaled:
    content: bytes
    width: int
    height: int


def downscale(content: bytes) -> Downscaled | None:
    """A smaller JPEG of the image, or None when it is small enough already (or unreadable)."""
    image = decode(content)
    if image.isNull():
        return None
    target = rule.downscaled_size(image.width(), image.height())
    if target is None:
        return None
    scaled = image.scaled(
        QSize(*target),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    if scaled.hasAlphaChannel():  # JPEG has no transparency: a scan's background is white
        flat = QImage(scaled.size(), QImage.Format.Format_RGB888)
        flat.fill(QColor("white"))
        painter = QPainter(flat)
        painter.drawImage(0, 0, scaled)
        painter.end()
        scaled = flat
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(out, b"jpeg")
    writer.setQuality(rule.DOWNSCALE_QUALITY)
    if not writer.write(scaled):
        return None
    return Downscaled(bytes(out.data().data()), scaled.width(), scaled.height())
