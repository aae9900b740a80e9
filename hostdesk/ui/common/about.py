"""Ajuda → Acerca do HostDesk: what the app is, its version and its licence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hostdesk import LICENCE, __version__


def about_text() -> str:
    """The box's text in the user's language (rich text: one paragraph per fact)."""

    paragraphs = (
        QCoreApplication.translate(
            "About",
            "HostDesk helps hosting entities follow refugee families through the "
            "integration programme. The data stay on this computer, encrypted.",
        ),
        QCoreApplication.translate("About", "Version %1").replace("%1", __version__),
        QCoreApplication.translate(
            "About",
            "Licence: %1 (European Union Public Licence). The bundled Noto fonts are "
            "under the SIL Open Font License 1.1.",
        ).replace("%1", LICENCE),
    )
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About HostDesk"), about_text())
