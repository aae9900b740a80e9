"""Ajuda › Guia: the user guide, step by step, with the screen in use opened by F1.

The guide is Markdown kept in ``resources/guide/<language>/`` (one file a
topic) with screenshots in ``resources/guide/images`` that ``make guide``
makes again from the synthetic demo vault. Qt's QTextBrowser reads Markdown
and finds the images through its search path, so nothing leaves the app. Each
topic ends with the keyboard shortcuts, the list F1 used to show alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hostdesk import resources
from hostdesk.ui.common import preferences
from hostdesk.ui.common.screen_fit import keep_on_screen


@dataclass(frozen=True)
class Topic:
    key: str  # the file name, without .md
    title: str  # the English source, translated when shown


def _t(text: str) -> str:
    return QCoreApplication.translate("GuideWindow", text)


TOPICS: tuple[Topic, ...] = (
    Topic("inicio", QT_TRANSLATE_NOOP("GuideWindow", "Getting started")),
    Topic("processos", QT_TRANSLATE_NOOP("GuideWindow", "Cases (caseload)")),
    Topic("familia", QT_TRANSLATE_NOOP("GuideWindow", "A family's file")),
    Topic("hoje", QT_TRANSLATE_NOOP("GuideWindow", "Today")),
    Topic("painel", QT_TRANSLATE_NOOP("GuideWindow", "Dashboard")),
    Topic("relatorios", QT_TRANSLATE_NOOP("GuideWindow", "Reports")),
    Topic("sincronizacao", QT_TRANSLATE_NOOP("GuideWindow", "Sending to the NAIR")),
    Topic("definicoes", QT_TRANSLATE_NOOP("GuideWindow", "Settings, users and backups")),
    Topic("importar", QT_TRANSLATE_NOOP("GuideWindow", "Importing a spreadsheet")),
    Topic("dados", QT_TRANSLATE_NOOP("GuideWindow", "Data protection")),
)


def guide_text(key: str, language: str | None = None) -> str:
    """A topic's Markdown in the interface language; the Portuguese one when missing."""
    for folder in dict.fromkeys((language or preferences.language(), "pt_PT")):
        try:
            return resources.read_text("guide", folder, f"{key}.md")
        except resources.MissingResource:
            continue
    raise resources.MissingResource(f"guide/pt_PT/{key}.md")


def shortcuts_markdown(rows: Sequence[tuple[str, str]]) -> str:
    heading = QCoreApplication.translate("GuideWindow", "Keyboard shortcuts")
    what = QCoreApplication.translate("GuideWindow", "What")
    keys_title = QCoreApplication.translate("GuideWindow", "Keys")
    lines = [f"\n\n## {heading}\n", f"| {what} | {keys_title} |", "|---|---|"]
    lines += [f"| {what} | **{keys}** |" for what, keys in rows]
    return "\n".join(lines) + "\n"


class GuidePage(QTextBrowser):
    """A page whose screenshots shrink to the page's width (no sideways scrolling)."""

    def loadResource(self, kind: int, url: QUrl) -> object:
        value = super().loadResource(kind, url)
        if kind != QTextDocument.ResourceType.ImageResource.value or value is None:
            return value
        image = value if isinstance(value, QImage) else QImage.fromData(value)
        room = self.viewport().width() - 24
        if not image.isNull() and 0 < room < image.width():
            return image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
        return image


class GuideWindow(QDialog):
    """The guide: topics on the left, the page on the right; non-modal."""

    def __init__(self, shortcuts: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never taller than the screen (screen_fit)
        self.setWindowTitle(self.tr("HostDesk guide"))
        self._shortcuts = list(shortcuts)
        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Guide topics"))
        for topic in TOPICS:
            self.topics.addItem(_t(topic.title))
        self.topics.setFixedWidth(self.topics.sizeHintForColumn(0) + 24)
        self.topics.currentRowChanged.connect(self._show_row)
        self.page = GuidePage()
        self.page.setAccessibleName(self.tr("Guide page"))
        self.page.setOpenExternalLinks(False)
        self.page.anchorClicked.connect(self._follow)
        # Pages refer to their pictures as "images/…png", relative to the guide's folder.
        with resources.as_path("guide", "images", "README.txt") as marker:
            self.page.setSearchPaths([str(Path(marker).parent.parent)])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.page, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        # Fits a 1366×768 laptop with a title bar and a taskbar (698 px left).
        self.resize(1100, 640)

    def show_topic(self, key: str) -> None:
        for row, topic in enumerate(TOPICS):
            if topic.key == key:
                self.topics.setCurrentRow(row)
                return
        self.topics.setCurrentRow(0)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(TOPICS):
            text = guide_text(TOPICS[row].key) + shortcuts_markdown(self._shortcuts)
            self.page.document().setMarkdown(
                text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub
            )
            self.page.moveCursor(QTextCursor.MoveOperation.Start)

    def _follow(self, url: QUrl) -> None:
        # Links between topics are written as the topic's file name ("familia.md").
        name = url.toString().removesuffix(".md")
        self.show_topic(name)
