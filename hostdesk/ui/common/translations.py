"""The window's languages: Qt's own catalogues, then HostDesk's, compiled from the shipped .ts.

HostDesk's catalogue ships as the Qt Linguist source (``translations/*.ts``)
and is compiled in memory at start (``hostdesk.qm``, byte for byte lrelease's
output): no compiled file can be missing from an install or older than the
text beside it. A catalogue that cannot be found is a packaging fault: the
window then speaks English and the log says which file was missing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hostdesk import qm, resources

log = logging.getLogger(__name__)


class _CompiledTranslator(QTranslator):
    """A translator over bytes compiled here: Qt reads them in place, so they are kept."""

    def __init__(self, data: bytes, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._data = data  # QTranslator.load(bytes) does not copy

    def load_compiled(self) -> bool:
        return self.load(self._data)


def catalogue_name(language: str) -> str:
    return f"hostdesk_{language}.ts"


def install_translations(app: QCoreApplication, language: str) -> None:
    """Qt's own strings, then ours; the translator installed last is asked first."""
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return  # the source strings are English
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt ships no complete European Portuguese catalogue: the Brazilian one fills the
    # gaps, the older pt_PT one and then ours (which fixes what differs, Qt's own file
    # dialog labels included: ui/common/qt_strings.py) take precedence.
    for name in ("qtbase_pt_BR", "qt_" + language):
        translator = QTranslator(app)
        if translator.load(name, qt_dir):
            app.installTranslator(translator)
            log.debug("translation %s loaded", name)
        else:
            log.warning("translation %s not found", name)
    name = catalogue_name(language)
    try:
        ours = _CompiledTranslator(qm.compile_ts(resources.read_bytes("translations", name)), app)
    except (resources.MissingResource, qm.CatalogueError) as error:
        log.warning("translation %s not found (%s)", name, error)
        return
    if ours.load_compiled():
        app.installTranslator(ours)
        log.debug("translation %s loaded", name)
    else:
        log.warning("translation %s not found (Qt refused the compiled catalogue)", name)
