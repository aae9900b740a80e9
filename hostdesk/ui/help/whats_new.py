"""After an upgrade, once: what changed, in the guide's words (``novidades.md``)."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from hostdesk.ui.common.screen_fit import keep_on_screen
from hostdesk.ui.help.guide_window import guide_text


def installed_version() -> str:
    try:
        return metadata.version("hostdesk")
    except metadata.PackageNotFoundError:  # run from a folder that was never installed
        return "0"


def _settings() -> QSettings:
    return QSettings("HostDesk", "HostDesk")


def is_upgrade(version: str | None = None) -> bool:
    """True the first time this version runs where an older one ran before."""
    current = version or installed_version()
    seen = _settings().value("help/last_version")
    return bool(seen) and seen != current


def remember_version(version: str | None = None) -> None:
    _settings().setValue("help/last_version", version or installed_version())


class WhatsNewDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never taller than the screen (screen_fit)
        self.setWindowTitle(
            QCoreApplication.translate("WhatsNewDialog", "What's new in HostDesk %1").replace(
                "%1", installed_version()
            )
        )
        self.page = QTextBrowser()
        self.page.document().setMarkdown(
            guide_text("novidades"), QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)


def show_after_upgrade(parent: QWidget) -> WhatsNewDialog | None:
    """The dialog, shown once per upgrade (never on a first installation)."""
    dialog = None
    if is_upgrade():
        dialog = WhatsNewDialog(parent)
        dialog.open()
    remember_version()
    return dialog
